import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords } from '@shared/metrics'
import { countWordsBySplitting } from '@shared/metrics/word-count'
import { SAMPLE_EN, SAMPLE_RU } from '../scoring/sample-article'

describe('countWords: one word count for every score and report', () => {
  it('counts the sample headline in both languages, word by word', () => {
    expect(SAMPLE_EN[0]).toBe(
      'USA and Belarus ready to restore relations at the level of ambassadors'
    )
    expect(countWords(SAMPLE_EN[0]!)).toBe(12)
    expect(SAMPLE_RU[0]).toBe('США и Беларусь готовы восстановить отношения на уровне послов')
    expect(countWords(SAMPLE_RU[0]!)).toBe(9)
  })

  it('does not count punctuation on its own: dashes, guillemets, doubled periods', () => {
    // «As for our relations with you, … – he said.» shapes of the sample MT
    expect(countWords('«As for our relations with you,')).toBe(6)
    expect(countWords('next step to normalize our relations.», – he said.')).toBe(8)
    expect(countWords('… — « » .. !!')).toBe(0)
    expect(countWords('September 17..')).toBe(2)
  })

  it('splits at apostrophes (the WMT21 convention) but not at hyphens', () => {
    expect(countWords('chargé d’affaires')).toBe(3)
    expect(countWords("don't")).toBe(2)
    expect(countWords("'90s")).toBe(1)
    expect(countWords('Даунинг-стрит')).toBe(1)
    expect(countWords('11-year hiatus')).toBe(2)
    expect(countWords('95–99%')).toBe(1)
  })

  it('treats any Unicode white space as a separator and counts digits as words', () => {
    expect(countWords('5\u00a0000 сотрудников')).toBe(3)
    expect(countWords('a\tb\nc\u2003d')).toBe(4)
    expect(countWords('2008')).toBe(1)
  })

  it('gives 0 for empty and blank text', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('   \n ')).toBe(0)
  })
})

describe('the one-pass count', () => {
  it('agrees with the plain definition (split on white space, drop, split at apostrophes)', () => {
    const tricky = fc.constantFrom(
      'a',
      'Я',
      'ё',
      '5',
      '٣',
      'é',
      'e\u0301',
      '😀',
      '𝐀',
      '\u0483',
      '—',
      '.',
      '«',
      '»',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u0085',
      '\u200b',
      "'",
      '’',
      'ʼ',
      '`'
    )
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        expect(countWords(text)).toBe(countWordsBySplitting(text))
      }),
      { numRuns: 2000 }
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWords(text)).toBe(countWordsBySplitting(text))
      }),
      { numRuns: 2000 }
    )
  })
})
