import type { DashboardT } from '../dashboard-i18n'
import type { TrackerItem } from '@shared/report/tracker-items'
import { profileSummaryLines } from '@shared/scoring/report-tables'
import type { ScoreReport } from '@shared/scoring/report'
import type { TrendPoint } from '@shared/scoring/trend'
import { scoringTranslator } from '@shared/scoring/translate'
import { ScoreFigures } from '../charts/ScoreFigures'
import { ScoreTable } from '../overview/ScoreTable'
import { SummaryTiles } from '../overview/SummaryTiles'
import type { DashboardLabels } from '../use-dashboard-labels'
import { CategoryTable } from './CategoryTable'
import { FlagTable } from './FlagTable'

export interface ReportDocumentProps {
  readonly report: ScoreReport
  readonly trend: readonly TrendPoint[] | null
  readonly items: readonly TrackerItem[]
  readonly editedRows: number | null
  readonly labels: DashboardLabels
  readonly t: DashboardT
}

/** At most this many flags are listed in a report (an evaluation can have thousands). */
export const REPORT_FLAG_LIMIT = 500

/**
 * The LQA report's body: what was scored, under which profile, when and over how many words; the
 * figures, the charts and the tables of the dashboard; the errors by category; the flags. Built from
 * the dashboard's own components, rendered to static markup (report-html.ts).
 */
export function ReportDocument({
  report,
  trend,
  items,
  editedRows,
  labels,
  t
}: ReportDocumentProps): React.JSX.Element {
  const project = report.input.kind === 'calque-project'
  const total = report.totals
  return (
    <main className="report">
      <header className="report__header">
        <p className="report__kind">{t('dashboard:report.kind')}</p>
        <h1>{report.input.name || t('dashboard:report.untitled')}</h1>
        <dl className="report__facts">
          <div>
            <dt>{t('dashboard:report.date')}</dt>
            <dd>
              <time dateTime={report.date}>{labels.longDate(report.date)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('dashboard:report.profile')}</dt>
            <dd>
              {profileSummaryLines(report, scoringTranslator(labels.language), labels.language).map(
                (line) => (
                  <span key={line} className="report__line">
                    {line}
                  </span>
                )
              )}
            </dd>
          </div>
          <div>
            <dt>{t('dashboard:report.words')}</dt>
            <dd>
              {t('dashboard:report.wordCounts', {
                source: labels.integer(total.sourceWords),
                target: labels.integer(total.targetWords),
                scored: labels.integer(total.words),
                basis: t(`scoring:basis.${report.profile.normalisation.basis}`)
              })}
              <span className="report__line report__muted">
                {t('dashboard:report.wordRule', { rule: report.wordCount })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('dashboard:report.scope')}</dt>
            <dd>
              {t(project ? 'dashboard:report.scopeProject' : 'dashboard:report.scopeEvaluation', {
                count: project ? report.docs.length : report.systems.length,
                formatted: labels.integer(project ? report.docs.length : report.systems.length),
                segments: labels.integer(report.input.segments),
                rated: labels.integer(total.ratedSegments)
              })}
            </dd>
          </div>
        </dl>
      </header>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">{t('dashboard:report.summary')}</h2>
        {total.ratedSegments === 0 && <p>{t('scoring:summary.empty')}</p>}
        <SummaryTiles report={report} items={items} editedRows={editedRows} labels={labels} t={t} />
      </section>
      <section aria-labelledby="report-charts" className="report__charts">
        <h2 id="report-charts">{t('dashboard:report.charts')}</h2>
        <ScoreFigures report={report} trend={trend} labels={labels} t={t} />
      </section>
      <section aria-labelledby="report-scores">
        <h2 id="report-scores">{t('dashboard:report.scores')}</h2>
        {project ? (
          <ScoreTable
            caption={t('dashboard:tables.articles')}
            unitHeader={t('scoring:column.article')}
            units={report.docs}
            total={total}
            labels={labels}
            t={t}
          />
        ) : (
          <>
            <ScoreTable
              caption={t('dashboard:tables.systems')}
              unitHeader={t('scoring:column.system')}
              units={report.systems}
              total={total}
              labels={labels}
              t={t}
            />
            <ScoreTable
              caption={t('dashboard:tables.docs')}
              unitHeader={t('scoring:column.doc')}
              units={report.docs}
              total={null}
              labels={labels}
              t={t}
              withSystem
            />
          </>
        )}
        <CategoryTable report={report} labels={labels} t={t} />
      </section>
      <section aria-labelledby="report-flags">
        <h2 id="report-flags">
          {t(project ? 'dashboard:report.flags' : 'dashboard:report.annotations')}
        </h2>
        <FlagTable
          items={items}
          limit={REPORT_FLAG_LIMIT}
          project={project}
          labels={labels}
          t={t}
        />
      </section>
      <footer className="report__footer">
        {t('dashboard:report.footer', { date: labels.longDate(report.date) })}
      </footer>
    </main>
  )
}
