import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FlagStatus } from '@shared/domain/review'
import { changeableItems } from '@shared/report/status-events'
import type { TrackerItem } from '@shared/report/tracker-items'
import { arrangeTracker, type TrackerLine, type TrackerQuery } from '@shared/report/tracker-query'
import {
  EMPTY_SELECTION,
  pruneSelection,
  selectRange,
  toggleItem,
  toggleItems
} from '@shared/report/tracker-selection'
import { dashboardUi, type DashboardSource, type TrackerUi } from '../dashboard-ui'
import type { DashboardLabels } from '../use-dashboard-labels'
import { BulkBar } from './BulkBar'
import { FlagDetail } from './FlagDetail'
import { StatusDialog } from './StatusDialog'
import { trackerColumns } from './tracker-columns'
import { itemWords } from './value-label'
import { TrackerGrid, type TrackerGridCommands } from './TrackerGrid'
import { TrackerToolbar } from './TrackerToolbar'
import { useTrackerActions } from './use-tracker-actions'

interface TrackerProps {
  readonly projectId: string | null
  readonly source: DashboardSource
  readonly items: readonly TrackerItem[]
  readonly ui: TrackerUi
  readonly readOnly: boolean
  readonly labels: DashboardLabels
}

/**
 * The flag tracker: every flag of the project (or annotation of the evaluation) in one filterable,
 * sortable, groupable grid; the selection's bulk actions; the focused flag in full below. Its state
 * lives in the dashboard's UI store, so it is all still there after a trip to the workspace.
 */
export function Tracker({
  projectId,
  source,
  items,
  ui,
  readOnly,
  labels
}: TrackerProps): React.JSX.Element {
  const { t } = useTranslation('dashboard')
  const trackerActions = useTrackerActions()
  const [asking, setAsking] = useState<{
    status: 'resolved' | 'rejected'
    items: readonly TrackerItem[]
  } | null>(null)
  const [refused, setRefused] = useState(0)
  const columns = trackerColumns(source)
  const gridRef = useRef<HTMLDivElement>(null)
  const update = (change: (tracker: TrackerUi) => TrackerUi): void =>
    dashboardUi.updateTracker(projectId, source, change)

  const words = useMemo(() => itemWords(labels), [labels])
  const arranged = useMemo(
    () => arrangeTracker(items, ui.query, ui.collapsed, words),
    [items, ui.query, ui.collapsed, words]
  )
  const byKey = useMemo(() => new Map(items.map((i) => [i.key, i])), [items])
  // A flag removed in the workspace leaves the selection too (derived: the store keeps the keys).
  const selection = useMemo(
    () => pruneSelection(ui.selection, new Set(byKey.keys())),
    [ui.selection, byKey]
  )
  const selectedItems = [...selection.keys]
    .map((k) => byKey.get(k))
    .filter((i): i is TrackerItem => !!i)
  const lineOf = (key: string): TrackerLine | undefined => arranged.lines.find((l) => l.key === key)
  const matchedKeys = arranged.matched.map((i) => i.key)
  const selectedShown = matchedKeys.filter((k) => selection.keys.has(k)).length
  const focusedItem = ui.focus ? (byKey.get(ui.focus) ?? null) : null

  const setQuery = (change: Partial<TrackerQuery>): void =>
    update((tr) => ({ ...tr, query: { ...tr.query, ...change } }))

  /** Reopening is immediate; resolving and rejecting ask for a note (a rejection for its reason). */
  const changeStatus = (targets: readonly TrackerItem[], status: FlagStatus): void => {
    const changing = changeableItems(targets, status)
    if (changing.length === 0) return
    if (status === 'open') setRefused(trackerActions.setStatus(changing, status, ''))
    else setAsking({ status, items: changing })
  }
  const closeDialog = (): void => {
    setAsking(null)
    // Back to the list, so the keyboard goes on where it was.
    gridRef.current?.focus({ preventScroll: true })
  }

  const commands: TrackerGridCommands = {
    focus: (key) => update((tr) => (tr.focus === key ? tr : { ...tr, focus: key })),
    toggle(key, range) {
      const line = lineOf(key)
      if (!line) return
      update((tr) => ({
        ...tr,
        selection:
          line.kind === 'group'
            ? toggleItems(selection, line.itemKeys)
            : range
              ? selectRange(selection, arranged.lines, key)
              : toggleItem(selection, key)
      }))
    },
    open(key) {
      const line = lineOf(key)
      if (line?.kind === 'group') commands.collapse(key, !line.collapsed)
      else if (line?.kind === 'item' && line.item.articleId) trackerActions.jump(line.item)
    },
    collapse: (key, collapsed) =>
      update((tr) => {
        if (tr.collapsed.has(key) === collapsed) return tr
        const next = new Set(tr.collapsed)
        if (collapsed) next.add(key)
        else next.delete(key)
        return { ...tr, collapsed: next }
      }),
    extendTo: (key) =>
      update((tr) => ({ ...tr, selection: selectRange(selection, arranged.lines, key) })),
    selectAll: () => update((tr) => ({ ...tr, selection: toggleItems(selection, matchedKeys) })),
    clearSelection: () => update((tr) => ({ ...tr, selection: EMPTY_SELECTION })),
    sort: (column) =>
      update((tr) => {
        const sort = tr.query.sort
        // Each click: ascending, descending, back to project order.
        const next =
          sort?.column !== column
            ? ({ column, direction: 'asc' } as const)
            : sort.direction === 'asc'
              ? ({ column, direction: 'desc' } as const)
              : null
        return { ...tr, query: { ...tr.query, sort: next } }
      }),
    filter: (column, value) =>
      update((tr) => ({
        ...tr,
        query: { ...tr.query, filters: { ...tr.query.filters, [column]: value } }
      }))
  }

  const selectedOf = (line: TrackerLine): boolean | 'mixed' => {
    if (line.kind === 'item') return selection.keys.has(line.key)
    const n = line.itemKeys.filter((k) => selection.keys.has(k)).length
    return n === 0 ? false : n === line.itemKeys.length ? true : 'mixed'
  }

  return (
    <div className="tracker">
      <TrackerToolbar
        source={source}
        query={ui.query}
        shown={arranged.matched.length}
        total={items.length}
        labels={labels}
        onQuery={setQuery}
      />
      {selection.keys.size > 0 && (
        <BulkBar
          selected={selection.keys.size}
          readOnly={readOnly}
          labels={labels}
          onStatus={(status) => changeStatus(selectedItems, status)}
          onClear={commands.clearSelection}
        />
      )}
      {refused > 0 && (
        <p className="tracker__refused" role="alert">
          {t('bulk.refused', { count: refused, formatted: labels.integer(refused) })}
        </p>
      )}
      <TrackerGrid
        source={source}
        columns={columns}
        items={items}
        lines={arranged.lines}
        query={ui.query}
        focus={ui.focus}
        selectedOf={selectedOf}
        allSelected={
          selectedShown === 0 ? false : selectedShown === matchedKeys.length ? true : 'mixed'
        }
        labels={labels}
        commands={commands}
        gridRef={gridRef}
      />
      {focusedItem ? (
        <FlagDetail
          key={focusedItem.key}
          item={focusedItem}
          labels={labels}
          readOnly={readOnly}
          onStatus={(status) => changeStatus([focusedItem], status)}
          onComment={(text) => trackerActions.comment(focusedItem, text)}
          onJump={focusedItem.articleId ? () => trackerActions.jump(focusedItem) : null}
        />
      ) : (
        <p className="flag-detail flag-detail--empty">{t('detail.none')}</p>
      )}
      {asking && (
        <StatusDialog
          status={asking.status}
          count={asking.items.length}
          onConfirm={(note) => {
            setRefused(trackerActions.setStatus(asking.items, asking.status, note))
            closeDialog()
          }}
          onClose={closeDialog}
        />
      )}
    </div>
  )
}
