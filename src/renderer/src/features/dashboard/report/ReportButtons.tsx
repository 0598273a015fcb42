import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { reportFileName } from '@shared/report/file-name'
import { scoreReportCsv, scoreReportJson } from '@shared/scoring/report-writers'
import { useApi } from '../../../app/api-context'
import { useActions } from '../../../store/use-store'
import { toCalqueError } from '../../../components/useDescribeError'
import type { DashboardData } from '../use-dashboard-data'
import { useDashboardLabels } from '../use-dashboard-labels'
import { DASHBOARD_NS } from '../dashboard-i18n'

const FORMATS = ['html', 'csv', 'xlsx', 'json'] as const
type ReportFormat = (typeof FORMATS)[number]

interface ReportButtonsProps {
  readonly data: DashboardData
}

/** Save the report: HTML (with its charts), or the same numbers as CSV, XLSX or JSON. */
export function ReportButtons({ data }: ReportButtonsProps): React.JSX.Element {
  const { t } = useTranslation(DASHBOARD_NS)
  const labels = useDashboardLabels()
  const api = useApi()
  const actions = useActions()
  const [busy, setBusy] = useState(false)

  const save = async (format: ReportFormat): Promise<void> => {
    const { report } = data
    const name = reportFileName(t('dashboard:report.fileName'), data.name, report.date)
    const content =
      format === 'html'
        ? // The static renderer is loaded only when a report is made (it is not needed to show the app).
          (await import('./report-html')).reportHtml(
            {
              report,
              trend: data.trend,
              items: data.items,
              editedRows: data.editedRows,
              labels,
              t
            },
            `${t('dashboard:report.kind')} · ${data.name}`
          )
        : format === 'csv'
          ? scoreReportCsv(report, { language: labels.language })
          : scoreReportJson(report)
    setBusy(true)
    try {
      const result = await api.saveReport({ format, content, suggestedName: name })
      if (!result.ok) actions.report(result.error)
      else if (result.value)
        actions.notify(t('dashboard:report.saved', { path: result.value.path }))
    } catch (thrown) {
      actions.report(toCalqueError(thrown))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="report-buttons" role="group" aria-label={t('dashboard:report.save')}>
      <span className="report-buttons__label">{t('dashboard:report.save')}</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void save(format)}
        >
          {t(`dashboard:report.format.${format}`)}
        </button>
      ))}
    </div>
  )
}
