/**
 * A score report as the data of the dashboard's charts: errors per category split by severity (the
 * most frequent categories, the rest in one "other" row), errors per severity, the score of each
 * article (or system), and the score over time. Labels come from the caller (the UI language).
 */
import type { ScoreReport } from '../scoring/report'
import type { UnitScore } from '../scoring/score'
import type { TrendPoint } from '../scoring/trend'
import type { BarDatum, ScoreDatum, TrendDatum } from './chart-geometry'

/** The key of the row that sums the categories left out. */
export const OTHER_CATEGORIES = '__other__'

export interface CategoryBarsOptions {
  /** At most this many rows; beyond it the least frequent categories share one row. */
  readonly max: number
  readonly label: (category: string) => string
  readonly otherLabel: (count: number) => string
}

/** Severities with a count, in the report's order (the profile's, then others the data has). */
export function severityParts(
  report: Pick<ScoreReport, 'severities'>,
  counts: Readonly<Record<string, number>>
): { key: string; value: number }[] {
  return report.severities
    .map((key) => ({ key, value: counts[key] ?? 0 }))
    .filter((p) => p.value > 0)
}

export function categoryBars(
  report: Pick<ScoreReport, 'categories' | 'severities' | 'totals'>,
  options: CategoryBarsOptions
): BarDatum[] {
  const { errorsByCategory } = report.totals
  const categories = report.categories.filter((c) => errorsByCategory[c])
  const room = Math.max(1, options.max)
  const shown = categories.length > room ? categories.slice(0, room - 1) : categories
  const rest = categories.slice(shown.length)
  const rows: BarDatum[] = shown.map((category) => ({
    key: category,
    label: options.label(category),
    parts: severityParts(report, errorsByCategory[category]!)
  }))
  if (rest.length > 0) {
    const counts: Record<string, number> = {}
    for (const category of rest)
      for (const [severity, n] of Object.entries(errorsByCategory[category]!))
        counts[severity] = (counts[severity] ?? 0) + n
    rows.push({
      key: OTHER_CATEGORIES,
      label: options.otherLabel(rest.length),
      parts: severityParts(report, counts)
    })
  }
  return rows
}

/** One row per severity the data has (Neutral included: it is an annotation, if not an error). */
export function severityBars(
  report: Pick<ScoreReport, 'severities' | 'totals'>,
  label: (severity: string) => string
): BarDatum[] {
  return severityParts(report, report.totals.errorsBySeverity).map((part) => ({
    key: part.key,
    label: label(part.key),
    parts: [part]
  }))
}

/** The units compared side by side: the articles of a project, the systems of an evaluation. */
export function comparedUnits(
  report: Pick<ScoreReport, 'input' | 'systems' | 'docs'>
): readonly UnitScore[] {
  return report.input.kind === 'calque-project' || report.systems.length === 0
    ? report.docs
    : report.systems
}

export function unitScores(units: readonly UnitScore[]): ScoreDatum[] {
  return units.map((unit) => ({ key: unit.key, label: unit.label, value: unit.score }))
}

export function trendData(
  points: readonly TrendPoint[],
  label: (period: string) => string
): TrendDatum[] {
  return points.map((p) => ({ key: p.period, label: label(p.period), value: p.totals.score }))
}
