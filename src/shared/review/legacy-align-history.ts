/**
 * `align.undo` / `align.redo` from logs written before the one history. They took back (or did again)
 * the most recent ALIGNMENT fix even when flags or statuses had been changed after it, and a flag
 * change did not forget what could be redone. Replay keeps that meaning:
 * - the fix on top of the history is undone exactly, like `history.undo`;
 * - a fix under later steps is undone by swapping its rows back, restoring the notes the old rows
 *   had, and carrying the flags now on its rows back by their words;
 * - redo works likewise from a list that only alignment fixes clear.
 * Calque never writes these events any more.
 */
import type { Bead } from '../domain/alignment'
import { commit, reversePatch, type Change, type Draft, type KeySet } from './change'
import { reanchor } from './effects/alignment'
import { redoStep, undoStep, type HistoryStep } from './history'
import type { ReviewSides } from './span-anchor'

export function legacyAlignUndo(
  draft: Draft,
  sides: ReviewSides
): { ok: true } | { ok: false; reason: string } {
  const done = draft.history.done
  let index = done.length - 1
  while (index >= 0 && !done[index]!.kind.startsWith('align.')) index--
  if (index < 0) return { ok: false, reason: 'no alignment fix to undo' }
  if (index === done.length - 1) {
    undoStep(draft)
    draft.history = {
      ...draft.history,
      legacyRedo: [...(draft.history.legacyRedo ?? []), draft.history.undone.at(-1)!]
    }
    return { ok: true }
  }
  const step = done[index]!
  const rows = step.patch.rows!
  const patch = commit(draft, swapBack(draft, rows.after, rows.before, rows.at, step, sides))
  const undone: HistoryStep = { ...step, patch: reversePatch(patch) }
  draft.history = {
    done: [...done.slice(0, index), ...done.slice(index + 1)],
    undone: [...draft.history.undone, undone],
    legacyRedo: [...(draft.history.legacyRedo ?? []), undone]
  }
  return { ok: true }
}

export function legacyAlignRedo(
  draft: Draft,
  sides: ReviewSides
): { ok: true } | { ok: false; reason: string } {
  const step = draft.history.legacyRedo?.at(-1)
  if (!step) return { ok: false, reason: 'no undone alignment fix to redo' }
  const legacyRedo = draft.history.legacyRedo!.slice(0, -1)
  if (draft.history.undone.at(-1) === step) {
    redoStep(draft)
    draft.history = { ...draft.history, legacyRedo }
    return { ok: true }
  }
  const rows = step.patch.rows!
  const patch = commit(
    draft,
    swapBack(draft, rows.before, rows.after, rows.at, step, sides, 'after')
  )
  draft.history = {
    done: [...draft.history.done, { ...step, patch }],
    undone: draft.history.undone.filter((s) => s !== step),
    legacyRedo
  }
  return { ok: true }
}

/**
 * Rows `from` (in place at `at`) become `to`; flags on them follow their words; `from`'s notes go,
 * `to`'s notes come back as the step's patch recorded them (`before` or `after` side).
 */
function swapBack(
  draft: Draft,
  from: readonly Bead[],
  to: readonly Bead[],
  at: number,
  step: HistoryStep,
  sides: ReviewSides,
  notesFrom: 'before' | 'after' = 'before'
): Change {
  const sets: KeySet[] = []
  const gone = new Set(from.map((bead) => bead.id))
  const coming = new Set(to.map((bead) => bead.id))
  for (const flag of draft.map('flags').values()) {
    if (!gone.has(flag.row)) continue
    const placed = reanchor(flag, from, to, sides)
    sets.push({
      coll: 'flags',
      key: flag.id,
      value: { ...flag, row: placed.row, span: placed.span }
    })
  }
  for (const bead of from) {
    if (draft.get('notes', bead.id) !== undefined)
      sets.push({ coll: 'notes', key: bead.id, value: undefined })
  }
  for (const entry of step.patch.entries) {
    if (entry.coll === 'notes' && coming.has(entry.key)) {
      sets.push({ coll: 'notes', key: entry.key, value: entry[notesFrom] } as KeySet)
    }
  }
  return { rows: { at, before: from, after: to }, sets }
}
