/**
 * Parse an append-only review log and replay it, over the project's aligned rows, into the current
 * review state: the rows as they are now (manual alignment fixes applied), flags, statuses.
 */
import type { Bead } from '../domain/alignment'
import type { Flag, SegmentStatus } from '../domain/review'
import {
  applyOp,
  emptyHistory,
  redo,
  undo,
  type AlignmentDraft,
  type AlignmentHistory,
  type HistoryStep
} from './alignment-history'
import { isAlignmentEvent, logRecordSchema, type AlignmentEvent, type LogRecord } from './events'
import type { ReviewSides } from './span-anchor'

export interface ReviewState {
  /** The rows as they are now: the project's aligned beads with every manual fix applied. */
  readonly beads: readonly Bead[]
  readonly flags: readonly Flag[]
  /** Rows absent here are `unreviewed`. */
  readonly statuses: Readonly<Record<string, SegmentStatus>>
  /** Manual alignment fixes, for undo and redo. */
  readonly alignment: AlignmentHistory
  /** The `seq` of the last record applied, -1 for an empty log. */
  readonly lastSeq: number
}

/** What replay needs from the project: its aligned rows and the segment texts of both sides. */
export interface ReviewBase extends ReviewSides {
  readonly beads: readonly Bead[]
}

export type LogNotice =
  | { readonly kind: 'torn-last-line'; readonly line: number }
  | { readonly kind: 'invalid-line'; readonly line: number; readonly reason: string }
  /** A valid record that does not fit the rows it meets (e.g. a hand-edited log): skipped. */
  | { readonly kind: 'skipped-event'; readonly seq: number; readonly reason: string }

export interface ParsedLog {
  readonly records: readonly LogRecord[]
  readonly notices: readonly LogNotice[]
  /** Byte-agnostic: the number of characters of the text that hold complete, valid records. */
  readonly validLength: number
}

/** Before the first record: the aligned rows as they are, nothing flagged or reviewed. */
export function initialReviewState(beads: readonly Bead[]): ReviewState {
  return { beads, flags: [], statuses: {}, alignment: emptyHistory(beads), lastSeq: -1 }
}

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

/**
 * One record applied to a state, returning a new state (the renderer's optimistic updates use it).
 * Never throws: an alignment event that does not fit is skipped (`checkEvent` refuses it up front).
 */
export function applyRecord(
  state: ReviewState,
  record: LogRecord,
  sides: ReviewSides
): ReviewState {
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
    default: {
      const draft: AlignmentDraft = {
        beads: [...state.beads],
        flags: new Map(state.flags.map((flag) => [flag.id, flag])),
        statuses: { ...state.statuses }
      }
      const step = stepAlignment(draft, state.alignment, e, sides)
      if (!step.ok) return { ...state, lastSeq: record.seq }
      return {
        beads: draft.beads,
        flags: [...draft.flags.values()],
        statuses: draft.statuses,
        alignment: step.history,
        lastSeq: record.seq
      }
    }
  }
}

/** An alignment event on a draft: the one place that tells a fix from undo and redo. */
export function stepAlignment(
  draft: AlignmentDraft,
  history: AlignmentHistory,
  event: AlignmentEvent,
  sides: ReviewSides
): HistoryStep {
  if (event.type === 'align.undo') return undo(draft, history, sides)
  if (event.type === 'align.redo') return redo(draft, history, sides)
  return applyOp(draft, history, event, sides)
}

export function replay(records: readonly LogRecord[], base: ReviewBase): ReviewState {
  return replayLog(records, base).state
}

/** Replay with a notice for every record that had to be skipped. */
export function replayLog(
  records: readonly LogRecord[],
  base: ReviewBase
): { readonly state: ReviewState; readonly notices: readonly LogNotice[] } {
  // Mutable accumulation: replay runs on every open, and logs grow to tens of thousands of lines.
  const draft: AlignmentDraft = { beads: [...base.beads], flags: new Map(), statuses: {} }
  let alignment = emptyHistory(base.beads)
  const notices: LogNotice[] = []
  let lastSeq = -1
  for (const r of records) {
    const e = r.event
    if (e.type === 'flag.add') {
      draft.flags.delete(e.flag.id)
      draft.flags.set(e.flag.id, e.flag)
    } else if (e.type === 'flag.remove') draft.flags.delete(e.id)
    else if (e.type === 'status.set') draft.statuses[e.row] = e.status
    else if (isAlignmentEvent(e)) {
      const step = stepAlignment(draft, alignment, e, base)
      if (step.ok) alignment = step.history
      else notices.push({ kind: 'skipped-event', seq: r.seq, reason: step.reason })
    }
    lastSeq = r.seq
  }
  const state: ReviewState = {
    beads: draft.beads,
    flags: [...draft.flags.values()],
    statuses: draft.statuses,
    alignment,
    lastSeq
  }
  return { state, notices }
}

/** The replay base of a project's alignment (as stored in alignment.json). */
export function reviewBase(alignment: {
  readonly beads: readonly Bead[]
  readonly source: { readonly segments: ReviewSides['source'] }
  readonly target: { readonly segments: ReviewSides['target'] }
}): ReviewBase {
  return {
    beads: alignment.beads,
    source: alignment.source.segments,
    target: alignment.target.segments
  }
}
