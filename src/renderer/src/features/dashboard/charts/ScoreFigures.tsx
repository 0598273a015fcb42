import type { DashboardT } from '../dashboard-i18n'
import {
  categoryBars,
  comparedUnits,
  severityBars,
  trendData,
  unitScores
} from '@shared/report/chart-data'
import {
  scoreDotsLayout,
  stackedBarsLayout,
  trendLayout,
  type BarDatum
} from '@shared/report/chart-geometry'
import type { ScoreReport } from '@shared/scoring/report'
import type { TrendPoint } from '@shared/scoring/trend'
import type { DashboardLabels } from '../use-dashboard-labels'
import { BarChart } from './BarChart'
import { severityClass } from './ChartSvg'
import { ScoreChart } from './ScoreChart'
import { TrendChart } from './TrendChart'

interface ScoreFiguresProps {
  readonly report: ScoreReport
  /** The project's score by day; null for an evaluation. */
  readonly trend: readonly TrendPoint[] | null
  readonly labels: DashboardLabels
  readonly t: DashboardT
}

const WIDTH = 520
const LABEL_WIDTH = 200
const LABEL_CHARS = 26

/**
 * The dashboard's charts: errors per category and per severity, the score of each article (or
 * system) against the pass line, and the trend. Props only (no hooks): the HTML report renders the
 * very same components to a string.
 */
export function ScoreFigures({ report, trend, labels, t }: ScoreFiguresProps): React.JSX.Element {
  const categories = categoryBars(report, {
    max: 10,
    label: labels.categoryShort,
    otherLabel: (count) => t('dashboard:charts.otherCategories', { count })
  })
  const severities = severityBars(report, labels.severity)
  const units = comparedUnits(report)
  const scores = unitScores(units)
  const profile = report.profile
  const thresholdLabel =
    profile.passThreshold === null
      ? null
      : t(
          profile.direction === 'higher-better'
            ? 'dashboard:charts.passAtLeast'
            : 'dashboard:charts.passAtMost',
          {
            threshold: labels.number(profile.passThreshold)
          }
        )
  const direction = t(`scoring:direction.${profile.direction}`)
  const format = (v: number): string => labels.number(v)
  const count = (v: number): string => labels.integer(v)
  const describeBars = (bars: readonly BarDatum[]): string =>
    bars
      .map(
        (b) =>
          `${b.label}: ${b.parts.map((p) => `${count(p.value)} ${labels.severity(p.key)}`).join(', ')}`
      )
      .join('; ')
  const trendPoints = trend ? trendData(trend, labels.day) : []
  const unitKind = report.input.kind === 'calque-project' ? 'articles' : 'systems'

  return (
    <div className="figures">
      <figure className="figure">
        <figcaption>{t('dashboard:charts.categories')}</figcaption>
        {categories.length === 0 ? (
          <p className="figure__empty">{t('dashboard:charts.noErrors')}</p>
        ) : (
          <>
            <BarChart
              layout={stackedBarsLayout(categories, { width: WIDTH, labelWidth: LABEL_WIDTH })}
              title={t('dashboard:charts.categories')}
              description={describeBars(categories)}
              format={count}
              labelChars={LABEL_CHARS}
            />
            <SeverityLegend
              severities={report.severities.filter((s) => report.totals.errorsBySeverity[s])}
              labels={labels}
              t={t}
            />
          </>
        )}
      </figure>
      <figure className="figure">
        <figcaption>{t('dashboard:charts.severities')}</figcaption>
        {severities.length === 0 ? (
          <p className="figure__empty">{t('dashboard:charts.noErrors')}</p>
        ) : (
          <BarChart
            layout={stackedBarsLayout(severities, { width: WIDTH, labelWidth: 110 })}
            title={t('dashboard:charts.severities')}
            description={describeBars(severities)}
            format={count}
            labelChars={LABEL_CHARS}
          />
        )}
      </figure>
      <figure className="figure">
        <figcaption>
          {t(`dashboard:charts.${unitKind}`)} <span className="figure__note">({direction})</span>
        </figcaption>
        {scores.length === 0 ? (
          <p className="figure__empty">{t('dashboard:charts.noUnits')}</p>
        ) : (
          <ScoreChart
            layout={scoreDotsLayout(scores, {
              width: WIDTH,
              labelWidth: LABEL_WIDTH,
              threshold: profile.passThreshold
            })}
            title={t(`dashboard:charts.${unitKind}`)}
            description={scores.map((s) => `${s.label}: ${labels.number(s.value)}`).join('; ')}
            format={format}
            verdicts={new Map(units.map((u) => [u.key, u.pass]))}
            thresholdLabel={thresholdLabel}
            noScore={t('dashboard:charts.noScore')}
            labelChars={LABEL_CHARS}
          />
        )}
      </figure>
      {trend && (
        <figure className="figure">
          <figcaption>
            {t('dashboard:charts.trend')} <span className="figure__note">({direction})</span>
          </figcaption>
          <TrendChart
            layout={trendLayout(trendPoints, {
              width: WIDTH,
              height: 200,
              threshold: profile.passThreshold
            })}
            title={t('dashboard:charts.trend')}
            description={trendPoints.map((p) => `${p.label}: ${labels.number(p.value)}`).join('; ')}
            format={format}
            thresholdLabel={thresholdLabel}
          />
          {trendPoints.length === 1 && (
            <p className="figure__note">{t('dashboard:charts.oneDay')}</p>
          )}
        </figure>
      )}
    </div>
  )
}

interface SeverityLegendProps {
  readonly severities: readonly string[]
  readonly labels: DashboardLabels
  readonly t: DashboardT
}

function SeverityLegend({ severities, labels, t }: SeverityLegendProps): React.JSX.Element {
  return (
    <ul className="chart-legend" aria-label={t('dashboard:charts.legend')}>
      {severities.map((s) => (
        <li key={s}>
          <span
            className={`chart-legend__swatch chart-legend__swatch--${severityClass(s)}`}
            aria-hidden="true"
          />
          {labels.severity(s)}
        </li>
      ))}
    </ul>
  )
}
