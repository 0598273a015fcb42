import type { DashboardT } from '../dashboard-i18n'
import type { ScoreReport } from '@shared/scoring/report'
import type { DashboardLabels } from '../use-dashboard-labels'

interface CategoryTableProps {
  readonly report: ScoreReport
  readonly labels: DashboardLabels
  readonly t: DashboardT
}

/** Errors per category and severity over everything scored (the numbers behind the bar chart). */
export function CategoryTable({ report, labels, t }: CategoryTableProps): React.JSX.Element | null {
  const counts = report.totals.errorsByCategory
  const categories = report.categories.filter((c) => counts[c])
  if (categories.length === 0) return null
  const severities = report.severities.filter((s) => report.totals.errorsBySeverity[s])
  return (
    <table className="score-table">
      <caption>{t('dashboard:tables.categories')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scoring:column.category')}</th>
          {severities.map((s) => (
            <th key={s} scope="col" className="num">
              {labels.severity(s)}
            </th>
          ))}
          <th scope="col" className="num">
            {t('dashboard:tables.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {categories.map((category) => {
          const row = counts[category]!
          return (
            <tr key={category}>
              <th scope="row">{labels.category(category)}</th>
              {severities.map((s) => (
                <td key={s} className="num">
                  {labels.integer(row[s] ?? 0)}
                </td>
              ))}
              <td className="num">
                {labels.integer(Object.values(row).reduce((a, b) => a + b, 0))}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
