/**
 * The trend the dashboard draws: the project's score at the end of each day its logs cover
 * (`scoreTrend` over the records an article was opened with), with today's point taken from the
 * state on screen — so a flag resolved a moment ago already moves the line, although its log record
 * arrived after the article was opened.
 */
import type { UnitScore } from '../scoring/score'
import { utcDay, type TrendPoint } from '../scoring/trend'

export function trendWithCurrent(
  points: readonly TrendPoint[],
  current: UnitScore,
  now: string
): TrendPoint[] {
  const period = utcDay(now)
  const today: TrendPoint = { period, at: now, totals: current }
  const last = points[points.length - 1]
  if (last && last.period === period) return [...points.slice(0, -1), today]
  // Logs written "in the future" (another machine's clock) stay as they are, before today's point.
  return [
    ...points.filter((p) => p.period < period),
    today,
    ...points.filter((p) => p.period > period)
  ]
}
