import { describe, expect, it } from 'vitest'
import {
  scoreDotsLayout,
  shortLabel,
  stackedBarsLayout,
  trendLayout,
  valueDomain
} from '@shared/report/chart-geometry'

/** Every number anywhere in a layout is finite (no NaN or Infinity can reach an SVG attribute). */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(allFinite)
  if (value && typeof value === 'object') return Object.values(value).every(allFinite)
  return true
}

const bars = [
  {
    key: 'terminology',
    label: 'Terminology',
    parts: [
      { key: 'minor', value: 2 },
      { key: 'major', value: 1 }
    ]
  },
  { key: 'style', label: 'Style', parts: [{ key: 'major', value: 4 }] }
]

describe('stacked bars', () => {
  const layout = stackedBarsLayout(bars, {
    width: 400,
    labelWidth: 120,
    rowHeight: 20,
    top: 10,
    right: 30
  })

  it('stacks each row left to right in the order of its parts, on a shared scale', () => {
    const [terms, style] = layout.rows
    expect(terms!.parts[0]!.x).toBe(120)
    expect(terms!.parts[1]!.x).toBeCloseTo(terms!.parts[0]!.x + terms!.parts[0]!.width)
    expect(terms!.end).toBeCloseTo(terms!.parts[1]!.x + terms!.parts[1]!.width)
    // 3 errors against 4: the bar lengths keep the ratio.
    expect((terms!.end - 120) / (style!.end - 120)).toBeCloseTo(3 / 4)
    expect(style!.end).toBe(370) // the longest bar reaches the end of the plot (a round maximum)
    expect([terms!.total, style!.total]).toEqual([3, 4])
  })

  it('puts rows one below the other and the axis on whole numbers', () => {
    expect(layout.rows.map((r) => r.y)).toEqual([20, 40])
    expect(layout.height).toBe(10 + 40 + 24)
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4])
    expect(layout.ticks[0]!.at).toBe(120)
  })

  it('draws an empty chart, a zero row and a single row with finite numbers only', () => {
    const empty = stackedBarsLayout([], { width: 300, labelWidth: 100 })
    expect(empty.rows).toEqual([])
    expect(empty.ticks.length).toBeGreaterThan(0)
    expect(empty.plot.height).toBeGreaterThan(0)
    const zero = stackedBarsLayout(
      [{ key: 'a', label: 'A', parts: [{ key: 'minor', value: 0 }] }],
      {
        width: 300,
        labelWidth: 100
      }
    )
    expect(zero.rows[0]!.parts[0]!.width).toBe(0)
    const narrow = stackedBarsLayout(bars, { width: 50, labelWidth: 120 })
    for (const layoutOf of [empty, zero, narrow]) expect(allFinite(layoutOf)).toBe(true)
    expect(narrow.plot.width).toBeGreaterThan(0)
  })
})

describe('score dots', () => {
  it('places each unit on a round axis around the scores and the pass line', () => {
    const layout = scoreDotsLayout(
      [
        { key: 'a', label: 'Article A', value: 97.5 },
        { key: 'b', label: 'Article B', value: 99.6 },
        { key: 'c', label: 'Article C', value: null }
      ],
      { width: 500, labelWidth: 150, threshold: 99 }
    )
    const [lo, hi] = layout.domain
    expect(lo).toBeLessThan(97.5)
    expect(hi).toBeGreaterThan(99.6)
    expect(hi).toBeLessThanOrEqual(100) // a quality score never shows above 100
    const [a, b, c] = layout.rows
    expect(a!.x!).toBeLessThan(layout.threshold!.at)
    expect(b!.x!).toBeGreaterThan(layout.threshold!.at)
    expect(c!.x).toBeNull()
    expect(allFinite(layout)).toBe(true)
  })

  it('copes with no units, one unit, no threshold and equal scores', () => {
    for (const data of [
      [],
      [{ key: 'x', label: 'X', value: 100 }],
      [{ key: 'y', label: 'Y', value: null }]
    ]) {
      const layout = scoreDotsLayout(data, { width: 400, labelWidth: 100, threshold: null })
      expect(allFinite(layout)).toBe(true)
      expect(layout.domain[0]).toBeLessThan(layout.domain[1])
    }
  })
})

describe('value domain', () => {
  it('pads the range, stays on round numbers, and respects 0 and 100', () => {
    expect(valueDomain([])).toEqual([0, 100])
    expect(valueDomain([100, 100])).toEqual([95, 100])
    expect(valueDomain([0.91, 2.14])).toEqual([0.6, 2.4]) // 10 % margin, then steps of 0.2
    expect(valueDomain([0])).toEqual([0, 1])
    const [lo, hi] = valueDomain([-40, 12])
    expect(lo).toBeLessThan(-40)
    expect(hi).toBeGreaterThan(12)
    expect(valueDomain([null, Number.NaN, 5])).toEqual([4, 6]) // one value: at least ±1 around it
  })
})

describe('trend', () => {
  const options = { width: 400, height: 160, threshold: 99 }

  it('spaces the days evenly, higher values higher, and breaks the line at a day without a score', () => {
    const layout = trendLayout(
      [
        { key: '2026-11-26', label: '26 Nov', value: 99.5 },
        { key: '2026-11-27', label: '27 Nov', value: 98.1 },
        { key: '2026-11-28', label: '28 Nov', value: null },
        { key: '2026-11-29', label: '29 Nov', value: 98.9 }
      ],
      options
    )
    const xs = layout.points.map((p) => p.x)
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[3]! - xs[2]!)
    expect(layout.points[0]!.y!).toBeLessThan(layout.points[1]!.y!)
    expect(layout.lines.map((l) => l.length)).toEqual([2, 1])
    expect(layout.threshold!.at).toBeGreaterThan(layout.points[0]!.y!)
    expect(allFinite(layout)).toBe(true)
  })

  it('puts a single day in the middle, and thins crowded labels but keeps the last', () => {
    const one = trendLayout([{ key: 'd', label: 'today', value: 100 }], options)
    expect(one.points[0]!.x).toBeCloseTo(one.plot.x + one.plot.width / 2)
    expect(allFinite(one)).toBe(true)
    const days = Array.from({ length: 30 }, (_, i) => ({
      key: `d${i}`,
      label: `${i}`,
      value: 90 + (i % 7)
    }))
    const many = trendLayout(days, { ...options, maxLabels: 6 })
    expect(many.labels.length).toBeLessThanOrEqual(7)
    expect(many.labels[many.labels.length - 1]!.key).toBe('d29')
    expect(allFinite(trendLayout([], options))).toBe(true)
  })
})

describe('short labels', () => {
  it('cuts long names with an ellipsis, counting letters not UTF-16 units', () => {
    expect(shortLabel('USA and Belarus ready to restore relations', 12)).toBe('USA and Bel…')
    expect(shortLabel('Беларусь', 12)).toBe('Беларусь')
    expect(Array.from(shortLabel('😀😀😀😀', 3))).toHaveLength(3)
  })
})
