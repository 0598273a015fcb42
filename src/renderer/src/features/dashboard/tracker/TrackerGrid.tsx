import { useVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrackerItem } from '@shared/report/tracker-items'
import type { TrackerColumn, TrackerLine as Line, TrackerQuery } from '@shared/report/tracker-query'
import { moveFocus } from '@shared/report/tracker-selection'
import { dashboardUi, type DashboardSource } from '../dashboard-ui'
import type { DashboardLabels } from '../use-dashboard-labels'
import { gridMinWidth, gridTemplate } from './tracker-columns'
import { TrackerHead } from './TrackerHead'
import { lineElementId, TrackerLine } from './TrackerLine'

/** Every line is one text line high: fixed heights, nothing to measure. */
export const LINE_HEIGHT = 32
const OVERSCAN = 8
/** Header rows before the first line (headings, filters), for aria-rowindex. */
const HEAD_ROWS = 2

export interface TrackerGridCommands {
  readonly focus: (key: string | null) => void
  /** Space: an item toggles; a group toggles all its items. `range`: Shift held. */
  readonly toggle: (key: string, range: boolean) => void
  /** Enter: an item jumps to its row; a group opens or closes. */
  readonly open: (key: string) => void
  readonly collapse: (key: string, collapsed: boolean) => void
  readonly extendTo: (key: string) => void
  readonly selectAll: () => void
  readonly clearSelection: () => void
  readonly sort: (column: TrackerColumn) => void
  readonly filter: (column: TrackerColumn, value: string) => void
}

interface TrackerGridProps {
  readonly source: DashboardSource
  readonly columns: readonly TrackerColumn[]
  readonly items: readonly TrackerItem[]
  readonly lines: readonly Line[]
  readonly query: TrackerQuery
  readonly focus: string | null
  /** Selection state of each line: items true/false, groups true/'mixed'/false. */
  readonly selectedOf: (line: Line) => boolean | 'mixed'
  readonly allSelected: boolean | 'mixed'
  readonly labels: DashboardLabels
  readonly commands: TrackerGridCommands
  /** The grid element (the tracker gives the focus back to it after a dialog). */
  readonly gridRef: React.RefObject<HTMLDivElement | null>
}

/**
 * Every flag as one line of an ARIA grid with one tab stop (the focused line is the active
 * descendant): ↑/↓, PgUp/PgDn, Home/End move; Shift extends the selection; Space selects; Enter goes
 * to the flag's row (or opens a group); ←/→ close and open a group; Ctrl+A selects everything shown;
 * Esc clears the selection. Virtualised: only the lines in view are in the DOM. The scroll position
 * is remembered outside the component, so the tracker comes back where it was.
 */
export function TrackerGrid(props: TrackerGridProps): React.JSX.Element {
  const { lines, columns, commands, source } = props
  const { t } = useTranslation('dashboard')
  const grid = props.gridRef
  const scroller = useRef<HTMLDivElement>(null)
  const template = gridTemplate(columns)
  const minWidth = gridMinWidth(columns)
  // The app does not use the React Compiler, whose memoisation this hook's API defeats.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => lines[index]!.key,
    initialOffset: () => dashboardUi.scroll[source]
  })

  // Back from the workspace: where the list was, and the focus where it was.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = dashboardUi.scroll[source]
    if (dashboardUi.refocusTracker) {
      dashboardUi.refocusTracker = false
      grid.current?.focus({ preventScroll: true })
    }
  }, [source, grid])

  const focusIndex = props.focus === null ? -1 : lines.findIndex((l) => l.key === props.focus)
  const focused = focusIndex >= 0 ? lines[focusIndex]! : null

  const moveTo = (key: string | null, extend: boolean): void => {
    if (key === null) return
    commands.focus(key)
    if (extend) commands.extendTo(key)
    const index = lines.findIndex((l) => l.key === key)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' })
  }

  const onKeyDown = (event: React.KeyboardEvent): void => {
    // Keys typed into a filter or pressed on a heading's button are theirs.
    if (event.target !== event.currentTarget) return
    const mod = event.ctrlKey || event.metaKey
    const step = (delta: number): void =>
      moveTo(moveFocus(lines, props.focus, delta), event.shiftKey)
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / LINE_HEIGHT) - 1)
    let handled = true
    switch (event.key) {
      case 'ArrowDown':
        step(props.focus === null ? 0 : 1)
        break
      case 'ArrowUp':
        step(props.focus === null ? 0 : -1)
        break
      case 'PageDown':
        step(page)
        break
      case 'PageUp':
        step(-page)
        break
      case 'Home':
        step(-lines.length)
        break
      case 'End':
        step(lines.length)
        break
      case ' ':
        if (focused) commands.toggle(focused.key, event.shiftKey)
        break
      case 'Enter':
        if (focused) commands.open(focused.key)
        break
      case 'ArrowLeft':
      case 'ArrowRight':
        if (focused?.kind === 'group') commands.collapse(focused.key, event.key === 'ArrowLeft')
        else handled = false
        break
      case 'Escape':
        commands.clearSelection()
        break
      default:
        if (mod && event.key.toLowerCase() === 'a') commands.selectAll()
        else handled = false
    }
    if (handled) {
      event.preventDefault()
      event.stopPropagation()
    }
  }

  const onPointer = (key: string, event: React.MouseEvent): void => {
    if (event.shiftKey) commands.extendTo(key)
    else if (event.ctrlKey || event.metaKey) commands.toggle(key, false)
    commands.focus(key)
    grid.current?.focus({ preventScroll: true })
  }

  const items = virtualizer.getVirtualItems()
  return (
    <div
      ref={grid}
      className="tracker-grid"
      role="grid"
      aria-label={t(source === 'project' ? 'tracker.label' : 'tracker.labelEvaluation')}
      aria-rowcount={lines.length + HEAD_ROWS}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={focused ? lineElementId(focused.key) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <TrackerHead
        columns={columns}
        template={template}
        minWidth={minWidth}
        items={props.items}
        query={props.query}
        labels={props.labels}
        allSelected={props.allSelected}
        onSelectAll={commands.selectAll}
        onSort={commands.sort}
        onFilter={commands.filter}
      />
      <div
        ref={scroller}
        className="tracker-grid__scroller"
        style={{ minWidth }}
        onScroll={(e) => {
          dashboardUi.scroll[source] = e.currentTarget.scrollTop
        }}
      >
        {lines.length === 0 ? (
          <p className="tracker-grid__empty" role="status">
            {props.items.length === 0
              ? t(source === 'project' ? 'tracker.noFlags' : 'tracker.noAnnotations')
              : t('tracker.noneMatch')}
          </p>
        ) : (
          <div
            role="rowgroup"
            className="tracker-grid__body"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map((virtual) => {
              const line = lines[virtual.index]!
              return (
                <TrackerLine
                  key={virtual.key}
                  line={line}
                  rowIndex={virtual.index + HEAD_ROWS + 1}
                  columns={columns}
                  template={template}
                  labels={props.labels}
                  focused={line.key === props.focus}
                  selected={props.selectedOf(line)}
                  onPointer={onPointer}
                  onToggle={commands.toggle}
                  onOpen={commands.open}
                  style={{ transform: `translateY(${virtual.start}px)`, height: LINE_HEIGHT }}
                />
              )
            })}
          </div>
        )}
      </div>
    </div>
  )
}
