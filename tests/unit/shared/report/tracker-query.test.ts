import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TRACKER_QUERY,
  arrangeTracker,
  categoryChoices,
  columnValues,
  matchesQuery,
  sortItems,
  type TrackerQuery
} from '@shared/report/tracker-query'
import type { TrackerItem } from '@shared/report/tracker-items'
import { sampleItems } from './tracker-fixtures'

const items = sampleItems()
const words = (list: readonly TrackerItem[]) => list.map((i) => i.context.text)
const query = (change: Partial<TrackerQuery>): TrackerQuery => ({
  ...DEFAULT_TRACKER_QUERY,
  ...change
})
const shown = (q: TrackerQuery) =>
  arrangeTracker(items, q).lines.map((l) =>
    l.kind === 'group' ? `# ${l.value}` : l.item.context.text
  )

describe('filtering the tracker', () => {
  it('keeps items whose column has the chosen value', () => {
    expect(words(arrangeTracker(items, query({ filters: { status: 'open' } })).matched)).toEqual([
      '..',
      'morning chairs –money in the evening',
      'Lukashenka'
    ])
    expect(words(arrangeTracker(items, query({ filters: { author: 'boris' } })).matched)).toEqual([
      'morning chairs –money in the evening',
      'chargé d’affaires'
    ])
    expect(
      arrangeTracker(
        items,
        query({ filters: { article: 'Belarus, part two', severity: 'minor' } })
      ).matched.map((i) => i.rowNumber)
    ).toEqual([21])
  })

  it('takes a dimension for every category under it', () => {
    expect(
      words(arrangeTracker(items, query({ filters: { category: 'terminology' } })).matched)
    ).toEqual(['Lukashenka', 'Lukashenka'])
    expect(categoryChoices(items)).toEqual([
      'accuracy',
      'accuracy/mistranslation',
      'linguistic-conventions',
      'linguistic-conventions/punctuation',
      'style',
      'style/unidiomatic',
      'terminology',
      'terminology/inconsistent-use'
    ])
  })

  it('matches text columns by a piece of their text, ignoring case', () => {
    expect(words(arrangeTracker(items, query({ filters: { comment: 'УТРОМ' } })).matched)).toEqual([
      'morning chairs –money in the evening'
    ])
    expect(
      arrangeTracker(items, query({ filters: { createdAt: '2026-11-28' } })).matched
    ).toHaveLength(2)
    expect(arrangeTracker(items, query({ filters: { row: '16' } })).matched).toHaveLength(2)
  })

  it('finds free text in any column, every word somewhere, and in the labels the user sees', () => {
    const calque = items.find((i) => i.category === 'style/unidiomatic')!
    expect(matchesQuery(calque, { text: 'boris chairs', filters: {} })).toBe(true)
    expect(matchesQuery(calque, { text: 'boris lukashenka', filters: {} })).toBe(true) // in its context
    expect(matchesQuery(calque, { text: 'anna', filters: {} })).toBe(false)
    expect(matchesQuery(calque, { text: 'неидиоматичный', filters: {} })).toBe(false)
    expect(
      matchesQuery(calque, { text: 'неидиоматичный', filters: {} }, () => ['Неидиоматичный стиль'])
    ).toBe(true)
    // ё and е are one letter in a search.
    expect(matchesQuery(calque, { text: 'утром стулья', filters: {} })).toBe(true)
    expect(matchesQuery({ ...calque, comment: 'ещё' }, { text: 'еще', filters: {} })).toBe(true)
  })
})

describe('sorting the tracker', () => {
  it('sorts by severity either way, ties in project order', () => {
    const desc = sortItems(items, { column: 'severity', direction: 'desc' })
    expect(desc.map((i) => i.severity)).toEqual(['critical', 'major', 'minor', 'minor', 'minor'])
    expect(desc.slice(2).map((i) => i.rowNumber)).toEqual([3, 16, 21])
    const asc = sortItems(items, { column: 'severity', direction: 'asc' })
    expect(asc.map((i) => i.severity)).toEqual(['minor', 'minor', 'minor', 'major', 'critical'])
    expect(asc.slice(0, 3).map((i) => i.rowNumber)).toEqual([3, 16, 21])
  })

  it('sorts rows by article, then row; dates as times; comments with empty ones last both ways', () => {
    expect(sortItems(items, { column: 'row', direction: 'desc' }).map((i) => i.rowNumber)).toEqual([
      21, 4, 16, 16, 3
    ])
    expect(
      sortItems(items, { column: 'createdAt', direction: 'asc' }).map((i) =>
        i.createdAt!.slice(0, 13)
      )
    ).toEqual(['2026-11-26T08', '2026-11-27T09', '2026-11-27T10', '2026-11-28T12', '2026-11-28T13'])
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = sortItems(items, { column: 'comment', direction })
      expect(sorted[0]!.comment).not.toBe('')
      expect(sorted.slice(1).every((i) => i.comment === '')).toBe(true)
    }
  })

  it('sorts status in lifecycle order and leaves the input alone', () => {
    const before = items.map((i) => i.key)
    expect(sortItems(items, { column: 'status', direction: 'asc' }).map((i) => i.status)).toEqual([
      'open',
      'open',
      'open',
      'resolved',
      'rejected'
    ])
    expect(items.map((i) => i.key)).toEqual(before)
    expect(sortItems(items, null).map((i) => i.key)).toEqual(before)
  })
})

describe('grouping the tracker', () => {
  it('groups by article in project order, with a heading line per group', () => {
    expect(shown(query({ groupBy: 'article' }))).toEqual([
      '# USA and Belarus ready to restore relations at the level of ambassadors',
      '..',
      'morning chairs –money in the evening',
      'Lukashenka',
      '# Belarus, part two',
      'chargé d’affaires',
      'Lukashenka'
    ])
  })

  it('groups by category, the most frequent first, sorted inside each group', () => {
    expect(
      shown(query({ groupBy: 'category', sort: { column: 'row', direction: 'desc' } }))
    ).toEqual([
      '# terminology/inconsistent-use',
      'Lukashenka',
      'Lukashenka',
      '# accuracy/mistranslation',
      'chargé d’affaires',
      '# linguistic-conventions/punctuation',
      '..',
      '# style/unidiomatic',
      'morning chairs –money in the evening'
    ])
  })

  it('hides the items of a collapsed group but still counts them as matched', () => {
    const q = query({ groupBy: 'status' })
    const open = arrangeTracker(items, q)
    const heading = open.lines[0]!
    expect(heading).toMatchObject({ kind: 'group', value: 'open', collapsed: false })
    const closed = arrangeTracker(items, q, new Set([heading.key]))
    expect(closed.lines.map((l) => l.kind)).toEqual(['group', 'group', 'item', 'group', 'item'])
    expect(closed.matched).toHaveLength(5)
    expect(closed.lines[0]!.kind === 'group' && closed.lines[0]!.itemKeys).toHaveLength(3)
  })

  it('gives an empty list for no items, and for a filter nothing matches', () => {
    expect(arrangeTracker([], query({ groupBy: 'article' }))).toEqual({ lines: [], matched: [] })
    expect(arrangeTracker(items, query({ text: 'no such words' })).lines).toEqual([])
  })
})

describe('filter choices', () => {
  it('lists the values present, severities from the worst, statuses in lifecycle order', () => {
    expect(columnValues(items, 'severity')).toEqual(['critical', 'major', 'minor'])
    expect(columnValues(items, 'status')).toEqual(['open', 'resolved', 'rejected'])
    expect(columnValues(items, 'author')).toEqual(['anna', 'boris'])
    expect(columnValues(items, 'system')).toEqual([])
  })
})
