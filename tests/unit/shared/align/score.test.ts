import { describe, expect, it } from 'vitest'
import {
  linkKey,
  parseGoldLinks,
  strictScore,
  sumScores,
  vecalignCounts,
  vecalignScore
} from '@shared/align/score'

describe('parseGoldLinks', () => {
  it('reads the Text+Berg gold format', () => {
    expect(parseGoldLinks('[0]:[0, 1]\n[6, 7]:[9, 10]\n[]:[5]\n[3]:[]\n\n')).toEqual([
      { source: [0], target: [0, 1] },
      { source: [6, 7], target: [9, 10] },
      { source: [], target: [5] },
      { source: [3], target: [] }
    ])
  })

  it('reads the CLI output too (the confidence after a TAB is ignored)', () => {
    expect(parseGoldLinks('[0]:[0, 1]\t0.930\n')).toEqual([{ source: [0], target: [0, 1] }])
  })

  it('refuses a line that is not a link', () => {
    expect(() => parseGoldLinks('0-0')).toThrow('not an alignment link: 0-0')
  })
})

describe('strictScore', () => {
  const gold = parseGoldLinks('[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2]')

  it('counts exact matches only, null links included', () => {
    const predicted = parseGoldLinks('[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[4]:[2]')
    const score = strictScore(predicted, gold)
    expect(score).toMatchObject({ truePositives: 3, predicted: 5, gold: 4 })
    expect(score.precision).toBeCloseTo(0.6)
    expect(score.recall).toBeCloseTo(0.75)
    expect(score.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35)
  })

  it('gives 1 for a perfect alignment and adds counts across documents', () => {
    expect(strictScore(gold, gold).f1).toBe(1)
    const total = sumScores([strictScore(gold, gold), strictScore([], gold)])
    expect(total).toMatchObject({
      truePositives: 4,
      predicted: 4,
      gold: 8,
      precision: 1,
      recall: 0.5
    })
  })

  it('writes links as the gold format', () => {
    expect(linkKey({ source: [6, 7], target: [] })).toBe('[6, 7]:[]')
  })
})

describe('vecalignScore (the Vecalign / Bertalign evaluation)', () => {
  const gold = parseGoldLinks('[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2]')

  it('counts every predicted link for precision, and only links with both sides for recall', () => {
    const predicted = parseGoldLinks('[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[4]:[2]')
    const counts = vecalignCounts(predicted, gold)
    // Precision: [0]:[0], [3]:[] and [4]:[2] of 5 exact; [1]:[1] overlaps [1, 2]:[1] (lax).
    expect(counts).toMatchObject({ precisionStrict: 3, precisionLax: 4, predicted: 5 })
    // Recall: of the 3 gold links with both sides, [0]:[0] and [4]:[2] exact; [1, 2]:[1] overlaps.
    expect(counts).toMatchObject({ recallStrict: 2, recallLax: 3, gold: 3 })
    const score = vecalignScore([counts])
    expect(score.strict.precision).toBeCloseTo(0.6)
    expect(score.strict.recall).toBeCloseTo(2 / 3)
    expect(score.lax.precision).toBeCloseTo(0.8)
    expect(score.lax.recall).toBe(1)
  })

  it('adds the counts of several documents before dividing', () => {
    const perfect = vecalignCounts(gold, gold)
    const empty = vecalignCounts([], gold)
    const score = vecalignScore([perfect, empty])
    expect(score.strict.precision).toBe(1)
    expect(score.strict.recall).toBe(0.5)
    expect(vecalignScore([]).strict.f1).toBe(0)
  })
})
