/**
 * Applying, undoing and redoing manual alignment fixes on the review state, deterministically (replay
 * of the same log always gives the same rows, ids and flags).
 *
 * - New rows get fresh ids `b<n>` (n above every id ever made, so an id is never reused), origin
 *   `manual`, confidence 1. Rows a fix does not touch keep their id, status and flags.
 * - A touched row's status is put aside with the edit (the changed rows start unreviewed: a changed
 *   row needs another look) and comes back when the fix is undone.
 * - Flags on touched rows follow their segments (span-anchor.ts). Each edit remembers where it put
 *   every flag, so undo puts a flag that was not changed since back exactly where it was, and redo
 *   likewise; a flag added or changed in between is re-anchored by its segments instead.
 *
 * An undo is a swap of the edit's `after` rows back to its `before` rows: cheap (no replay from the
 * start), and exact because every later fix has already been undone when an edit is undone.
 */
import type { Bead } from '../domain/alignment'
import type { Flag, SegmentStatus, Side } from '../domain/review'
import { planOp } from './alignment-ops'
import type { AlignmentOp } from './events'
import { anchorSpan, placeAnchor, type ReviewSides } from './span-anchor'

export interface FlagPlacement {
  readonly row: string
  readonly span: readonly [number, number]
}

/** Where one flag was on the edit's `before` rows and on its `after` rows. */
export interface FlagMove {
  readonly id: string
  readonly side: Side
  readonly before: FlagPlacement
  readonly after: FlagPlacement
}

/** One applied fix, with what it takes to undo and redo it exactly. */
export interface AlignmentEdit {
  readonly kind: AlignmentOp['type']
  /** Index of the first replaced row (valid whenever the edit is the next to undo or redo). */
  readonly at: number
  readonly before: readonly Bead[]
  readonly after: readonly Bead[]
  /** Statuses the `before` rows had when they were last replaced. */
  readonly beforeStatuses: Readonly<Record<string, SegmentStatus>>
  /** Statuses the `after` rows had when they were last undone. */
  readonly afterStatuses: Readonly<Record<string, SegmentStatus>>
  readonly flagMoves: readonly FlagMove[]
  /** Index in `after` of the row to select once the fix is done. */
  readonly focus: number
}

export interface AlignmentHistory {
  /** Applied fixes, oldest first; undo takes the last. */
  readonly done: readonly AlignmentEdit[]
  /** Undone fixes, the most recently undone last; redo takes the last, a new fix clears them. */
  readonly undone: readonly AlignmentEdit[]
  /** The highest `n` of any row id `b<n>` that ever existed in this project. */
  readonly lastBeadNumber: number
}

/** The mutable working set a fix is applied to (replay keeps one; single events copy one). */
export interface AlignmentDraft {
  beads: Bead[]
  /** In display order (insertion order); a moved flag keeps its place. */
  flags: Map<string, Flag>
  statuses: Record<string, SegmentStatus>
}

export function emptyHistory(beads: readonly Bead[]): AlignmentHistory {
  return { done: [], undone: [], lastBeadNumber: highestBeadNumber(beads) }
}

export function highestBeadNumber(beads: readonly Bead[]): number {
  let highest = -1
  for (const bead of beads) highest = Math.max(highest, Number(bead.id.slice(1)))
  return highest
}

export type HistoryStep =
  | { readonly ok: true; readonly history: AlignmentHistory; readonly focus: number }
  | { readonly ok: false; readonly reason: string }

/** Applies a fix to `draft` (mutated) and returns the history with the new edit on top. */
export function applyOp(
  draft: AlignmentDraft,
  history: AlignmentHistory,
  op: AlignmentOp,
  sides: ReviewSides
): HistoryStep {
  const planned = planOp(draft.beads, op)
  if (!planned.ok) return planned
  const { at, remove, insert, focus } = planned.plan
  let number = history.lastBeadNumber
  const after: Bead[] = insert.map((shape) => ({
    id: `b${++number}`,
    source: shape.source,
    target: shape.target,
    // A reviewer put these segments together: as sure as alignment gets, and never marked again.
    confidence: 1,
    origin: 'manual'
  }))
  const fresh: AlignmentEdit = {
    kind: op.type,
    at,
    before: draft.beads.slice(at, at + remove),
    after,
    beforeStatuses: {},
    afterStatuses: {},
    flagMoves: [],
    focus
  }
  const edit = swap(draft, fresh, 'forward', sides)
  return {
    ok: true,
    history: { done: [...history.done, edit], undone: [], lastBeadNumber: number },
    focus: at + focus
  }
}

export function undo(
  draft: AlignmentDraft,
  history: AlignmentHistory,
  sides: ReviewSides
): HistoryStep {
  const edit = history.done.at(-1)
  if (!edit) return { ok: false, reason: 'no alignment fix to undo' }
  const swapped = swap(draft, edit, 'back', sides)
  return {
    ok: true,
    history: { ...history, done: history.done.slice(0, -1), undone: [...history.undone, swapped] },
    focus: edit.at
  }
}

export function redo(
  draft: AlignmentDraft,
  history: AlignmentHistory,
  sides: ReviewSides
): HistoryStep {
  const edit = history.undone.at(-1)
  if (!edit) return { ok: false, reason: 'no undone alignment fix to redo' }
  const swapped = swap(draft, edit, 'forward', sides)
  return {
    ok: true,
    history: { ...history, done: [...history.done, swapped], undone: history.undone.slice(0, -1) },
    focus: edit.at + edit.focus
  }
}

/**
 * Replaces the edit's rows of one side (`before` going forward, `after` going back) by the other's,
 * moving statuses and flags, and returns the edit with what it now takes to swap back.
 */
function swap(
  draft: AlignmentDraft,
  edit: AlignmentEdit,
  direction: 'forward' | 'back',
  sides: ReviewSides
): AlignmentEdit {
  const forward = direction === 'forward'
  const from = forward ? edit.before : edit.after
  const to = forward ? edit.after : edit.before
  for (let i = 0; i < from.length; i++) {
    // Undo and redo are only offered for the edit on top of its stack, whose rows are in place.
    if (draft.beads[edit.at + i]?.id !== from[i]!.id) {
      throw new Error(`alignment history out of step at row ${edit.at + i}`)
    }
  }
  draft.beads.splice(edit.at, from.length, ...to)

  const leaving: Record<string, SegmentStatus> = {}
  for (const bead of from) {
    const status = draft.statuses[bead.id]
    if (status !== undefined) leaving[bead.id] = status
    delete draft.statuses[bead.id]
  }
  Object.assign(draft.statuses, forward ? edit.afterStatuses : edit.beforeStatuses)

  const fromIds = new Set(from.map((bead) => bead.id))
  const known = new Map(edit.flagMoves.map((move) => [move.id, move]))
  const moves: FlagMove[] = []
  for (const [id, flag] of draft.flags) {
    if (!fromIds.has(flag.row)) continue
    const move = known.get(id)
    const here = move && (forward ? move.before : move.after)
    const there = move && (forward ? move.after : move.before)
    const unchanged = here && move.side === flag.side && samePlacement(here, flag)
    const placed = unchanged && there ? there : reanchor(flag, from, to, sides)
    draft.flags.set(id, { ...flag, row: placed.row, span: placed.span })
    const was: FlagPlacement = { row: flag.row, span: flag.span }
    moves.push({
      id,
      side: flag.side,
      before: forward ? was : placed,
      after: forward ? placed : was
    })
  }

  return {
    ...edit,
    beforeStatuses: forward ? leaving : edit.beforeStatuses,
    afterStatuses: forward ? edit.afterStatuses : leaving,
    flagMoves: moves
  }
}

/** Carries a flag by its segments from one of the `from` rows into the `to` row holding its start. */
function reanchor(
  flag: Flag,
  from: readonly Bead[],
  to: readonly Bead[],
  sides: ReviewSides
): FlagPlacement {
  const segments = sides[flag.side]
  const old = from.find((bead) => bead.id === flag.row)!
  const anchor = anchorSpan(old[flag.side], segments, flag.span)
  const home = anchor && to.find((bead) => bead[flag.side].includes(anchor.start.segment))
  if (!anchor || !home) {
    // A flag on a side with no text (span [0, 0]) has no segment to follow: it stays at the same
    // place in the list of rows, on the first replacement row.
    return { row: to[0]!.id, span: [0, 0] }
  }
  return { row: home.id, span: placeAnchor(anchor, home[flag.side], segments) }
}

function samePlacement(a: FlagPlacement, flag: Flag): boolean {
  return a.row === flag.row && a.span[0] === flag.span[0] && a.span[1] === flag.span[1]
}
