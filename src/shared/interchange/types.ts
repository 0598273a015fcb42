/** What an interchange reader returns, and the notices it collects on the way. */
import type { ReviewedArticle } from '../domain/article'

export type InterchangeFormat = 'xliff21' | 'xliff12' | 'tmx' | 'json'

/** Keys of `export:notices.*` (counted ones take `count`). */
export type InterchangeNoticeCode =
  'itsDefaults' | 'editMarksIgnored' | 'danglingReference' | 'unknownValues' | 'memoryOnly'

export interface InterchangeNotice {
  readonly code: InterchangeNoticeCode
  readonly count: number
}

export interface InterchangeResult {
  readonly format: InterchangeFormat
  readonly articles: readonly ReviewedArticle[]
  readonly notices: readonly InterchangeNotice[]
}

export class NoticeCounter {
  private readonly counts = new Map<InterchangeNoticeCode, number>()

  add(code: InterchangeNoticeCode, count = 1): void {
    if (count === 0) return
    this.counts.set(code, (this.counts.get(code) ?? 0) + count)
  }

  list(): InterchangeNotice[] {
    return [...this.counts].map(([code, count]) => ({ code, count }))
  }
}
