import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { trimContext } from '@shared/report/span-context'
import type { TrackerItem } from '@shared/report/tracker-items'
import {
  columnValue,
  type TrackerColumn,
  type TrackerLine as Line
} from '@shared/report/tracker-query'
import type { DashboardLabels } from '../use-dashboard-labels'
import { isNumeric } from './tracker-columns'
import { valueLabel } from './value-label'

interface TrackerLineProps {
  readonly line: Line
  readonly rowIndex: number
  readonly columns: readonly TrackerColumn[]
  readonly template: string
  readonly labels: DashboardLabels
  readonly focused: boolean
  /** Items: selected or not. Groups: all, some ('mixed') or none of their items. */
  readonly selected: boolean | 'mixed'
  readonly onPointer: (key: string, event: React.MouseEvent) => void
  /** The line's box was ticked; `range`: with Shift (from the anchor to here). */
  readonly onToggle: (key: string, range: boolean) => void
  readonly onOpen: (key: string) => void
  readonly style: React.CSSProperties
}

/** A box ticked by a click carries the click's modifier keys. */
function withShift(event: React.ChangeEvent): boolean {
  return (event.nativeEvent as Partial<MouseEvent>).shiftKey === true
}

export const lineElementId = (key: string): string =>
  `tracker-line-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`

/** One line of the tracker: a group heading, or a flag with a cell per column. */
export const TrackerLine = memo(function TrackerLine(props: TrackerLineProps): React.JSX.Element {
  const { line, labels, columns } = props
  const { t } = useTranslation('dashboard')
  const className = `tracker-line${props.focused ? ' tracker-line--focused' : ''}${props.selected === true ? ' tracker-line--selected' : ''}`
  if (line.kind === 'group') {
    return (
      <div
        role="row"
        id={lineElementId(line.key)}
        aria-rowindex={props.rowIndex}
        aria-expanded={!line.collapsed}
        aria-selected={props.selected === true}
        className={`${className} tracker-line--group`}
        style={props.style}
        onClick={(e) => props.onPointer(line.key, e)}
        onDoubleClick={() => props.onOpen(line.key)}
      >
        <div role="gridcell" aria-colspan={columns.length + 1} className="tracker-group">
          <input
            type="checkbox"
            tabIndex={-1}
            aria-label={t('tracker.selectGroup')}
            checked={props.selected === true}
            ref={(box) => {
              if (box) box.indeterminate = props.selected === 'mixed'
            }}
            onClick={(e) => e.stopPropagation()}
            onChange={(e) => props.onToggle(line.key, withShift(e))}
          />
          <span className="tracker-group__toggle" aria-hidden="true">
            {line.collapsed ? '▸' : '▾'}
          </span>
          <span className="tracker-group__name">
            {valueLabel(line.grouping, line.value, labels)}
          </span>
          <span className="tracker-group__count">
            {t('tracker.groupCount', {
              count: line.itemKeys.length,
              formatted: labels.integer(line.itemKeys.length)
            })}
          </span>
        </div>
      </div>
    )
  }
  const item = line.item
  return (
    <div
      role="row"
      id={lineElementId(line.key)}
      aria-rowindex={props.rowIndex}
      aria-selected={props.selected === true}
      className={`${className} tracker-line--${item.status ?? 'imported'}`}
      style={{ ...props.style, gridTemplateColumns: props.template }}
      onClick={(e) => props.onPointer(line.key, e)}
      onDoubleClick={() => props.onOpen(line.key)}
    >
      <div role="gridcell" className="tracker-cell tracker-cell--check">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={t('tracker.selectRow', { number: item.rowNumber })}
          checked={props.selected === true}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => props.onToggle(line.key, withShift(e))}
        />
      </div>
      {columns.map((column) => (
        <div
          key={column}
          role="gridcell"
          className={`tracker-cell tracker-cell--${column}${isNumeric(column) ? ' num' : ''}`}
        >
          <Cell item={item} column={column} labels={labels} />
        </div>
      ))}
    </div>
  )
})

function Cell({
  item,
  column,
  labels
}: {
  item: TrackerItem
  column: TrackerColumn
  labels: DashboardLabels
}): React.JSX.Element {
  const { t } = useTranslation('dashboard')
  switch (column) {
    case 'text': {
      // A cell is narrow: a little context, so the flagged words themselves stay in view.
      const { before, text, after } = trimContext(item.context, 14)
      return (
        <span
          className="tracker-quote"
          title={before + text + after}
          lang={item.side === 'source' ? 'ru' : undefined}
        >
          <span className="tracker-quote__around">{before}</span>
          <mark className={`tracker-quote__span tracker-quote__span--${item.severity}`}>
            {text || '∅'}
          </mark>
          <span className="tracker-quote__around">{after}</span>
        </span>
      )
    }
    case 'severity':
      return (
        <span
          className={`tracker-severity tracker-severity--${item.severity}`}
          title={labels.severity(item.severity)}
        >
          <span className="severity-dot" aria-hidden="true" />
          {labels.severity(item.severity)}
        </span>
      )
    case 'status':
      return (
        <span
          className={`flag-status flag-status--${item.status ?? 'none'}`}
          title={labels.status(item.status ?? '')}
        >
          {labels.status(item.status ?? '')}
        </span>
      )
    case 'createdAt':
    case 'updatedAt': {
      const iso = column === 'createdAt' ? item.createdAt : item.updatedAt
      return <span title={labels.date(iso)}>{labels.shortDate(iso)}</span>
    }
    case 'comment': {
      const text = item.comment || item.resolution?.note || ''
      return (
        <span className="tracker-comment" title={columnValue(item, 'comment')}>
          {text}
          {item.thread.length > 0 && (
            <span className="tracker-comment__replies">
              {t('tracker.replies', {
                count: item.thread.length,
                formatted: labels.integer(item.thread.length)
              })}
            </span>
          )}
        </span>
      )
    }
    case 'row':
      return <>{item.rowNumber}</>
    case 'category':
      return (
        <span title={labels.category(item.category)}>{labels.categoryShort(item.category)}</span>
      )
    default: {
      const value = columnValue(item, column)
      return <span title={value}>{valueLabel(column, value, labels)}</span>
    }
  }
}
