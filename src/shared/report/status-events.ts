/**
 * A status change of tracker items as review events: one `flag.status` per article (a bulk action is
 * one undoable step in each article it touches), naming only the flags whose status changes.
 * Resolving or rejecting records the reason; reopening clears it.
 */
import type { FlagStatus } from '../domain/review'
import type { ReviewEvent } from '../review/events'
import type { TrackerItem } from './tracker-items'

export type FlagStatusEvent = Extract<ReviewEvent, { type: 'flag.status' }>

export interface ArticleStatusEvent {
  readonly articleId: string
  readonly event: FlagStatusEvent
}

/** A rejection says why (the "rejected (with a reason)"); resolving may say how. */
export function reasonRequired(status: FlagStatus): boolean {
  return status === 'rejected'
}

/** The items this change applies to: project flags whose status is not already `status`. */
export function changeableItems(items: readonly TrackerItem[], status: FlagStatus): TrackerItem[] {
  return items.filter((i) => i.flagId !== null && i.articleId !== null && i.status !== status)
}

export function statusEvents(
  items: readonly TrackerItem[],
  status: FlagStatus,
  note: string
): ArticleStatusEvent[] {
  const byArticle = new Map<string, string[]>()
  for (const item of changeableItems(items, status)) {
    const ids = byArticle.get(item.articleId!)
    if (ids) ids.push(item.flagId!)
    else byArticle.set(item.articleId!, [item.flagId!])
  }
  const text = status === 'open' ? '' : note.trim()
  return [...byArticle].map(([articleId, ids]) => ({
    articleId,
    event: { type: 'flag.status', ids, status, note: text }
  }))
}
