/**
 * Where every mark of the dashboard's charts goes, in SVG user units: stacked horizontal bars
 * (errors per category, split by severity), a dot per unit with the pass line (score per article or
 * system), and a line over time (the trend). Pure numbers, computed once and drawn the same way in
 * the app and in the HTML report; the charts take a `viewBox` of these sizes and scale with CSS, so
 * nothing is measured in the DOM.
 *
 * Every coordinate is a finite number whatever the data: no rows, one row, all zeros, one value.
 * Scales are d3's (through @visx/scale), so ticks land on round numbers.
 */
import { scaleLinear, scalePoint } from '@visx/scale'

export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface Tick {
  readonly value: number
  /** Position along the value axis (x for bars and dots, y for the trend). */
  readonly at: number
}

export interface BarPart {
  /** What the part counts (a severity): the chart colours it by this. */
  readonly key: string
  readonly value: number
}

export interface BarDatum {
  readonly key: string
  readonly label: string
  readonly parts: readonly BarPart[]
}

export interface BarRow {
  readonly key: string
  readonly label: string
  /** Centre line of the row. */
  readonly y: number
  /** The bar's band: top and thickness. */
  readonly barY: number
  readonly barHeight: number
  readonly total: number
  /** Where the bar ends (the total's label goes after it). */
  readonly end: number
  readonly parts: readonly (BarPart & { readonly x: number; readonly width: number })[]
}

export interface StackedBarsLayout {
  readonly width: number
  readonly height: number
  readonly plot: Box
  readonly rows: readonly BarRow[]
  readonly ticks: readonly Tick[]
}

export interface RowChartOptions {
  readonly width: number
  /** Room for the row labels on the left. */
  readonly labelWidth: number
  readonly rowHeight?: number
  /** Room above the first row and below the last (the axis). */
  readonly top?: number
  readonly bottom?: number
  /** Room after the longest bar for its total. */
  readonly right?: number
}

/** Counts as horizontal bars, one per datum, each split into its parts in the order given. */
export function stackedBarsLayout(
  data: readonly BarDatum[],
  options: RowChartOptions
): StackedBarsLayout {
  const { plot, rowHeight } = rowPlot(data.length, options)
  const totals = data.map((d) => d.parts.reduce((sum, p) => sum + Math.max(0, p.value), 0))
  const x = scaleLinear<number>({
    domain: [0, Math.max(1, ...totals)],
    range: [plot.x, plot.x + plot.width],
    nice: true
  })
  const barHeight = Math.max(4, Math.round(rowHeight * 0.64))
  const rows = data.map((datum, i): BarRow => {
    const y = plot.y + rowHeight * (i + 0.5)
    let from = 0
    const parts = datum.parts.map((part) => {
      const value = Math.max(0, part.value)
      const start = x(from)
      from += value
      return { ...part, x: start, width: x(from) - start }
    })
    return {
      key: datum.key,
      label: datum.label,
      y,
      barY: y - barHeight / 2,
      barHeight,
      total: totals[i]!,
      end: x(totals[i]!),
      parts
    }
  })
  const ticks = x
    .ticks(5)
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ value, at: x(value) }))
  return {
    width: options.width,
    height: plot.y + plot.height + (options.bottom ?? 24),
    plot,
    rows,
    ticks
  }
}

export interface ScoreDatum {
  readonly key: string
  readonly label: string
  /** null: nothing to score (no rated words); drawn as "no score". */
  readonly value: number | null
}

export interface ScoreRow {
  readonly key: string
  readonly label: string
  readonly y: number
  readonly value: number | null
  /** null when there is no score. */
  readonly x: number | null
}

export interface ScoreDotsLayout {
  readonly width: number
  readonly height: number
  readonly plot: Box
  readonly rows: readonly ScoreRow[]
  readonly ticks: readonly Tick[]
  /** The pass line, when the profile has one. */
  readonly threshold: Tick | null
  readonly domain: readonly [number, number]
}

/** One dot per unit on a shared value axis, with the pass threshold as a vertical line. */
export function scoreDotsLayout(
  data: readonly ScoreDatum[],
  options: RowChartOptions & { readonly threshold: number | null }
): ScoreDotsLayout {
  const { plot, rowHeight } = rowPlot(data.length, options)
  const values = data.map((d) => d.value)
  const domain = valueDomain(options.threshold === null ? values : [...values, options.threshold])
  const x = scaleLinear<number>({ domain: [...domain], range: [plot.x, plot.x + plot.width] })
  return {
    width: options.width,
    height: plot.y + plot.height + (options.bottom ?? 24),
    plot,
    rows: data.map((d, i) => ({
      key: d.key,
      label: d.label,
      y: plot.y + rowHeight * (i + 0.5),
      value: d.value,
      x: finite(d.value) ? x(d.value) : null
    })),
    ticks: x.ticks(5).map((value) => ({ value, at: x(value) })),
    threshold:
      options.threshold === null ? null : { value: options.threshold, at: x(options.threshold) },
    domain
  }
}

export interface TrendDatum {
  readonly key: string
  /** What the x axis says (a day). */
  readonly label: string
  readonly value: number | null
}

export interface TrendPointLayout {
  readonly key: string
  readonly label: string
  readonly value: number | null
  readonly x: number
  readonly y: number | null
}

export interface TrendLayout {
  readonly width: number
  readonly height: number
  readonly plot: Box
  readonly points: readonly TrendPointLayout[]
  /** Runs of consecutive points with a value, each drawn as one line. */
  readonly lines: readonly (readonly { readonly x: number; readonly y: number }[])[]
  readonly ticks: readonly Tick[]
  /** The x labels to draw: all of them, or every n-th when they would crowd. */
  readonly labels: readonly TrendPointLayout[]
  readonly threshold: Tick | null
}

export interface TrendOptions {
  readonly width: number
  readonly height: number
  readonly left?: number
  readonly right?: number
  readonly top?: number
  readonly bottom?: number
  readonly threshold: number | null
  /** At most this many x labels. */
  readonly maxLabels?: number
}

/** A value over time: points evenly spaced in time order, y on a value axis, the pass line. */
export function trendLayout(data: readonly TrendDatum[], options: TrendOptions): TrendLayout {
  const left = options.left ?? 44
  const right = options.right ?? 16
  const top = options.top ?? 12
  const bottom = options.bottom ?? 28
  const plot: Box = {
    x: left,
    y: top,
    width: Math.max(1, options.width - left - right),
    height: Math.max(1, options.height - top - bottom)
  }
  const x = scalePoint<string>({
    domain: data.map((d) => d.key),
    range: [plot.x, plot.x + plot.width],
    padding: 0.5
  })
  const values = data.map((d) => d.value)
  const domain = valueDomain(options.threshold === null ? values : [...values, options.threshold])
  const y = scaleLinear<number>({ domain: [...domain], range: [plot.y + plot.height, plot.y] })
  const points = data.map((d): TrendPointLayout => ({
    key: d.key,
    label: d.label,
    value: d.value,
    // A lone point sits in the middle (scalePoint gives it the centre with padding).
    x: x(d.key) ?? plot.x + plot.width / 2,
    y: finite(d.value) ? y(d.value) : null
  }))
  const lines: { x: number; y: number }[][] = []
  let run: { x: number; y: number }[] = []
  for (const p of points) {
    if (p.y === null) {
      if (run.length) lines.push(run)
      run = []
    } else run.push({ x: p.x, y: p.y })
  }
  if (run.length) lines.push(run)
  const maxLabels = Math.max(1, options.maxLabels ?? 8)
  const every = Math.ceil(points.length / maxLabels)
  return {
    width: options.width,
    height: options.height,
    plot,
    points,
    lines,
    ticks: y.ticks(4).map((value) => ({ value, at: y(value) })),
    labels: points.filter((_, i) => i % every === 0 || i === points.length - 1),
    threshold:
      options.threshold === null ? null : { value: options.threshold, at: y(options.threshold) }
  }
}

/**
 * The value axis for scores: the values' range with a margin, on round numbers. One value (or all
 * equal) gets a range around it; no value gets 0–100. Never below zero when every value is at or
 * above zero, never above 100 when every value is at or below 100 and at least 0 (a quality score).
 */
export function valueDomain(values: readonly (number | null)[]): readonly [number, number] {
  const known = values.filter(finite)
  if (known.length === 0) return [0, 100]
  let lo = Math.min(...known)
  let hi = Math.max(...known)
  const percent = lo >= 0 && hi <= 100
  const pad = hi === lo ? Math.max(1, Math.abs(hi) * 0.05) : (hi - lo) * 0.1
  const floor = lo >= 0
  lo -= pad
  hi += pad
  if (floor) lo = Math.max(0, lo)
  if (percent) hi = Math.min(100, hi)
  const [a, b] = scaleLinear<number>({ domain: [lo, hi], nice: true }).domain()
  return [floor ? Math.max(0, a!) : a!, percent ? Math.min(100, b!) : b!]
}

function rowPlot(count: number, options: RowChartOptions): { plot: Box; rowHeight: number } {
  const rowHeight = options.rowHeight ?? 24
  const top = options.top ?? 8
  const right = options.right ?? 40
  const plot: Box = {
    x: options.labelWidth,
    y: top,
    width: Math.max(1, options.width - options.labelWidth - right),
    // An empty chart keeps one row's height, so it still has a frame and an axis.
    height: rowHeight * Math.max(1, count)
  }
  return { plot, rowHeight }
}

function finite(value: number | null): value is number {
  return value !== null && Number.isFinite(value)
}

/** A label cut to `max` characters with "…", so a long article name cannot push a chart apart. */
export function shortLabel(label: string, max: number): string {
  const chars = Array.from(label)
  return chars.length <= max ? label : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`
}
