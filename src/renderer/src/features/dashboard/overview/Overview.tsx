import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { profileSummaryLines } from '@shared/scoring/report-tables'
import { scoringTranslator } from '@shared/scoring/translate'
import { ScoreFigures } from '../charts/ScoreFigures'
import type { DashboardData } from '../use-dashboard-data'
import { useDashboardLabels } from '../use-dashboard-labels'
import { ScoreTable } from './ScoreTable'
import { SummaryTiles } from './SummaryTiles'
import { DASHBOARD_NS } from '../dashboard-i18n'

interface OverviewProps {
  readonly data: DashboardData
}

/** Scores and charts: the tiles, the charts, then the numbers per article (or system and document). */
export function Overview({ data }: OverviewProps): React.JSX.Element {
  const { t } = useTranslation(DASHBOARD_NS)
  const labels = useDashboardLabels()
  const { report } = data
  const project = report.input.kind === 'calque-project'
  const systems = [...new Set(report.docs.map((d) => d.system ?? ''))]
  const [system, setSystem] = useState('')
  const docs = system === '' ? report.docs : report.docs.filter((d) => d.system === system)
  return (
    <div className="overview">
      <p className="overview__profile">
        {profileSummaryLines(report, scoringTranslator(labels.language), labels.language).join(
          ' · '
        )}
      </p>
      {report.totals.ratedSegments === 0 && (
        <p className="overview__note" role="status">
          {t('scoring:summary.empty')}
        </p>
      )}
      {report.totals.unknownSeverities.length > 0 && (
        <p className="overview__note">
          {t('scoring:summary.unknownSeverities', {
            list: report.totals.unknownSeverities.join(', ')
          })}
        </p>
      )}
      <SummaryTiles
        report={report}
        items={data.items}
        editedRows={data.editedRows}
        labels={labels}
        t={t}
      />
      <ScoreFigures report={report} trend={data.trend} labels={labels} t={t} />
      {project ? (
        <ScoreTable
          caption={t('dashboard:tables.articles')}
          unitHeader={t('scoring:column.article')}
          units={report.docs}
          total={report.totals}
          labels={labels}
          t={t}
        />
      ) : (
        <>
          <ScoreTable
            caption={t('dashboard:tables.systems')}
            unitHeader={t('scoring:column.system')}
            units={report.systems}
            total={report.totals}
            labels={labels}
            t={t}
          />
          <label className="overview__system">
            <span>{t('dashboard:tables.docsOf')}</span>
            <select value={system} onChange={(e) => setSystem(e.target.value)}>
              <option value="">{t('dashboard:tables.allSystems')}</option>
              {systems.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <ScoreTable
            caption={t('dashboard:tables.docs')}
            unitHeader={t('scoring:column.doc')}
            units={docs}
            total={null}
            labels={labels}
            t={t}
            withSystem
          />
        </>
      )}
    </div>
  )
}
