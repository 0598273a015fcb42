import { useTranslation } from 'react-i18next'
import type { TrackerItem } from '@shared/report/tracker-items'
import {
  categoryChoices,
  columnValues,
  type SortOrder,
  type TrackerColumn,
  type TrackerQuery
} from '@shared/report/tracker-query'
import type { DashboardLabels } from '../use-dashboard-labels'
import { isValueColumn } from './tracker-columns'
import { valueLabel } from './value-label'

interface TrackerHeadProps {
  readonly columns: readonly TrackerColumn[]
  readonly template: string
  readonly minWidth: number
  readonly items: readonly TrackerItem[]
  readonly query: TrackerQuery
  readonly labels: DashboardLabels
  /** State of the "select all shown" box. */
  readonly allSelected: boolean | 'mixed'
  readonly onSelectAll: () => void
  readonly onSort: (column: TrackerColumn) => void
  readonly onFilter: (column: TrackerColumn, value: string) => void
}

const ARROWS = { ascending: '▲', descending: '▼' } as const

/** Column headings (each sorts on a click) and a filter for every column under them. */
export function TrackerHead(props: TrackerHeadProps): React.JSX.Element {
  const { columns, template, items, query, labels } = props
  const { t } = useTranslation('dashboard')
  return (
    <div role="rowgroup" className="tracker-grid__head" style={{ minWidth: props.minWidth }}>
      <div
        role="row"
        aria-rowindex={1}
        className="tracker-line tracker-line--head"
        style={{ gridTemplateColumns: template }}
      >
        <div role="columnheader" className="tracker-cell tracker-cell--check">
          <input
            type="checkbox"
            aria-label={t('tracker.selectAll')}
            checked={props.allSelected === true}
            ref={(box) => {
              if (box) box.indeterminate = props.allSelected === 'mixed'
            }}
            onChange={props.onSelectAll}
          />
        </div>
        {columns.map((column) => {
          const sort = ariaSort(query.sort, column)
          return (
            <div key={column} role="columnheader" aria-sort={sort} className="tracker-cell">
              <button
                type="button"
                className="tracker-sort"
                title={t(`tracker.column.${column}`)}
                onClick={() => props.onSort(column)}
              >
                {t(`tracker.column.${column}`)}
                {sort !== 'none' && <span aria-hidden="true"> {ARROWS[sort]}</span>}
              </button>
            </div>
          )
        })}
      </div>
      <div
        role="row"
        aria-rowindex={2}
        className="tracker-line tracker-line--filters"
        style={{ gridTemplateColumns: template }}
      >
        <div role="gridcell" className="tracker-cell tracker-cell--check" />
        {columns.map((column) => {
          const name = t('tracker.filterBy', { column: t(`tracker.column.${column}`) })
          const value = query.filters[column] ?? ''
          return (
            <div key={column} role="gridcell" className="tracker-cell">
              {isValueColumn(column) ? (
                <select
                  aria-label={name}
                  title={name}
                  value={value}
                  onChange={(e) => props.onFilter(column, e.target.value)}
                >
                  <option value="">{t('tracker.any')}</option>
                  {(column === 'category'
                    ? categoryChoices(items)
                    : columnValues(items, column)
                  ).map((v) => (
                    <option key={v} value={v}>
                      {valueLabel(column, v, labels)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  type="search"
                  aria-label={name}
                  title={name}
                  value={value}
                  onChange={(e) => props.onFilter(column, e.target.value)}
                />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}

function ariaSort(
  sort: SortOrder | null,
  column: TrackerColumn
): 'ascending' | 'descending' | 'none' {
  if (!sort || sort.column !== column) return 'none'
  return sort.direction === 'asc' ? 'ascending' : 'descending'
}
