import { describe, expect, it } from 'vitest'
import { chrfStatistics, corpusChrf, sentenceChrf } from '@shared/metrics'

describe('chrF2 with sacrebleu defaults (n=6, beta=2, white space removed)', () => {
  it('matches the value documented for sacrebleu defaults', () => {
    // HuggingFace metric card for chrF (which wraps sacrebleu): predictions / references below give
    // {'score': 61.576379378113785, 'char_order': 6, 'word_order': 0, 'beta': 2}.
    const score = sentenceChrf(
      'The relationship between Obama and Netanyahu is not exactly friendly.',
      'The ties between Obama and Netanyahu are not particularly friendly.'
    )
    expect(score).toBeCloseTo(61.576379378113785, 10)
  })

  it('matches sacrebleu test cases of the default (effective-order) averaging, beta = 3', () => {
    // sacrebleu test/test_chrf.py, test_cases_effective_order (corpus_chrf, beta=3, eps_smoothing=False)
    expect(corpusChrf([{ hypothesis: 'a', reference: 'a' }], { beta: 3 })).toBeCloseTo(100, 4)
    expect(corpusChrf([{ hypothesis: '', reference: 'reference' }], { beta: 3 })).toBe(0)
    expect(corpusChrf([{ hypothesis: 'a b c', reference: 'abc' }], { beta: 3 })).toBeCloseTo(100, 4)
    expect(corpusChrf([{ hypothesis: 'aa', reference: 'ab' }], { beta: 3 })).toBeCloseTo(25, 4)
    const pairs = [
      { hypothesis: 'a', reference: 'a' },
      { hypothesis: 'b', reference: 'c' }
    ]
    expect(corpusChrf(pairs, { beta: 3 })).toBeCloseTo(50, 4)
  })

  it('weighs recall twice as much as precision (computed by hand)', () => {
    // hyp "a", ref "ab": unigrams P = 1/1, R = 1/2; no bigram in the hypothesis, so only order 1
    // counts. F2 = 5PR / (4P + R) = 2.5 / 4.5; F1 would be 2/3.
    expect(sentenceChrf('a', 'ab')).toBeCloseTo((100 * 2.5) / 4.5, 10)
    expect(sentenceChrf('a', 'ab', { beta: 1 })).toBeCloseTo((100 * 2) / 3, 10)
    expect(sentenceChrf('ab', 'a')).toBeCloseTo((100 * 5 * 0.5) / (4 * 0.5 + 1), 10)
  })

  it('counts n-grams of code points, Cyrillic included', () => {
    expect(chrfStatistics('Минск', 'Минск', 2)).toEqual([5, 5, 5, 4, 4, 4])
    expect(sentenceChrf('Лукашенко', 'Лукашенко')).toBe(100)
    expect(sentenceChrf('Лукашенка', 'Лукашенко')).toBeLessThan(100)
  })

  it('pools corpus statistics instead of averaging sentence scores', () => {
    const pairs = [
      { hypothesis: 'Lukashenka', reference: 'Lukashenko' },
      { hypothesis: 'a', reference: 'ab' }
    ]
    const mean = (sentenceChrf('Lukashenka', 'Lukashenko') + sentenceChrf('a', 'ab')) / 2
    expect(corpusChrf(pairs)).not.toBeCloseTo(mean, 2)
  })
})
