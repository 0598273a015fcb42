/**
 * A manual alignment fix as a change: the run of rows it replaces, the new rows (fresh ids `b<n>`,
 * origin `manual`, confidence 1), and what happens to everything attached to the replaced rows —
 * carried generically, collection by collection:
 * - flags follow their words into whichever new row holds the sentence they start in (span-anchor.ts);
 * - post-edits follow their words too (edit-carry.ts);
 * - statuses are not carried: a changed row needs another look, so it starts unreviewed;
 * - dismissed suggestions are keyed by finding, not by row, and stay as they are.
 * Undo restores all of it exactly from the step's patch (history.ts).
 */
import type { Bead } from '../../domain/alignment'
import type { Flag } from '../../domain/review'
import { planOp } from '../alignment-ops'
import type { Draft, KeySet } from '../change'
import { carryEdits } from '../edit-carry'
import type { AlignmentOp } from '../events'
import { anchorSpan, placeAnchor, type ReviewSides } from '../span-anchor'
import { refuse, type Planned } from './planned'

export interface PlannedFix {
  readonly planned: Planned
  /** The highest row number after the fix (new ids are never reused, even after undo). */
  readonly lastBeadNumber: number
}

export function planAlignmentOp(draft: Draft, op: AlignmentOp, sides: ReviewSides): PlannedFix {
  const shaped = planOp(draft.beads, op)
  if (!shaped.ok) return { planned: refuse(shaped.reason), lastBeadNumber: draft.lastBeadNumber }
  const { at, remove, insert, focus } = shaped.plan
  let number = draft.lastBeadNumber
  const before = draft.beads.slice(at, at + remove)
  const after: Bead[] = insert.map((shape) => ({
    id: `b${++number}`,
    source: shape.source,
    target: shape.target,
    // A reviewer put these segments together: as sure as alignment gets, and never marked again.
    confidence: 1,
    origin: 'manual'
  }))
  return {
    planned: {
      ok: true,
      change: { rows: { at, before, after }, sets: carryAnnotations(draft, before, after, sides) },
      count: 1,
      focus: after[focus]!.id,
      undoFocus: before[0]!.id
    },
    lastBeadNumber: number
  }
}

/** What happens to flags and notes of the replaced rows (see the file comment). */
export function carryAnnotations(
  draft: Draft,
  before: readonly Bead[],
  after: readonly Bead[],
  sides: ReviewSides
): KeySet[] {
  const sets: KeySet[] = []
  const gone = new Set(before.map((bead) => bead.id))
  for (const flag of draft.map('flags').values()) {
    if (!gone.has(flag.row)) continue
    const placed = reanchor(flag, before, after, sides)
    sets.push({
      coll: 'flags',
      key: flag.id,
      value: { ...flag, row: placed.row, span: placed.span }
    })
  }
  const edits = carryEdits(before, after, (row) => draft.get('notes', row)?.edit, sides.target)
  for (const bead of before) {
    if (draft.get('notes', bead.id) !== undefined) {
      sets.push({ coll: 'notes', key: bead.id, value: undefined })
    }
  }
  for (const [row, edit] of edits) sets.push({ coll: 'notes', key: row, value: { edit } })
  return sets
}

/** Carries a flag by its segments from one of the `from` rows into the `to` row holding its start. */
export function reanchor(
  flag: Flag,
  from: readonly Bead[],
  to: readonly Bead[],
  sides: ReviewSides
): { row: string; span: [number, number] } {
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
