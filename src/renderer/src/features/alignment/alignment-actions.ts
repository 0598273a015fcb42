/**
 * The alignment commands a row offers (context menu and keys alike), pure so they can be tested
 * without a DOM: which are possible on the current row, the event each records, and the row to
 * select once it is done.
 */
import type { Bead } from '@shared/domain/alignment'
import { splitPoints } from '@shared/review/alignment-ops'
import { checkEvent } from '@shared/review/check-event'
import type { AlignmentEvent } from '@shared/review/events'
import type { ReviewState } from '@shared/review/state'
import type { ReviewSides } from '@shared/review/span-anchor'

export type AlignmentActionId =
  | 'merge'
  | 'split'
  | 'move-target-up'
  | 'move-target-down'
  | 'move-source-up'
  | 'move-source-down'
  | 'unlink'

/** Menu order; the menu draws a separator between groups. */
export const ALIGNMENT_ACTION_GROUPS: readonly (readonly AlignmentActionId[])[] = [
  ['merge', 'split', 'unlink'],
  ['move-target-up', 'move-target-down', 'move-source-up', 'move-source-down']
]

/** What invoking an action does: record an event, ask where to split, or nothing (disabled). */
export type AlignmentCommand =
  | { readonly kind: 'record'; readonly event: AlignmentEvent }
  | { readonly kind: 'choose-split'; readonly bead: Bead }
  | null

type State = ReviewState

export function alignmentCommand(
  id: AlignmentActionId,
  state: State,
  rowId: string | undefined,
  sides: ReviewSides
): AlignmentCommand {
  const bead = rowId === undefined ? undefined : state.beads.find((b) => b.id === rowId)
  if (!bead) return null
  switch (id) {
    case 'merge':
      return recordIfValid({ type: 'align.merge', row: bead.id }, state, sides)
    case 'unlink':
      return recordIfValid({ type: 'align.unlink', row: bead.id }, state, sides)
    case 'split':
      return splitCommand(bead, state, sides)
    default: {
      const [, side, direction] = id.split('-') as ['move', 'source' | 'target', 'up' | 'down']
      return recordIfValid({ type: 'align.move', row: bead.id, side, direction }, state, sides)
    }
  }
}

/**
 * A row with at most one segment per side has one sensible split (source row, then target row), done
 * at once; a row with more segments on some side has several, and the reviewer picks the boundary.
 */
function splitCommand(bead: Bead, state: State, sides: ReviewSides): AlignmentCommand {
  const points = splitPoints(bead)
  if (points.length === 0) return null
  if (bead.source.length > 1 || bead.target.length > 1) {
    return points.length === 1
      ? recordIfValid({ type: 'align.split', row: bead.id, ...points[0]! }, state, sides)
      : { kind: 'choose-split', bead }
  }
  const only = { sourceAt: bead.source.length, targetAt: 0 }
  return recordIfValid({ type: 'align.split', row: bead.id, ...only }, state, sides)
}

function recordIfValid(event: AlignmentEvent, state: State, sides: ReviewSides): AlignmentCommand {
  return checkEvent(state, event, { sides }) === null ? { kind: 'record', event } : null
}

/** The cut to offer first in the split chooser: as even as the row allows. */
export function defaultSplit(bead: Pick<Bead, 'source' | 'target'>): {
  readonly sourceAt: number
  readonly targetAt: number
} {
  const even = {
    sourceAt: Math.ceil(bead.source.length / 2),
    targetAt: Math.ceil(bead.target.length / 2)
  }
  const points = splitPoints(bead)
  return points.some((p) => p.sourceAt === even.sourceAt && p.targetAt === even.targetAt)
    ? even
    : (points[0] ?? even)
}
