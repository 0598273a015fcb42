import { describe, expect, it } from 'vitest'
import { MQM_CORE_PROFILE, scoreInput, scoringInputFromArticles } from '@shared/scoring'
import type { TrendPoint } from '@shared/scoring/trend'
import { trendWithCurrent } from '@shared/report/trend-series'
import { sampleArticle } from '../scoring/sample-article'
import { FLAGS } from './tracker-fixtures'

const totals = (flags = FLAGS) =>
  scoreInput(scoringInputFromArticles([sampleArticle(flags)]), MQM_CORE_PROFILE).totals
const point = (period: string, flags = FLAGS): TrendPoint => ({
  period,
  at: `${period}T12:00:00.000Z`,
  totals: totals(flags)
})

describe('trend with the state on screen', () => {
  const now = '2026-11-29T15:00:00.000Z'
  const current = totals([])

  it('replaces the log’s point for today with the current figures', () => {
    const series = trendWithCurrent([point('2026-11-28'), point('2026-11-29')], current, now)
    expect(series.map((p) => p.period)).toEqual(['2026-11-28', '2026-11-29'])
    expect(series[1]!.totals).toBe(current)
    expect(series[1]!.at).toBe(now)
  })

  it('adds today after earlier days, and is today alone for a project without a log', () => {
    expect(trendWithCurrent([point('2026-11-27')], current, now).map((p) => p.period)).toEqual([
      '2026-11-27',
      '2026-11-29'
    ])
    expect(trendWithCurrent([], current, now)).toEqual([
      { period: '2026-11-29', at: now, totals: current }
    ])
  })

  it('keeps days from a clock ahead of this one after today', () => {
    expect(
      trendWithCurrent([point('2026-11-27'), point('2026-12-01')], current, now).map(
        (p) => p.period
      )
    ).toEqual(['2026-11-27', '2026-11-29', '2026-12-01'])
  })
})
