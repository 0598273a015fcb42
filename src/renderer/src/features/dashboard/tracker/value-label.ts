/** What a column's value reads as in a filter choice, a group heading or a cell. */
import type { Side } from '@shared/domain/review'
import type { TrackerItem } from '@shared/report/tracker-items'
import type { ItemWords, TrackerColumn } from '@shared/report/tracker-query'
import type { DashboardLabels } from '../use-dashboard-labels'

export function valueLabel(column: TrackerColumn, value: string, labels: DashboardLabels): string {
  switch (column) {
    case 'category':
      return labels.category(value)
    case 'severity':
      return labels.severity(value)
    case 'status':
      return labels.status(value)
    case 'origin':
      return labels.origin(value)
    case 'side':
      return labels.side(value as Side | '')
    default:
      return value === '' ? labels.number(null) : value
  }
}

/** The words an item is found by in free text beyond its data: its labels as the user reads them. */
export function itemWords(labels: DashboardLabels): ItemWords {
  const cache = new WeakMap<TrackerItem, string[]>()
  return (item) => {
    let words = cache.get(item)
    if (!words) {
      words = [
        labels.category(item.category),
        labels.severity(item.severity),
        labels.status(item.status ?? ''),
        labels.origin(item.origin),
        labels.side(item.side ?? '')
      ]
      cache.set(item, words)
    }
    return words
  }
}
