/**
 * What each row shows besides its review state, on the sample: texts and alignment issues computed once
 * per bead, words counted as reviewers count them, and flags grouped by row so that a row whose flags
 * did not change keeps its array (its memoised component does not re-render).
 */
import { describe, expect, it } from 'vitest'
import type { Flag } from '@shared/domain/review'
import { alignmentIssues } from '../../../../src/renderer/src/components/alignment-issues'
import { createFlag } from '../../../../src/renderer/src/features/flags/new-flag'
import { countWords, flagsByRow, rowInfo } from '../../../../src/renderer/src/store/rows'
import { baseOf, rowWith, sampleArticle } from '../helpers/sample-project'

const article = sampleArticle()
const base = baseOf(article)
const idiom = rowWith(article, 'morning chairs')

function flagOn(row: string, text: string, phrase: string, id: string, minute: number): Flag {
  const start = text.indexOf(phrase)
  expect(start).toBeGreaterThanOrEqual(0)
  return createFlag(
    {
      row,
      side: 'target',
      span: [start, start + phrase.length],
      category: 'accuracy',
      severity: 'minor',
      comment: ''
    },
    id,
    new Date(Date.UTC(2026, 10, 27, 10, minute))
  )
}

describe('rowInfo', () => {
  it('joins a row’s sentences with one space and counts the Russian words, once per bead', () => {
    const bush = rowWith(article, 'George W. Bush')
    const info = rowInfo(bush.bead, base)
    expect(info.texts).toEqual(bush.texts)
    expect(info.issues).toEqual(['low-confidence'])
    expect(info.sourceWords).toBe(countWords(bush.texts.source))
    // Beads never change: the same bead gives the same object.
    expect(rowInfo(bush.bead, base)).toBe(info)
  })

  it('counts words as the scores do, so the status bar and the dashboard agree', () => {
    expect(countWords('Белорусско-американские отношения — с 2008 года')).toBe(5)
    // An apostrophe splits a word, as in the scores' word count (`@shared/metrics`).
    expect(countWords('the American ambassador’s arrival in Minsk..')).toBe(7)
    expect(countWords(' – ')).toBe(0)
  })
})

describe('alignmentIssues', () => {
  it('names an empty side before a low score, and nothing for a confident 1-1 row', () => {
    expect(alignmentIssues({ source: [0], target: [], confidence: 0.1 })).toEqual([
      'missing-target'
    ])
    expect(alignmentIssues({ source: [], target: [3], confidence: 0.9 })).toEqual([
      'missing-source'
    ])
    expect(alignmentIssues({ source: [1, 2], target: [1], confidence: 0.49 })).toEqual([
      'low-confidence'
    ])
    expect(alignmentIssues({ source: [1], target: [1], confidence: 0.5 })).toEqual([])
  })
})

describe('flagsByRow', () => {
  const other = rowWith(article, 'Senate approval')
  const a = flagOn(idiom.bead.id, idiom.texts.target, 'morning chairs', 'a', 2)
  const b = flagOn(other.bead.id, other.texts.target, 'Senate approval', 'b', 1)
  const c = flagOn(idiom.bead.id, idiom.texts.target, 'evening', 'c', 0)

  it('groups flags by row, oldest first', () => {
    const grouped = flagsByRow(new Map([a, b, c].map((f) => [f.id, f])))
    expect(grouped.get(idiom.bead.id)?.map((f) => f.id)).toEqual(['c', 'a'])
    expect(grouped.get(other.bead.id)?.map((f) => f.id)).toEqual(['b'])
  })

  it('reuses a row’s array when its flags did not change, so only changed rows re-render', () => {
    const before = flagsByRow(new Map([a, b].map((f) => [f.id, f])))
    const after = flagsByRow(new Map([a, b, c].map((f) => [f.id, f])), before)
    expect(after.get(other.bead.id)).toBe(before.get(other.bead.id))
    expect(after.get(idiom.bead.id)).not.toBe(before.get(idiom.bead.id))
    // A changed flag (same id, new object) is a change of its row.
    const edited = { ...b, severity: 'major' as const }
    const again = flagsByRow(new Map([a, edited, c].map((f) => [f.id, f])), after)
    expect(again.get(idiom.bead.id)).toBe(after.get(idiom.bead.id))
    expect(again.get(other.bead.id)).toEqual([edited])
  })
})
