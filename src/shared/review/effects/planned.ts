/** What planning an event gives: the change to commit, or why the event does not fit the state. */
import type { Change } from '../change'

export type Planned =
  | {
      readonly ok: true
      readonly change: Change
      /** Items the step covers (a bulk action, a Replace All). */
      readonly count: number
      /** The row to show after the step, and after undoing it. */
      readonly focus?: string
      readonly undoFocus?: string
    }
  | { readonly ok: false; readonly reason: string }

export const refuse = (reason: string): Planned => ({ ok: false, reason })

/** Who did it and when: from the log record, never from the event itself. */
export interface Stamp {
  readonly author: string
  readonly at: string
}
