/**
 * Reading a review log's bytes line by line. Lengths are bytes, never characters: the writer appends
 * at a byte offset, so a log holding one non-UTF-8 byte must not shift what it thinks the log's length
 * is. Each line is decoded on its own (strictly), so one bad line is reported and set aside without
 * making the rest unreadable.
 */
import { logRecordSchema, type LogRecord } from './events'

export type LineContent =
  | { readonly kind: 'record'; readonly record: LogRecord }
  | { readonly kind: 'blank' }
  | { readonly kind: 'undecodable' }
  | { readonly kind: 'invalid'; readonly reason: string }

export interface ScannedLine {
  /** 1-based line number. */
  readonly number: number
  /** Byte range of the line without its newline. */
  readonly start: number
  readonly end: number
  /** Whether a newline follows (only the last line can lack one). */
  readonly terminated: boolean
  readonly content: LineContent
}

const NEWLINE = 0x0a
const strict = new TextDecoder('utf-8', { fatal: true })

export function scanLog(bytes: Uint8Array): ScannedLine[] {
  const lines: ScannedLine[] = []
  let start = 0
  let number = 0
  while (start < bytes.length) {
    const nl = bytes.indexOf(NEWLINE, start)
    const terminated = nl !== -1
    const end = terminated ? nl : bytes.length
    lines.push({
      number: ++number,
      start,
      end,
      terminated,
      content: readLine(bytes.subarray(start, end))
    })
    start = end + 1
  }
  return lines
}

function readLine(bytes: Uint8Array): LineContent {
  let text: string
  try {
    text = strict.decode(bytes)
  } catch {
    return { kind: 'undecodable' }
  }
  if (text.trim() === '') return { kind: 'blank' }
  const parsed = parseRecordLine(text)
  return parsed.ok
    ? { kind: 'record', record: parsed.record }
    : { kind: 'invalid', reason: parsed.reason }
}

export function parseRecordLine(
  line: string
):
  | { readonly ok: true; readonly record: LogRecord }
  | { readonly ok: false; readonly reason: string } {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return { ok: false, reason: 'not JSON' }
  }
  const parsed = logRecordSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      reason: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid record'
    }
  }
  return { ok: true, record: parsed.data }
}

/** A record as one log line (with its newline), as the writer appends it. */
export function recordLine(record: LogRecord): string {
  return JSON.stringify(record) + '\n'
}
