/**
 * Reader of MQM annotation files in the Google MQM format (MQM Viewer / WMT MQM releases):
 * TAB-separated `system, doc, docSegId, globalSegId, rater, source, target, category, severity
 * [, metadata]`, one line per error (or one `No-error` line for a segment without errors), error
 * spans marked `<v>…</v>` in the source or target. The header line is optional (recognised, as the
 * viewer does, by `system<TAB>doc`); the 10th column is a JSON object, or a plain note in older files.
 *
 * Streaming-friendly: `createMqmTsvReader()` takes the file in chunks of any size and returns the
 * records of the lines completed so far, so the main process can feed it a file stream.
 */
import { splitTsvLine } from './fields'
import { stripSpanMarks, type Span } from './spans'

export interface MqmTsvRecord {
  /** 1-based line number in the file. */
  readonly line: number
  readonly system: string
  readonly doc: string
  /** Position of the segment in its document, as written (usually 1-based). */
  readonly docSegId: string
  /** Id across documents; `-1` or `0` in files that have none. */
  readonly globalSegId: string
  /** Empty on a line that only carries segment metadata (no rating). */
  readonly rater: string
  /** Texts without the `<v>` marks. */
  readonly source: string
  readonly target: string
  readonly sourceSpans: readonly Span[]
  readonly targetSpans: readonly Span[]
  readonly category: string
  readonly severity: string
  /** The 10th column when it is a JSON object. */
  readonly metadata: Readonly<Record<string, unknown>> | null
  /** The legacy note column, or `metadata.note`. */
  readonly note: string
}

export interface MqmTsvIssue {
  readonly line: number
  readonly problem: 'too-few-columns'
  /** How many columns the line has (at least `MQM_TSV_MIN_COLUMNS` are needed). */
  readonly columns: number
}

export interface MqmTsvReader {
  /** Records of every line completed by this chunk. */
  push(chunk: string): MqmTsvRecord[]
  /** Records of a last line without a line end. */
  end(): MqmTsvRecord[]
  /** Lines that could not be read (reported, never fatal). */
  readonly issues: readonly MqmTsvIssue[]
  /** Whether the first line was a header. */
  readonly hasHeader: boolean
}

export interface MqmTsvParse {
  readonly records: readonly MqmTsvRecord[]
  readonly issues: readonly MqmTsvIssue[]
  readonly hasHeader: boolean
}

export const MQM_TSV_MIN_COLUMNS = 9

export function createMqmTsvReader(): MqmTsvReader {
  let pending = ''
  let lineNo = 0
  let first = true
  let hasHeader = false
  const issues: MqmTsvIssue[] = []

  const readLine = (raw: string, out: MqmTsvRecord[]): void => {
    lineNo++
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (lineNo === 1 && line.startsWith('\uFEFF')) line = line.slice(1)
    if (line.trim() === '') return
    if (first) {
      first = false
      if (line.toLowerCase().includes('system\tdoc')) {
        hasHeader = true
        return
      }
    }
    const fields = splitTsvLine(line)
    if (fields.length < MQM_TSV_MIN_COLUMNS) {
      issues.push({ line: lineNo, problem: 'too-few-columns', columns: fields.length })
      return
    }
    out.push(recordOf(fields, lineNo))
  }

  return {
    push(chunk) {
      const out: MqmTsvRecord[] = []
      const text = pending + chunk
      let from = 0
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
        readLine(text.slice(from, nl), out)
        from = nl + 1
      }
      pending = text.slice(from)
      return out
    },
    end() {
      const out: MqmTsvRecord[] = []
      if (pending !== '') readLine(pending, out)
      pending = ''
      return out
    },
    get issues() {
      return issues
    },
    get hasHeader() {
      return hasHeader
    }
  }
}

export function parseMqmTsv(text: string): MqmTsvParse {
  const reader = createMqmTsvReader()
  const records = reader.push(text)
  records.push(...reader.end())
  return { records, issues: reader.issues, hasHeader: reader.hasHeader }
}

function recordOf(fields: readonly string[], line: number): MqmTsvRecord {
  const field = (i: number) => (fields[i] ?? '').trim()
  const source = stripSpanMarks(fields[5] ?? '')
  const target = stripSpanMarks(fields[6] ?? '')
  const { metadata, note } = extra(fields[9] ?? '')
  return {
    line,
    system: field(0),
    doc: field(1),
    docSegId: field(2),
    globalSegId: field(3),
    rater: field(4),
    source: source.text,
    target: target.text,
    sourceSpans: source.spans,
    targetSpans: target.spans,
    category: field(7),
    severity: field(8),
    metadata,
    note
  }
}

function extra(column: string): { metadata: Record<string, unknown> | null; note: string } {
  const text = column.trim()
  if (text.startsWith('{')) {
    try {
      const json: unknown = JSON.parse(text)
      if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
        const metadata = json as Record<string, unknown>
        return { metadata, note: typeof metadata.note === 'string' ? metadata.note : '' }
      }
    } catch {
      // not JSON after all: an old-style note that happens to start with a brace
    }
  }
  return { metadata: null, note: text }
}
