/**
 * The one undo history of an article: every review action (flags, statuses, post-edits, alignment
 * fixes, dismissed suggestions) is a step. Steps are kept as patches (change.ts), so undo commits the
 * inverse of the top step's patch and redo commits the patch again: exact, whatever the action was.
 * The history is rebuilt by replaying the log, so it survives closing and reopening the project.
 */
import type { EventType } from './events'
import { commit, invert, replayChange, type Draft, type Patch } from './change'

export interface HistoryStep {
  /** The event that made the step (for "Undo Merge rows" in menus). */
  readonly kind: EventType
  /** How many items one step covered (a bulk resolve, a Replace All). */
  readonly count: number
  readonly patch: Patch
  /** The row to select after the step is done or redone (and, on undo, the row it started on). */
  readonly focus?: string
  readonly undoFocus?: string
}

export interface History {
  /** Done steps, oldest first; undo takes the last. */
  readonly done: readonly HistoryStep[]
  /** Undone steps, the most recently undone last; redo takes the last. A new step clears them. */
  readonly undone: readonly HistoryStep[]
  /**
   * Alignment fixes taken back by the legacy `align.undo` of first-format logs, for `align.redo`
   * (legacy-align-history.ts); only a new alignment fix clears them. Absent in logs Calque writes now.
   */
  readonly legacyRedo?: readonly HistoryStep[]
}

export type UndoResult =
  { readonly ok: true; readonly focus?: string } | { readonly ok: false; readonly reason: string }

/** Takes back the most recent step. */
export function undoStep(draft: Draft): UndoResult {
  const step = draft.history.done.at(-1)
  if (!step) return { ok: false, reason: 'nothing to undo' }
  commit(draft, invert(step.patch))
  draft.history = {
    ...draft.history,
    done: draft.history.done.slice(0, -1),
    undone: [...draft.history.undone, step]
  }
  return { ok: true, ...(step.undoFocus ? { focus: step.undoFocus } : {}) }
}

/** Does again the most recently undone step. */
export function redoStep(draft: Draft): UndoResult {
  const step = draft.history.undone.at(-1)
  if (!step) return { ok: false, reason: 'nothing to redo' }
  commit(draft, replayChange(step.patch))
  draft.history = {
    ...draft.history,
    done: [...draft.history.done, step],
    undone: draft.history.undone.slice(0, -1)
  }
  return { ok: true, ...(step.focus ? { focus: step.focus } : {}) }
}

export function canUndo(history: History): boolean {
  return history.done.length > 0
}

export function canRedo(history: History): boolean {
  return history.undone.length > 0
}
