/** A reviewer's new flag, built in one place so every field the log schema requires is set. */
import type { Severity, Side } from '@shared/domain/review'
import type { ReviewEvent } from '@shared/review/events'

/** A flag as the log's `flag.add` event carries it. */
export type NewFlag = Extract<ReviewEvent, { type: 'flag.add' }>['flag']

export interface FlagDraft {
  readonly row: string
  readonly side: Side
  readonly span: readonly [number, number]
  readonly category: string
  readonly severity: Severity
  readonly comment: string
  /** `check:<id>` for an accepted suggestion; default `reviewer`. */
  readonly origin?: `check:${string}`
}

export function createFlag(draft: FlagDraft, id: string, now: Date): NewFlag {
  const at = now.toISOString()
  return {
    id,
    row: draft.row,
    side: draft.side,
    span: [draft.span[0], draft.span[1]],
    category: draft.category,
    severity: draft.severity,
    comment: draft.comment.trim(),
    status: 'open',
    origin: draft.origin ?? 'reviewer',
    // Main stamps the author (and the times) when it appends: the renderer cannot claim to be anyone.
    author: '',
    createdAt: at,
    updatedAt: at
  }
}
