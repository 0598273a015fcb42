import type { DashboardT } from '../dashboard-i18n'
import type { TrackerItem } from '@shared/report/tracker-items'
import type { DashboardLabels } from '../use-dashboard-labels'

interface FlagTableProps {
  readonly items: readonly TrackerItem[]
  readonly limit: number
  readonly project: boolean
  readonly labels: DashboardLabels
  readonly t: DashboardT
}

/** The flags of the report, each with its words in context (the first `limit` of them). */
export function FlagTable({ items, limit, project, labels, t }: FlagTableProps): React.JSX.Element {
  if (items.length === 0)
    return <p>{t(project ? 'dashboard:tracker.noFlags' : 'dashboard:tracker.noAnnotations')}</p>
  const shown = items.slice(0, limit)
  return (
    <>
      {items.length > limit && (
        <p>
          {t('dashboard:report.firstFlags', {
            count: items.length,
            shown: labels.integer(limit),
            formatted: labels.integer(items.length)
          })}
        </p>
      )}
      <table className="flag-table">
        <thead>
          <tr>
            <th scope="col">
              {t(project ? 'dashboard:tracker.column.article' : 'dashboard:tracker.column.system')}
            </th>
            <th scope="col" className="num">
              {t('dashboard:tracker.column.row')}
            </th>
            <th scope="col">{t('dashboard:tracker.column.text')}</th>
            <th scope="col">{t('dashboard:tracker.column.category')}</th>
            <th scope="col">{t('dashboard:tracker.column.severity')}</th>
            <th scope="col">
              {t(project ? 'dashboard:tracker.column.status' : 'dashboard:tracker.column.author')}
            </th>
            <th scope="col">{t('dashboard:tracker.column.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item) => (
            <tr key={item.key}>
              <td>{project ? item.article : `${item.system ?? ''} · ${item.article}`}</td>
              <td className="num">{item.rowNumber}</td>
              <td lang={item.side === 'source' ? 'ru' : undefined}>
                {item.context.before}
                <mark className={`mark--${item.severity}`}>{item.context.text || '∅'}</mark>
                {item.context.after}
              </td>
              <td>{labels.category(item.category)}</td>
              <td className={`sev sev--${item.severity}`}>{labels.severity(item.severity)}</td>
              <td>{project ? labels.status(item.status ?? '') : item.author}</td>
              <td>
                {item.comment}
                {item.resolution?.note && (
                  <span className="report__line report__muted">
                    {t('dashboard:report.resolutionNote', { note: item.resolution.note })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
