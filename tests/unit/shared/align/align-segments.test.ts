import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignLattice } from '@shared/align/banded-dp'
import { DEFAULT_SHAPES } from '@shared/align/cost-model'
import { lengthScorer } from '@shared/align/gale-church'
import { alignSegments, DEFAULT_BEAD_SHAPES, type SegmentLink } from '@shared/align/segments'

/** Every segment of both sides appears exactly once, in order, in beads of allowed shapes. */
function expectCoverage(links: readonly SegmentLink[], n: number, m: number): void {
  const source = links.flatMap((l) => l.source)
  const target = links.flatMap((l) => l.target)
  expect(source).toEqual([...Array(n).keys()])
  expect(target).toEqual([...Array(m).keys()])
  for (const link of links) {
    expect(DEFAULT_SHAPES).toContain(`${link.source.length}-${link.target.length}`)
    expect(link.confidence).toBeGreaterThanOrEqual(0)
    expect(link.confidence).toBeLessThanOrEqual(1)
  }
}

const shapes = (links: readonly SegmentLink[]) =>
  links.map((l) => `${l.source.length}-${l.target.length}`)

describe('alignSegments', () => {
  it('pairs sentences of matching lengths 1-1 with high confidence', () => {
    const source = [120, 80, 200, 45, 160]
    const target = source.map((l) => Math.round(l * 0.87))
    const links = alignSegments(source, target)
    expect(shapes(links)).toEqual(['1-1', '1-1', '1-1', '1-1', '1-1'])
    for (const link of links) expect(link.confidence).toBeGreaterThan(0.9)
  })

  it('finds a 2-1 where the translation merged two sentences', () => {
    // Source 1 and 2 were translated as one sentence.
    const links = alignSegments([120, 90, 60, 150, 110], [105, 130, 131, 96])
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
      [[4], [3]]
    ])
  })

  it('finds a 1-2 where the translation split a sentence', () => {
    const links = alignSegments([100, 240, 90], [88, 110, 100, 80])
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]]
    ])
  })

  it('leaves out a long sentence the translation lost (1-0), with lower confidence', () => {
    const links = alignSegments([110, 95, 220, 130, 100], [96, 83, 113, 87])
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], [2]],
      [[4], [3]]
    ])
    const omission = links[2]!
    const clear = links[0]!
    expect(omission.confidence).toBeLessThan(clear.confidence)
    expect(clear.confidence).toBeGreaterThan(0.9)
  })

  it('handles empty sides', () => {
    expect(alignSegments([], [])).toEqual([])
    expect(alignSegments([], [10, 20]).map((l) => [l.source, l.target])).toEqual([
      [[], [0]],
      [[], [1]]
    ])
    expect(alignSegments([30], []).map((l) => [l.source, l.target])).toEqual([[[0], []]])
  })

  it('gives the same beads with a narrow band as over the full lattice', () => {
    const random = fc.sample(fc.integer({ min: 20, max: 300 }), { numRuns: 800, seed: 7 })
    const source = random.slice(0, 800)
    // Target: the same sentences at 0.9 the length, with every 23rd merged into the next and every 41st lost.
    const target: number[] = []
    source.forEach((length, i) => {
      if (i % 41 === 17) return
      if (i % 23 === 5 && target.length > 0) target[target.length - 1]! += Math.round(length * 0.9)
      else target.push(Math.round(length * 0.9))
    })
    const full = alignSegments(source, target, { fullLatticeCells: Infinity })
    const banded = alignSegments(source, target, { fullLatticeCells: 0, corridorMargin: 1 })
    expectCoverage(banded, source.length, target.length)
    expect(banded.map((l) => [l.source, l.target])).toEqual(full.map((l) => [l.source, l.target]))
  })

  it("finds the same beads and confidences through the DP's generic path (a scorer with cost() only)", () => {
    const source = fc.sample(fc.integer({ min: 20, max: 300 }), { numRuns: 400, seed: 3 })
    const target = source.filter((_, i) => i % 29 !== 7).map((length) => Math.round(length * 0.9))
    const model = { ratio: 0.9, variance: 6.8 }
    for (const fullLatticeCells of [Infinity, 0]) {
      const fast = alignSegments(source, target, { model, fullLatticeCells })
      const generic = alignLattice(
        source.length,
        target.length,
        lengthScorer(source, target, model, DEFAULT_BEAD_SHAPES),
        { fullLatticeCells }
      )
      const range = (start: number, end: number) =>
        Array.from({ length: end - start }, (_, k) => start + k)
      expect(
        generic.beads.map((b) => [
          range(b.sourceStart, b.sourceEnd),
          range(b.targetStart, b.targetEnd)
        ])
      ).toEqual(fast.map((l) => [l.source, l.target]))
      generic.beads.forEach((bead, k) => expect(bead.posterior).toBeCloseTo(fast[k]!.confidence, 4))
    }
  })
})
