/**
 * The review state of one article as the window shows it. `saved` is what main has acknowledged (the
 * log replayed, plus every append that resolved ok); `pending` holds changes sent but not yet
 * acknowledged, shown optimistically and dropped if main refuses them. Pure: actions.ts does the I/O.
 */
import type { ArticleView } from '@shared/domain/project'
import type { CalqueError } from '@shared/domain/errors'
import type { Flag } from '@shared/domain/review'
import type { Saved } from '@shared/ipc/contract'
import { applyRecord, replay, type ReviewBase } from '@shared/review/apply'
import { REVIEW_LOG_FORMAT_VERSION, type ReviewEvent } from '@shared/review/events'
import type { ReviewState } from '@shared/review/state'

export interface PendingChange {
  /** Local ticket, to match the acknowledgement to the change. */
  readonly ticket: number
  readonly event: ReviewEvent
}

export type SaveStatus =
  | { readonly kind: 'clean' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly error: CalqueError; readonly event: ReviewEvent }

export interface ArticleState {
  readonly view: ArticleView
  readonly base: ReviewBase
  readonly saved: ReviewState
  readonly pending: readonly PendingChange[]
  readonly status: SaveStatus
  /** Derived: `saved` with `pending` on top: what the rows show. */
  readonly visible: ReviewState
}

export function initArticle(view: ArticleView): ArticleState {
  const base: ReviewBase = {
    beads: view.beads,
    source: view.source.segments,
    target: view.target.segments
  }
  const saved = replay(view.records, base)
  return { view, base, saved, pending: [], status: { kind: 'clean' }, visible: saved }
}

export type ArticleAction =
  | { readonly type: 'sent'; readonly change: PendingChange }
  | { readonly type: 'saved'; readonly ticket: number; readonly saved: Saved }
  | { readonly type: 'failed'; readonly ticket: number; readonly error: CalqueError }

export function articleReducer(state: ArticleState, action: ArticleAction): ArticleState {
  switch (action.type) {
    case 'sent': {
      const pending = [...state.pending, action.change]
      return {
        ...state,
        pending,
        visible: applyEvent(state.visible, action.change.event, state.base)
      }
    }
    case 'saved': {
      const change = state.pending.find((c) => c.ticket === action.ticket)
      if (!change) return state
      const saved = applyEvent(state.saved, change.event, state.base, action.saved)
      const pending = state.pending.filter((c) => c !== change)
      return {
        ...state,
        saved,
        pending,
        status: { kind: 'saved', at: action.saved.savedAt },
        visible: pending.length === 0 ? saved : visibleOf(saved, pending, state.base)
      }
    }
    case 'failed': {
      const change = state.pending.find((c) => c.ticket === action.ticket)
      if (!change) return state
      const pending = state.pending.filter((c) => c !== change)
      return {
        ...state,
        pending,
        status: { kind: 'failed', error: action.error, event: change.event },
        visible: visibleOf(state.saved, pending, state.base)
      }
    }
  }
}

/**
 * One event applied with the same logic replay uses. With `saved`, the record carries main's stamp
 * (seq, time, author), so the local state matches the log exactly.
 */
export function applyEvent(
  state: ReviewState,
  event: ReviewEvent,
  base: ReviewBase,
  saved?: Saved
): ReviewState {
  const author = saved?.author ?? ''
  const at = saved?.savedAt ?? new Date().toISOString()
  const stamped: ReviewEvent =
    event.type === 'flag.add'
      ? {
          ...event,
          flag: { ...event.flag, createdAt: at, updatedAt: at, ...(saved ? { author } : {}) }
        }
      : event
  return applyRecord(
    state,
    {
      formatVersion: REVIEW_LOG_FORMAT_VERSION,
      seq: saved ? saved.seq : state.lastSeq + 1,
      at,
      author,
      event: stamped
    },
    base
  )
}

function visibleOf(
  saved: ReviewState,
  pending: readonly PendingChange[],
  base: ReviewBase
): ReviewState {
  return pending.reduce((state, change) => applyEvent(state, change.event, base), saved)
}

/** Flags sent but not yet acknowledged (shown as "saving…"). */
/** Nothing being saved: one shared set, so the rows given it keep the same prop. */
const NONE_SAVING: ReadonlySet<string> = new Set()

export function savingFlagIds(state: ArticleState): ReadonlySet<string> {
  let ids: Set<string> | undefined
  for (const change of state.pending)
    if (change.event.type === 'flag.add') (ids ??= new Set()).add(change.event.flag.id)
  return ids ?? NONE_SAVING
}

export function isUnsaved(state: ArticleState): boolean {
  return state.pending.length > 0
}

export type { Flag }
