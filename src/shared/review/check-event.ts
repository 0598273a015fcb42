/**
 * Whether an event fits the project as it is now. Main refuses an append that does not fit (so the log
 * only ever holds events that replay cleanly); the renderer uses the same answer to disable commands.
 */
import type { ReviewEvent } from './events'
import { planOp } from './alignment-ops'
import type { ReviewState } from './replay'
import { rowTextLength, type ReviewSides } from './span-anchor'

/** `null` if `event` can be applied to `state`, otherwise why not (for logs and error details). */
export function checkEvent(
  state: Pick<ReviewState, 'beads' | 'flags' | 'alignment'>,
  event: ReviewEvent,
  sides: ReviewSides
): string | null {
  switch (event.type) {
    case 'flag.add': {
      const { row, side, span } = event.flag
      const bead = state.beads.find((b) => b.id === row)
      if (!bead) return `no row ${row} in this project`
      const length = rowTextLength(bead[side], sides[side])
      if (span[1] > length) {
        return `span ${span.join('-')} is outside row ${row} (${length} characters)`
      }
      return null
    }
    case 'flag.remove':
      return state.flags.some((f) => f.id === event.id) ? null : `no flag ${event.id}`
    case 'status.set':
      return state.beads.some((b) => b.id === event.row) ? null : `no row ${event.row}`
    case 'align.undo':
      return state.alignment.done.length > 0 ? null : 'no alignment fix to undo'
    case 'align.redo':
      return state.alignment.undone.length > 0 ? null : 'no undone alignment fix to redo'
    default: {
      const planned = planOp(state.beads, event)
      return planned.ok ? null : planned.reason
    }
  }
}
