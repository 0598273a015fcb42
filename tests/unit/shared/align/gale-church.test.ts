import { describe, expect, it } from 'vitest'
import { BEAD_PRIORS, shapesFromPriors } from '@shared/align/cost-model'
import { estimateRatio, lengthCost } from '@shared/align/gale-church'
import { logTwoSidedTail, tailCost } from '@shared/align/normal'

describe('logTwoSidedTail', () => {
  it.each([
    [0, 1],
    [1, 0.3173105],
    [1.959964, 0.05],
    [3, 0.0026998]
  ])('P(|Z| >= %f) = %f', (z, p) => {
    expect(Math.exp(logTwoSidedTail(z))).toBeCloseTo(p, 6)
  })

  it('stays finite far in the tail, where 1 - Φ(z) underflows', () => {
    const cost = -logTwoSidedTail(40)
    expect(Number.isFinite(cost)).toBe(true)
    expect(cost).toBeGreaterThan(800)
  })
})

describe('tailCost (the table the DP uses)', () => {
  it('matches −logTwoSidedTail within 2e-4 nats, on and off the table', () => {
    for (let z = -12; z <= 12; z += 0.0137) {
      expect(Math.abs(tailCost(z) + logTwoSidedTail(z))).toBeLessThan(2e-4)
    }
  })
})

describe('the Gale–Church length model', () => {
  const model = { ratio: 0.87, variance: 6.8 }

  it('costs nothing for a perfect match and more the further the lengths are apart', () => {
    expect(lengthCost(100, 87, model)).toBeCloseTo(0, 5)
    expect(lengthCost(100, 100, model)).toBeGreaterThan(lengthCost(100, 90, model))
    expect(lengthCost(100, 40, model)).toBeGreaterThan(lengthCost(100, 100, model))
  })

  it('forgives the same absolute difference more in longer sentences', () => {
    expect(lengthCost(300, 261 + 30, model)).toBeLessThan(lengthCost(100, 87 + 30, model))
  })

  it('prices an unaligned segment by its shape prior alone', () => {
    expect(lengthCost(250, 0, model)).toBe(0)
    expect(lengthCost(0, 0, model)).toBe(0)
  })

  it('estimates the ratio from the pair, within sane bounds', () => {
    expect(estimateRatio([100, 200], [90, 170])).toBeCloseTo(260 / 300)
    expect(estimateRatio([], [5])).toBe(1)
    expect(estimateRatio([1], [1000])).toBe(4)
  })

  it('turns priors into penalties, renormalised over the shapes used', () => {
    const shapes = shapesFromPriors(['1-1', '1-0'])
    const total = BEAD_PRIORS['1-1'] + BEAD_PRIORS['1-0']
    expect(shapes).toEqual([
      { source: 1, target: 1, penalty: -Math.log(BEAD_PRIORS['1-1'] / total) },
      { source: 1, target: 0, penalty: -Math.log(BEAD_PRIORS['1-0'] / total) }
    ])
  })
})
