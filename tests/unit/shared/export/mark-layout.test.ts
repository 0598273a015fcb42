import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  crosses,
  groupBySpan,
  layoutWithMarkers,
  layoutWithSplits,
  snapSpan
} from '@shared/export/mark-layout'

const spans = fc.array(
  fc
    .tuple(fc.nat({ max: 30 }), fc.nat({ max: 30 }))
    .map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
  { maxLength: 8 }
)

describe('where marks go', () => {
  it('XLIFF 1.2 pieces nest properly and together cover each flag’s span exactly (property)', () => {
    fc.assert(
      fc.property(spans, (list) => {
        const groups = groupBySpan(list, (s) => s)
        const pieces = layoutWithSplits(groups)
        for (const a of pieces) for (const b of pieces) expect(crosses(a, b)).toBe(false)
        for (const group of groups) {
          const own = pieces.filter((p) => p.group === group).sort((a, b) => a.start - b.start)
          expect(own[0]!.start).toBe(group.start)
          expect(own.at(-1)!.end).toBe(group.end)
          own.slice(1).forEach((piece, k) => expect(piece.start).toBe(own[k]!.end))
        }
      }),
      { numRuns: 500 }
    )
  })

  it('XLIFF 2.x keeps every group whole, marker pairs exactly for the crossing ones', () => {
    const groups = groupBySpan<[number, number]>(
      [
        [0, 10],
        [5, 15],
        [2, 4],
        [2, 4],
        [20, 20]
      ],
      (s) => s
    )
    expect(groups.map((g) => [g.start, g.end, g.items.length])).toEqual([
      [0, 10, 1],
      [2, 4, 2],
      [5, 15, 1],
      [20, 20, 1]
    ])
    expect(layoutWithMarkers(groups).map((p) => p.nested)).toEqual([false, true, false, true])
  })

  it('never cuts a surrogate pair', () => {
    const text = 'a😀b'
    expect(snapSpan(text, [2, 3])).toEqual([1, 3])
    expect(snapSpan(text, [0, 2])).toEqual([0, 3])
    expect(snapSpan(text, [5, 9])).toEqual([4, 4])
  })
})
