/**
 * Applying log records to review state: one record at a time (the writer in main and the renderer's
 * optimistic updates) or a whole log (opening an article). Both go through `stepRecord`, so replay and
 * live editing can never disagree.
 */
import type { Bead } from '../domain/alignment'
import { commit, Draft } from './change'
import { planAlignmentOp } from './effects/alignment'
import { planFlagEvent } from './effects/flags'
import type { Planned } from './effects/planned'
import { planRowEvent } from './effects/rows'
import { planSuggestionEvent } from './effects/suggestions'
import { isAlignmentOp, type LogRecord, type ReviewEvent } from './events'
import { redoStep, undoStep } from './history'
import { legacyAlignRedo, legacyAlignUndo } from './legacy-align-history'
import type { ReviewSides } from './span-anchor'
import { initialReviewState, type ReviewState } from './state'

/** What replay needs from the article: its aligned rows and the segment texts of both sides. */
export interface ReviewBase extends ReviewSides {
  readonly beads: readonly Bead[]
}

export type StepOutcome =
  { readonly ok: true; readonly focus?: string } | { readonly ok: false; readonly reason: string }

/** A valid record that does not fit the rows it meets (e.g. a hand-edited log): skipped on replay. */
export interface SkippedRecord {
  readonly seq: number
  readonly reason: string
}

/**
 * Plans an event against the draft without changing it: `null` if it can be applied, otherwise why
 * not. The same planning `stepRecord` commits, so a check and the application never disagree.
 */
export function planEvent(
  draft: Draft,
  event: ReviewEvent,
  sides: ReviewSides,
  stamp: { author: string; at: string }
): Planned | { readonly ok: true; readonly history: true } {
  switch (event.type) {
    case 'flag.add':
    case 'flag.update':
    case 'flag.status':
    case 'flag.comment':
    case 'flag.remove':
      return planFlagEvent(draft, event, stamp)
    case 'status.set':
    case 'edit.set':
    case 'edit.batch':
      return planRowEvent(draft, event, sides)
    case 'suggestion.dismiss':
    case 'suggestion.restore':
      return planSuggestionEvent(draft, event, stamp)
    case 'history.undo':
      return draft.history.done.length > 0
        ? { ok: true, history: true }
        : { ok: false, reason: 'nothing to undo' }
    case 'history.redo':
      return draft.history.undone.length > 0
        ? { ok: true, history: true }
        : { ok: false, reason: 'nothing to redo' }
    case 'align.undo':
    case 'align.redo':
      return { ok: true, history: true }
    default:
      return planAlignmentOp(draft, event, sides).planned
  }
}

/** Applies one record to the draft; a record that does not fit changes nothing but `lastSeq`. */
export function stepRecord(draft: Draft, record: LogRecord, sides: ReviewSides): StepOutcome {
  const outcome = step(draft, record, sides)
  draft.lastSeq = record.seq
  return outcome
}

function step(draft: Draft, record: LogRecord, sides: ReviewSides): StepOutcome {
  const e = record.event
  switch (e.type) {
    case 'history.undo':
      return undoStep(draft)
    case 'history.redo':
      return redoStep(draft)
    case 'align.undo':
      return legacyAlignUndo(draft, sides)
    case 'align.redo':
      return legacyAlignRedo(draft, sides)
  }
  let planned: Planned
  if (isAlignmentOp(e)) {
    const fix = planAlignmentOp(draft, e, sides)
    planned = fix.planned
    if (planned.ok) draft.lastBeadNumber = fix.lastBeadNumber
  } else {
    planned = planEvent(draft, e, sides, record) as Planned
  }
  if (!planned.ok) return planned
  const patch = commit(draft, planned.change)
  draft.pushStep({
    kind: e.type,
    count: planned.count,
    patch,
    ...(planned.focus ? { focus: planned.focus } : {}),
    ...(planned.undoFocus ? { undoFocus: planned.undoFocus } : {})
  })
  return { ok: true, ...(planned.focus ? { focus: planned.focus } : {}) }
}

/** One record applied to a state, returning a new state (the old one is untouched). */
export function applyRecord(
  state: ReviewState,
  record: LogRecord,
  sides: ReviewSides
): ReviewState {
  const draft = new Draft(state)
  stepRecord(draft, record, sides)
  return draft.toState()
}

/** A whole log replayed over the article's aligned rows, with every record that had to be skipped. */
export function replayRecords(
  records: readonly LogRecord[],
  base: ReviewBase
): { readonly state: ReviewState; readonly skipped: readonly SkippedRecord[] } {
  // One draft for the whole log: replay runs on every open, and logs grow to tens of thousands of lines.
  const draft = new Draft(initialReviewState(base.beads))
  const skipped: SkippedRecord[] = []
  for (const record of records) {
    const outcome = stepRecord(draft, record, base)
    if (!outcome.ok) skipped.push({ seq: record.seq, reason: outcome.reason })
  }
  return { state: draft.toState(), skipped }
}

export function replay(records: readonly LogRecord[], base: ReviewBase): ReviewState {
  return replayRecords(records, base).state
}

/** The replay base of an article's alignment (as stored in alignment.json). */
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
