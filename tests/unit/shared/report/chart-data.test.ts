import { describe, expect, it } from 'vitest'
import { MQM_CORE_PROFILE, buildScoreReport, scoringInputFromArticles } from '@shared/scoring'
import {
  OTHER_CATEGORIES,
  categoryBars,
  comparedUnits,
  severityBars,
  trendData,
  unitScores
} from '@shared/report/chart-data'
import { sampleProjectArticles } from './tracker-fixtures'

const report = buildScoreReport(
  scoringInputFromArticles(sampleProjectArticles(), { name: 'Sample project' }),
  MQM_CORE_PROFILE,
  '2026-11-29T15:00:00.000Z'
)
const label = (category: string) => category.toUpperCase()
const otherLabel = (n: number) => `${n} more`

describe('chart data from a score report', () => {
  it('has a bar per counted category, most frequent first, split by severity', () => {
    // The rejected flag does not count; the resolved one does.
    expect(categoryBars(report, { max: 10, label, otherLabel })).toEqual([
      {
        key: 'terminology/inconsistent-use',
        label: 'TERMINOLOGY/INCONSISTENT-USE',
        parts: [{ key: 'minor', value: 2 }]
      },
      {
        key: 'linguistic-conventions/punctuation',
        label: 'LINGUISTIC-CONVENTIONS/PUNCTUATION',
        parts: [{ key: 'minor', value: 1 }]
      },
      { key: 'style/unidiomatic', label: 'STYLE/UNIDIOMATIC', parts: [{ key: 'major', value: 1 }] }
    ])
  })

  it('folds the least frequent categories into one row when there are too many', () => {
    const bars = categoryBars(report, { max: 2, label, otherLabel })
    expect(bars.map((b) => b.key)).toEqual(['terminology/inconsistent-use', OTHER_CATEGORIES])
    expect(bars[1]).toEqual({
      key: OTHER_CATEGORIES,
      label: '2 more',
      parts: [
        { key: 'minor', value: 1 },
        { key: 'major', value: 1 }
      ]
    })
  })

  it('counts severities in the profile’s order and compares articles', () => {
    expect(severityBars(report, (s) => s).map((b) => [b.key, b.parts[0]!.value])).toEqual([
      ['minor', 3],
      ['major', 1]
    ])
    const units = comparedUnits(report)
    expect(units.map((u) => u.label)).toEqual([
      'USA and Belarus ready to restore relations at the level of ambassadors',
      'Belarus, part two'
    ])
    const scores = unitScores(units)
    expect(scores[0]!.value).toBeLessThan(scores[1]!.value!)
  })

  it('has no bars for a project without flags, and a point per day for the trend', () => {
    const clean = buildScoreReport(scoringInputFromArticles([]), MQM_CORE_PROFILE, '2026-11-29')
    expect(categoryBars(clean, { max: 5, label, otherLabel })).toEqual([])
    expect(severityBars(clean, label)).toEqual([])
    expect(unitScores(comparedUnits(clean))).toEqual([])
    expect(
      trendData(
        [{ period: '2026-11-29', at: '2026-11-29T10:00:00Z', totals: report.totals }],
        (d) => d.slice(5)
      )
    ).toEqual([{ key: '2026-11-29', label: '11-29', value: report.totals.score }])
  })
})
