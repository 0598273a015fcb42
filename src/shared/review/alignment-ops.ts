/**
 * Manual alignment fixes as pure operations on beads: merge with the next row, split a row at a
 * segment boundary, move one segment across a row boundary, unlink. Each one replaces a short run of
 * consecutive beads by new ones that hold exactly the same segments in the same order, so the beads
 * keep covering every segment of both sides once and in order whatever the reviewer does.
 *
 * Only the shape is planned here; ids, statuses, flags and undo live in alignment-history.ts.
 */
import type { Bead } from '../domain/alignment'
import type { Side } from '../domain/review'
import type { AlignmentOp } from './events'

/** The segments of one new bead. */
export interface BeadShapeDraft {
  readonly source: readonly number[]
  readonly target: readonly number[]
}

/** Beads `[at, at + remove)` become `insert`; `focus` is the index in `insert` of the row to select. */
export interface BeadReplacement {
  readonly at: number
  readonly remove: number
  readonly insert: readonly BeadShapeDraft[]
  readonly focus: number
}

export type Planned =
  | { readonly ok: true; readonly plan: BeadReplacement }
  | { readonly ok: false; readonly reason: string }

const refuse = (reason: string): Planned => ({ ok: false, reason })
const plan = (p: BeadReplacement): Planned => ({ ok: true, plan: p })

/** What `op` would do to `beads`, or why it cannot be done. Never throws. */
export function planOp(beads: readonly Bead[], op: AlignmentOp): Planned {
  const index = beads.findIndex((bead) => bead.id === op.row)
  const bead = beads[index]
  if (!bead) return refuse(`no row ${op.row}`)
  switch (op.type) {
    case 'align.merge':
      return planMerge(beads, index)
    case 'align.split':
      return planSplit(bead, index, op.sourceAt, op.targetAt)
    case 'align.move':
      return planMove(beads, index, op.side, op.direction)
    case 'align.unlink':
      return planUnlink(bead, index)
  }
}

function planMerge(beads: readonly Bead[], index: number): Planned {
  const bead = beads[index]!
  const next = beads[index + 1]
  if (!next) return refuse(`row ${bead.id} is the last row: nothing to merge it with`)
  return plan({
    at: index,
    remove: 2,
    insert: [
      { source: [...bead.source, ...next.source], target: [...bead.target, ...next.target] }
    ],
    focus: 0
  })
}

function planSplit(bead: Bead, index: number, sourceAt: number, targetAt: number): Planned {
  if (sourceAt > bead.source.length || targetAt > bead.target.length) {
    return refuse(
      `row ${bead.id} has ${bead.source.length} source and ${bead.target.length} target segments: no boundary at ${sourceAt}/${targetAt}`
    )
  }
  const first = { source: bead.source.slice(0, sourceAt), target: bead.target.slice(0, targetAt) }
  const second = { source: bead.source.slice(sourceAt), target: bead.target.slice(targetAt) }
  if (isEmpty(first) || isEmpty(second)) {
    return refuse(`splitting row ${bead.id} at ${sourceAt}/${targetAt} would leave an empty row`)
  }
  return plan({ at: index, remove: 1, insert: [first, second], focus: 0 })
}

function planMove(
  beads: readonly Bead[],
  index: number,
  side: Side,
  direction: 'up' | 'down'
): Planned {
  const bead = beads[index]!
  const own = bead[side]
  if (own.length === 0) return refuse(`row ${bead.id} has no ${side} segment to move`)
  const up = direction === 'up'
  const neighbourIndex = up ? index - 1 : index + 1
  const neighbour = beads[neighbourIndex]
  if (!neighbour) {
    return refuse(`row ${bead.id} is the ${up ? 'first' : 'last'} row: no row to move into`)
  }
  // Segments are contiguous across beads, so the first segment of a row directly follows the last
  // segment of the row before it on that side: appending (or prepending) keeps the order.
  const moved = up ? own[0]! : own[own.length - 1]!
  const rest = up ? own.slice(1) : own.slice(0, -1)
  const grown = up ? [...neighbour[side], moved] : [moved, ...neighbour[side]]
  const shrunk: BeadShapeDraft = { ...pick(bead), [side]: rest }
  const receiver: BeadShapeDraft = { ...pick(neighbour), [side]: grown }
  // A row that gave away its only segment dissolves into its neighbour; the neighbour is then selected.
  const keep = !isEmpty(shrunk)
  if (up) {
    return plan({
      at: neighbourIndex,
      remove: 2,
      insert: keep ? [receiver, shrunk] : [receiver],
      focus: keep ? 1 : 0
    })
  }
  return plan({ at: index, remove: 2, insert: keep ? [shrunk, receiver] : [receiver], focus: 0 })
}

function planUnlink(bead: Bead, index: number): Planned {
  if (bead.source.length === 0 || bead.target.length === 0) {
    return refuse(`row ${bead.id} has only one side: nothing to unlink`)
  }
  return plan({
    at: index,
    remove: 1,
    insert: [
      { source: bead.source, target: [] },
      { source: [], target: bead.target }
    ],
    focus: 0
  })
}

function pick(bead: BeadShapeDraft): BeadShapeDraft {
  return { source: bead.source, target: bead.target }
}

function isEmpty(bead: BeadShapeDraft): boolean {
  return bead.source.length === 0 && bead.target.length === 0
}

/** Every split of the bead that leaves both parts non-empty, in reading order of the cut. */
export function splitPoints(
  bead: Pick<Bead, 'source' | 'target'>
): Array<{ readonly sourceAt: number; readonly targetAt: number }> {
  const points: Array<{ sourceAt: number; targetAt: number }> = []
  const s = bead.source.length
  const t = bead.target.length
  for (let sourceAt = 0; sourceAt <= s; sourceAt++) {
    for (let targetAt = 0; targetAt <= t; targetAt++) {
      const first = sourceAt + targetAt
      const second = s - sourceAt + (t - targetAt)
      if (first > 0 && second > 0) points.push({ sourceAt, targetAt })
    }
  }
  return points
}
