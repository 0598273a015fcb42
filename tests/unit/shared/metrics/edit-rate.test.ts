import { describe, expect, it } from 'vitest'
import { editRate, wordEditCounts, wordEditRate } from '@shared/metrics'
import { SAMPLE_EN } from '../scoring/sample-article'

describe('word edit rate (TER without shifts, against the post-edit)', () => {
  it('counts one substituted word of a real MT sentence against the post-edit length', () => {
    const mt = 'This became known following the visit'
    const postEdit = 'This became known after the visit'
    expect(wordEditCounts(mt, postEdit)).toEqual({ edits: 1, referenceWords: 6 })
    expect(wordEditRate(mt, postEdit)).toBeCloseTo(1 / 6, 12)
  })

  it('counts insertions and deletions of whole words', () => {
    expect(wordEditCounts('a b c', 'a c')).toEqual({ edits: 1, referenceWords: 2 })
    expect(wordEditCounts('a c', 'a b c')).toEqual({ edits: 1, referenceWords: 3 })
  })

  it('has no block shifts: a moved phrase costs its deletion and insertion', () => {
    // TER would count one shift (0.25); without shifts the best is 4 edits.
    expect(wordEditRate('a b c d', 'c d a b')).toBe(1)
  })

  it('is case-sensitive and keeps punctuation on its word', () => {
    expect(wordEditCounts('The visit.', 'the visit.').edits).toBe(1)
    expect(wordEditCounts('17..', '17.').edits).toBe(1)
  })

  it('fixes the idiom calque of the sample: 6 MT words replaced by the English idiom', () => {
    const row = SAMPLE_EN[15]!
    const calque = 'morning chairs –money in the evening'
    expect(row).toContain(calque)
    const fixed = row.replace(calque, 'cash on delivery')
    const counts = wordEditCounts(row, fixed)
    // "morning chairs –money in the evening" (6 tokens) -> "cash on delivery" (3): 3 substitutions
    // and 3 deletions.
    expect(counts.edits).toBe(6)
    expect(counts.referenceWords).toBe(fixed.split(' ').length)
  })

  it('is 0 for an unchanged text and 1 when everything was deleted', () => {
    expect(wordEditRate(SAMPLE_EN[2]!, SAMPLE_EN[2]!)).toBe(0)
    expect(wordEditRate('a b', '')).toBe(1)
    expect(wordEditRate('', '')).toBe(0)
  })

  it('pools a corpus as total edits over total post-edit words', () => {
    const a = wordEditCounts('a b c', 'a c')
    const b = wordEditCounts('x y z w', 'x y z w')
    expect(
      editRate({ edits: a.edits + b.edits, referenceWords: a.referenceWords + b.referenceWords })
    ).toBeCloseTo(1 / 6, 12)
  })
})
