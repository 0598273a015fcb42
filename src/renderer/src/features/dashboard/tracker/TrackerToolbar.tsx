import { useTranslation } from 'react-i18next'
import { GROUPINGS, type Grouping, type TrackerQuery } from '@shared/report/tracker-query'
import type { DashboardSource } from '../dashboard-ui'
import type { DashboardLabels } from '../use-dashboard-labels'

interface TrackerToolbarProps {
  readonly source: DashboardSource
  readonly query: TrackerQuery
  readonly shown: number
  readonly total: number
  readonly labels: DashboardLabels
  readonly onQuery: (change: Partial<TrackerQuery>) => void
}

/** Groupings each kind of data offers (a project has no systems). */
function groupingsOf(source: DashboardSource): readonly Grouping[] {
  return GROUPINGS.filter((g) => (source === 'project' ? g !== 'system' : g !== 'status'))
}

/** Free-text search over every column, grouping, the count, and clearing every filter. */
export function TrackerToolbar({
  source,
  query,
  shown,
  total,
  labels,
  onQuery
}: TrackerToolbarProps): React.JSX.Element {
  const { t } = useTranslation('dashboard')
  const filtered = query.text !== '' || Object.values(query.filters).some((v) => v)
  return (
    <div className="tracker-toolbar" role="search">
      <input
        type="search"
        className="tracker-toolbar__search"
        value={query.text}
        aria-label={t('tracker.search')}
        placeholder={t('tracker.searchPlaceholder')}
        onChange={(e) => onQuery({ text: e.target.value })}
      />
      <label className="tracker-toolbar__group">
        <span>{t('tracker.groupBy')}</span>
        <select
          value={query.groupBy}
          onChange={(e) => onQuery({ groupBy: e.target.value as Grouping })}
        >
          {groupingsOf(source).map((g) => (
            <option key={g} value={g}>
              {t(`tracker.grouping.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="tracker-toolbar__count" aria-live="polite">
        {filtered
          ? t('tracker.countFiltered', {
              count: total,
              shown: labels.integer(shown),
              formatted: labels.integer(total)
            })
          : t(source === 'project' ? 'tracker.countFlags' : 'tracker.countAnnotations', {
              count: total,
              formatted: labels.integer(total)
            })}
      </span>
      {filtered && (
        <button
          type="button"
          className="button button--small"
          onClick={() => onQuery({ text: '', filters: {} })}
        >
          {t('tracker.clearFilters')}
        </button>
      )}
    </div>
  )
}
