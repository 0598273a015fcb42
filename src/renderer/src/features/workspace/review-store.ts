/**
 * The review state of one open project, as the workspace shows it. `saved` is what main has
 * acknowledged (the log replayed, plus every append that resolved ok); `pending` holds changes sent
 * but not yet acknowledged, shown optimistically and dropped if main refuses them. Pure: the hook in
 * useReviewStore.ts does the I/O.
 *
 * Alignment fixes go through here like flags: the rows shown are `visible.beads`. Replay is
 * deterministic (new row ids included), so a fix applied here on top of a pending one names the
 * same rows main will have when it gets there.
 */
import type { Flag } from '@shared/domain/review'
import { groupFlagsByRow, type FlagsByRow } from './flags-by-row'
import type { Saved } from '@shared/ipc/contract'
import type { CalqueError } from '@shared/domain/errors'
import { REVIEW_LOG_FORMAT_VERSION, type ReviewEvent } from '@shared/review/events'
import { applyRecord, type ReviewState } from '@shared/review/replay'
import type { ReviewSides } from '@shared/review/span-anchor'

export interface PendingChange {
  /** Local ticket, to match the acknowledgement to the change. */
  readonly ticket: number
  readonly event: ReviewEvent
}

export type SaveStatus =
  | { readonly kind: 'clean' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly error: CalqueError }

export interface ReviewStoreState {
  /** The project's segment texts, which alignment fixes need to carry flags between rows. */
  readonly sides: ReviewSides
  readonly saved: ReviewState
  readonly pending: readonly PendingChange[]
  readonly status: SaveStatus
  /** Derived: `saved` with `pending` on top, which is what the rows show. */
  readonly visible: ReviewState
  /** Derived: the visible flags by row, reusing unchanged rows' arrays from the previous state. */
  readonly flagsByRow: FlagsByRow
}

type CoreState = Pick<ReviewStoreState, 'sides' | 'saved' | 'pending' | 'status'>

export type ReviewAction =
  | { readonly type: 'sent'; readonly change: PendingChange }
  | { readonly type: 'saved'; readonly ticket: number; readonly saved: Saved }
  | { readonly type: 'failed'; readonly ticket: number; readonly error: CalqueError }

export function initReviewStore(init: {
  readonly review: ReviewState
  readonly sides: ReviewSides
}): ReviewStoreState {
  return derive({ sides: init.sides, saved: init.review, pending: [], status: { kind: 'clean' } })
}

export function reviewReducer(state: ReviewStoreState, action: ReviewAction): ReviewStoreState {
  const next = step(state, action)
  return next === state ? state : derive(next, state.flagsByRow)
}

function step(state: ReviewStoreState, action: ReviewAction): CoreState | ReviewStoreState {
  switch (action.type) {
    case 'sent':
      return { ...state, pending: [...state.pending, action.change] }
    case 'saved': {
      const change = state.pending.find((c) => c.ticket === action.ticket)
      if (!change) return state
      return {
        sides: state.sides,
        saved: applyEvent(state.saved, change.event, state.sides, action.saved),
        pending: state.pending.filter((c) => c !== change),
        status: { kind: 'saved', at: action.saved.savedAt }
      }
    }
    case 'failed': {
      if (!state.pending.some((c) => c.ticket === action.ticket)) return state
      return {
        ...state,
        pending: state.pending.filter((c) => c.ticket !== action.ticket),
        status: { kind: 'failed', error: action.error }
      }
    }
  }
}

function derive(core: CoreState, previous?: FlagsByRow): ReviewStoreState {
  const visible = visibleReview(core)
  return {
    sides: core.sides,
    saved: core.saved,
    pending: core.pending,
    status: core.status,
    visible,
    flagsByRow: groupFlagsByRow(visible.flags, savingFlagIds(core), previous)
  }
}

/**
 * One event applied with the same pure logic replay uses. Main stamps a flag's times when it appends
 * it; with `saved` the local copy gets the same stamp, without it (optimistic) the sequence number
 * does not move.
 */
export function applyEvent(
  state: ReviewState,
  event: ReviewEvent,
  sides: ReviewSides,
  saved?: Saved
): ReviewState {
  const stamped: ReviewEvent =
    saved && event.type === 'flag.add'
      ? { ...event, flag: { ...event.flag, createdAt: saved.savedAt, updatedAt: saved.savedAt } }
      : event
  return applyRecord(
    state,
    {
      formatVersion: REVIEW_LOG_FORMAT_VERSION,
      seq: saved ? saved.seq : state.lastSeq,
      at: saved ? saved.savedAt : '',
      author: '',
      event: stamped
    },
    sides
  )
}

/** What the reviewer sees: the saved state with the pending changes on top. */
export function visibleReview(state: CoreState): ReviewState {
  return state.pending.reduce(
    (review, change) => applyEvent(review, change.event, state.sides),
    state.saved
  )
}

/** Flags sent but not yet acknowledged (shown as "saving…"). */
export function savingFlagIds(state: CoreState): ReadonlySet<string> {
  const ids = new Set<string>()
  for (const change of state.pending)
    if (change.event.type === 'flag.add') ids.add(change.event.flag.id)
  return ids
}

export interface ReviewCounts {
  readonly reviewed: number
  readonly flags: number
  readonly bySeverity: Readonly<Record<Flag['severity'], number>>
}

/** The header's numbers count only what is saved: a change that may still fail is not progress. */
export function countReview(review: ReviewState, rowIds: readonly string[]): ReviewCounts {
  let reviewed = 0
  for (const id of rowIds) if (review.statuses[id] === 'reviewed') reviewed++
  const bySeverity = { neutral: 0, minor: 0, major: 0, critical: 0 }
  for (const flag of review.flags) bySeverity[flag.severity]++
  return { reviewed, flags: review.flags.length, bySeverity }
}
