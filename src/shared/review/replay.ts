/** Parse an append-only review log and replay it into the current review state. */
import type { Flag, SegmentStatus } from '../domain/review'
import { logRecordSchema, type LogRecord } from './events'

export interface ReviewState {
  readonly flags: readonly Flag[]
  /** Rows absent here are `unreviewed`. */
  readonly statuses: Readonly<Record<string, SegmentStatus>>
  /** The `seq` of the last record applied, -1 for an empty log. */
  readonly lastSeq: number
}

export type LogNotice =
  | { readonly kind: 'torn-last-line'; readonly line: number }
  | { readonly kind: 'invalid-line'; readonly line: number; readonly reason: string }

export interface ParsedLog {
  readonly records: readonly LogRecord[]
  readonly notices: readonly LogNotice[]
  /** Byte-agnostic: the number of characters of the text that hold complete, valid records. */
  readonly validLength: number
}

export const EMPTY_REVIEW_STATE: ReviewState = { flags: [], statuses: {}, lastSeq: -1 }

/**
 * A crash can tear only the last line (appends are sequential), so an unparsable last line without
 * its newline is dropped with a notice. Anything else unparsable is reported and skipped, never fatal.
 */
export function parseLog(text: string): ParsedLog {
  const records: LogRecord[] = []
  const notices: LogNotice[] = []
  let validLength = 0
  let pos = 0
  let lineNo = 0
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos)
    const complete = nl !== -1
    const line = text.slice(pos, complete ? nl : text.length)
    const next = complete ? nl + 1 : text.length
    lineNo++
    if (line.trim() !== '') {
      const record = tryParse(line)
      if (record.ok) {
        records.push(record.value)
        validLength = next
      } else if (!complete) {
        notices.push({ kind: 'torn-last-line', line: lineNo })
      } else {
        notices.push({ kind: 'invalid-line', line: lineNo, reason: record.reason })
      }
    } else if (complete) {
      validLength = next
    }
    pos = next
  }
  return { records, notices, validLength }
}

function tryParse(line: string): { ok: true; value: LogRecord } | { ok: false; reason: string } {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return { ok: false, reason: 'not JSON' }
  }
  const parsed = logRecordSchema.safeParse(json)
  if (!parsed.success)
    return { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid record' }
  return { ok: true, value: parsed.data }
}

export function applyRecord(state: ReviewState, record: LogRecord): ReviewState {
  const e = record.event
  switch (e.type) {
    case 'flag.add':
      return {
        ...state,
        flags: [...state.flags.filter((f) => f.id !== e.flag.id), e.flag],
        lastSeq: record.seq
      }
    case 'flag.remove':
      return { ...state, flags: state.flags.filter((f) => f.id !== e.id), lastSeq: record.seq }
    case 'status.set':
      return { ...state, statuses: { ...state.statuses, [e.row]: e.status }, lastSeq: record.seq }
  }
}

export function replay(records: readonly LogRecord[]): ReviewState {
  // Mutable accumulation: replay runs on every open, and logs grow to tens of thousands of lines.
  const flags = new Map<string, Flag>()
  const statuses: Record<string, SegmentStatus> = {}
  let lastSeq = -1
  for (const r of records) {
    const e = r.event
    if (e.type === 'flag.add') {
      flags.delete(e.flag.id)
      flags.set(e.flag.id, e.flag)
    } else if (e.type === 'flag.remove') flags.delete(e.id)
    else statuses[e.row] = e.status
    lastSeq = r.seq
  }
  return { flags: [...flags.values()], statuses, lastSeq }
}
