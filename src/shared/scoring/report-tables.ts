/**
 * A score report as plain tables (header + rows of strings and numbers): the same cells go to CSV
 * here and to XLSX in the main process (src/main/services/scoring/xlsx-report.ts), so both always
 * hold the same numbers. Numbers are rounded to 4 decimals (a ratio such as the edit rate stays a
 * fraction: 0.1234 = 12.34 %); the JSON report keeps full precision.
 */
import type { SupportedLanguage } from '../i18n/resources'
import { mqmCoreCategoryOf } from './categories'
import type { ScoreReport } from './report'
import type { UnitScore } from './score'
import { severityLabel, type Translate } from './translate'

export type Cell = string | number | null

export interface Table {
  readonly header: readonly string[]
  readonly rows: readonly (readonly Cell[])[]
}

export interface ReportTables {
  /** One row per unit: total, systems, documents/articles. */
  readonly scores: Table
  /** One row per unit, category and severity with a count (long form, for pivot tables). */
  readonly categories: Table
  /** The profile's settings, the date and the word counting rule. */
  readonly profile: Table
}

export function round(value: number | null, decimals = 4): number | null {
  if (value === null || !Number.isFinite(value)) return null
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

export function reportTables(
  report: ScoreReport,
  t: Translate,
  language: SupportedLanguage = 'en'
): ReportTables {
  const units = unitsOf(report)
  const profileName = report.profile.label[language]
  const scores: Table = {
    header: [
      t('column.level'),
      t('column.system'),
      t(report.input.kind === 'calque-project' ? 'column.article' : 'column.doc'),
      t('column.profile'),
      t('column.date'),
      t('column.segments'),
      t('column.ratedSegments'),
      t('column.raters'),
      t('column.sourceWords'),
      t('column.targetWords'),
      t('column.words'),
      t('column.errors'),
      ...report.severities.map((s) => severityLabel(t, s)),
      t('column.penalty'),
      t('column.penaltyPerThousandWords'),
      t('column.errorsPerThousandWords'),
      t('column.score'),
      t('column.pass'),
      t('column.smallSample'),
      t('column.flaggedShare'),
      t('column.postEditedSegments'),
      t('column.editRate'),
      t('column.chrF')
    ],
    rows: units.map(({ level, unit }) => [
      t(`level.${level}`),
      unit.system,
      unit.doc === null ? null : unit.label,
      profileName,
      report.date,
      unit.segments,
      unit.ratedSegments,
      unit.raters,
      unit.sourceWords,
      unit.targetWords,
      unit.words,
      unit.errors,
      ...report.severities.map((s) => unit.errorsBySeverity[s] ?? 0),
      round(unit.penalty),
      round(unit.penaltyPerThousandWords),
      round(unit.errorsPerThousandWords),
      round(unit.score),
      unit.pass === null ? null : t(unit.pass ? 'verdict.pass' : 'verdict.fail'),
      unit.smallSample ? t('verdict.smallSample') : null,
      round(unit.flaggedShare),
      unit.postEdit.segments,
      round(unit.postEdit.editRate),
      round(unit.postEdit.chrF)
    ])
  }
  const categoryRows: Cell[][] = []
  for (const { level, unit } of units) {
    for (const category of report.categories) {
      const counts = unit.errorsByCategory[category]
      if (!counts) continue
      for (const severity of report.severities) {
        const count = counts[severity]
        if (!count) continue
        categoryRows.push([
          t(`level.${level}`),
          unit.system,
          unit.doc === null ? null : unit.label,
          category,
          mqmCoreCategoryOf(category),
          severityLabel(t, severity),
          count
        ])
      }
    }
  }
  const categories: Table = {
    header: [
      t('column.level'),
      t('column.system'),
      t(report.input.kind === 'calque-project' ? 'column.article' : 'column.doc'),
      t('column.category'),
      t('column.mqmCategory'),
      t('column.severity'),
      t('column.count')
    ],
    rows: categoryRows
  }
  return { scores, categories, profile: profileTable(report, t, language) }
}

type Level = 'total' | 'system' | 'doc' | 'article'

function unitsOf(report: ScoreReport): { level: Level; unit: UnitScore }[] {
  const docLevel: Level = report.input.kind === 'calque-project' ? 'article' : 'doc'
  return [
    { level: 'total', unit: report.totals },
    ...report.systems.map((unit) => ({ level: 'system' as const, unit })),
    ...report.docs.map((unit) => ({ level: docLevel, unit }))
  ]
}

/** One line per setting, in words, then the weights: what a reader needs to redo the numbers. */
export function profileSummaryLines(
  report: ScoreReport,
  t: Translate,
  language: SupportedLanguage = 'en'
): string[] {
  const p = report.profile
  const basis = t(`basis.${p.normalisation.basis}`)
  const normalisation =
    p.normalisation.kind === 'per-words'
      ? t('normalisation.per-words', { unit: p.normalisation.unit, basis })
      : t('normalisation.per-segment-mean', { basis })
  const lines = [
    t('summary.profile', {
      profile: p.label[language],
      formula: t(`formula.${p.formula}`),
      normalisation,
      direction: t(`direction.${p.direction}`)
    }),
    p.passThreshold === null
      ? t('summary.noThreshold')
      : t('summary.threshold', { threshold: p.passThreshold })
  ]
  if (p.criticalFails) lines.push(t('summary.criticalFails'))
  return lines
}

function profileTable(report: ScoreReport, t: Translate, language: SupportedLanguage): Table {
  const p = report.profile
  const rows: Cell[][] = [
    [t('column.profile'), p.id],
    [t('column.date'), report.date],
    ...profileSummaryLines(report, t, language).map((line): Cell[] => [t('column.profile'), line]),
    [t('column.wordCount'), report.wordCount],
    ...p.severities.map((s): Cell[] => [severityLabel(t, s.id), s.weight]),
    ...p.weights.map((w): Cell[] => [w.name ?? w.pattern, w.weight])
  ]
  return { header: [t('column.setting'), t('column.value')], rows }
}
