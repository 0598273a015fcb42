import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AnchoredScorer,
  DEFAULT_ANCHOR_WEIGHTS,
  DEFAULT_BEAD_SHAPES,
  sideAnchorsOf,
  type ScorerInput
} from '@shared/align'
import { corridorBand, fullBand } from '@shared/align/band'

const model = { ratio: 1, variance: 6.8 }

function scorerFor(
  source: string[],
  target: string[],
  extra: Partial<ScorerInput> = {}
): AnchoredScorer {
  const scorer = new AnchoredScorer({
    sourceLengths: source.map((text) => text.length),
    targetLengths: target.map((text) => text.length),
    model,
    shapes: DEFAULT_BEAD_SHAPES,
    anchors: sideAnchorsOf(source, target),
    ...extra
  })
  scorer.prepare(fullBand(source.length, target.length))
  return scorer
}

describe('AnchoredScorer', () => {
  it('makes a bead cheaper for each anchor its sides share', () => {
    const plain = scorerFor(['Это случилось вчера вечером.'], ['It happened last evening.'])
    const shared = scorerFor(['Это случилось 17 сентября.'], ['It happened on September 17.'])
    const lengthOnly = new AnchoredScorer({
      sourceLengths: [26],
      targetLengths: [28],
      model,
      shapes: DEFAULT_BEAD_SHAPES
    })
    expect(shared.cost(0, 1, 0, 1)).toBeLessThan(lengthOnly.cost(0, 1, 0, 1) - 1)
    expect(plain.cost(0, 1, 0, 1)).toBeLessThan(shared.cost(0, 1, 0, 1) + 5)
  })

  it('makes a bead dearer when a number is found on one side only', () => {
    const ru = 'Пострадали 13 человек.'
    const matching = scorerFor([ru], ['13 people were hurt.'])
    const missing = scorerFor([ru], ['Many people were hurt.'])
    const { number } = DEFAULT_ANCHOR_WEIGHTS
    const difference = missing.cost(0, 1, 0, 1) - matching.cost(0, 1, 0, 1)
    // Found on both sides: each side's anchor earns match + miss; missing: the source pays its miss.
    expect(difference).toBeGreaterThan(number.match + number.miss)
  })

  it('charges a 1-0 or 0-1 bead nothing but its prior, whatever its anchors', () => {
    const scorer = scorerFor(['В 2019 году Лукашенко сказал?'], ['In 2020 Putin said!'])
    expect(scorer.cost(0, 1, 0, 0)).toBe(0)
    expect(scorer.cost(0, 0, 0, 1)).toBe(0)
  })

  it('counts an anchor once however many segments across share it', () => {
    // "2019" is in both source and both target segments: a 2-2 bead finds each of the four once.
    const source = ['в 2019 году,', 'и снова 2019 год.']
    const target = ['in 2019,', 'and again 2019.']
    const scorer = scorerFor(source, target)
    const { number } = DEFAULT_ANCHOR_WEIGHTS
    const lengthOnly = new AnchoredScorer({
      sourceLengths: source.map((t) => t.length),
      targetLengths: target.map((t) => t.length),
      model,
      shapes: DEFAULT_BEAD_SHAPES
    })
    const anchorPart = scorer.cost(0, 2, 0, 2) - lengthOnly.cost(0, 2, 0, 2)
    expect(anchorPart).toBeCloseTo(-4 * number.match, 6)
  })

  it('charges a paragraph start on one side only, and a paragraph break swallowed on one side', () => {
    const texts = ['Один.', 'Два.', 'Три.']
    const english = ['One.', 'Two.', 'Three.']
    const scorer = scorerFor(texts, english, {
      paragraphs: { source: [0, 1, 1], target: [0, 0, 1] },
      anchors: undefined,
      paragraphWeights: { boundary: 1.5, inner: 2.5 }
    })
    const plain = scorerFor(texts, english, { anchors: undefined })
    expect(scorer.cost(0, 1, 0, 1) - plain.cost(0, 1, 0, 1)).toBeCloseTo(0)
    expect(scorer.cost(1, 2, 1, 2) - plain.cost(1, 2, 1, 2)).toBeCloseTo(1.5)
    expect(scorer.cost(1, 3, 1, 2) - plain.cost(1, 3, 1, 2)).toBeCloseTo(1.5)
    expect(scorer.cost(0, 2, 0, 1) - plain.cost(0, 2, 0, 1)).toBeCloseTo(2.5)
  })

  it('gives the DP the same costs, cell by cell, as it gives one bead at a time', () => {
    const words = [
      'Минск',
      'Minsk',
      '2019',
      '17 сентября',
      'September 17',
      'Hale',
      'Хейл',
      '?',
      '«да»'
    ]
    const segment = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })), { maxLength: 5 })
      .map((parts) => parts.join(' '))
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 12 }),
        fc.array(segment, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (source, target, narrow) => {
          const n = source.length
          const m = target.length
          const paragraphs = {
            source: source.map((_, k) => k >> 1),
            target: target.map((_, k) => Math.floor(k / 3))
          }
          const scorer = scorerFor(source, target, { paragraphs })
          // A narrow band leaves some pairs out of the cache: they must be compared on the spot.
          const diagonal = Array.from({ length: n }, (_, k) => ({
            i: k + 1,
            j: Math.round(((k + 1) * m) / n)
          }))
          scorer.prepare(narrow ? corridorBand(n, m, diagonal, 1) : fullBand(n, m))
          const out = new Float64Array(DEFAULT_BEAD_SHAPES.length)
          for (let i = 0; i <= n; i++) {
            for (let j = 0; j <= m; j++) {
              scorer.costsEndingAt(i, j, out)
              DEFAULT_BEAD_SHAPES.forEach(({ source: a, target: b }, k) => {
                if (a > i || b > j) expect(out[k]).toBe(Infinity)
                else expect(out[k]).toBeCloseTo(scorer.cost(i - a, i, j - b, j), 5)
              })
            }
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})
