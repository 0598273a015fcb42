/** Tracker items of the real sample article with flags on real errors of its MT. */
import type { ReviewedArticle } from '@shared/domain/article'
import { trackerItemsFromArticles, type TrackerItem } from '@shared/report/tracker-items'
import { sampleArticle, type FlagSpec } from '../scoring/sample-article'

export const FLAGS: readonly FlagSpec[] = [
  {
    row: 2,
    phrase: '..',
    category: 'linguistic-conventions/punctuation',
    severity: 'minor',
    author: 'anna',
    at: '2026-11-27T09:00:00.000Z'
  },
  {
    row: 15,
    phrase: 'morning chairs –money in the evening',
    category: 'style/unidiomatic',
    severity: 'major',
    comment: 'calque of «утром стулья — вечером деньги»',
    author: 'boris',
    at: '2026-11-27T10:00:00.000Z'
  },
  {
    row: 15,
    phrase: 'Lukashenka',
    category: 'terminology/inconsistent-use',
    severity: 'minor',
    status: 'resolved',
    author: 'anna',
    at: '2026-11-26T08:00:00.000Z'
  },
  {
    row: 3,
    phrase: 'chargé d’affaires',
    category: 'accuracy/mistranslation',
    severity: 'critical',
    status: 'rejected',
    author: 'boris',
    at: '2026-11-28T12:00:00.000Z'
  },
  {
    row: 20,
    phrase: 'Lukashenka',
    category: 'terminology/inconsistent-use',
    severity: 'minor',
    author: 'anna',
    at: '2026-11-28T13:00:00.000Z'
  }
]

/** The sample twice, as two articles of one project (the second under another name). */
export function sampleProjectArticles(): ReviewedArticle[] {
  const first = sampleArticle(FLAGS.slice(0, 3))
  const second = {
    ...sampleArticle(FLAGS.slice(3)),
    id: 'second-article',
    name: 'Belarus, part two'
  }
  return [first, second]
}

export function sampleItems(): TrackerItem[] {
  return trackerItemsFromArticles(sampleProjectArticles())
}
