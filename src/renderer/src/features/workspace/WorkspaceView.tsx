import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bead } from '@shared/domain/alignment'
import type { Side } from '@shared/domain/review'
import { commandSpec, type CommandId } from '@shared/keymap/commands'
import { findHits, planReplace, type FindHit, type PlannedEdit } from '@shared/review/find'
import type { ReviewEvent } from '@shared/review/events'
import { canRedo, canUndo } from '@shared/review/history'
import { editOf, statusOf } from '@shared/review/state'
import type { ArticleState } from '../../store/article-state'
import { savingFlagIds } from '../../store/article-state'
import { NO_CURSOR } from '../../store/app-store'
import { flagsByRowOf, rowInfo } from '../../store/rows'
import { useActions, useAppStore, useStore } from '../../store/use-store'
import { RowContextMenu } from '../alignment/RowContextMenu'
import { SplitChooser } from '../alignment/SplitChooser'
import { alignmentCommand, type AlignmentActionId } from '../alignment/alignment-actions'
import { FindBar, type FindState, INITIAL_FIND } from '../find/FindBar'
import { FilterBar } from '../find/FilterBar'
import { filterRows, NO_FILTERS, type RowFilters } from '../find/filters'
import { GoToRow } from '../find/GoToRow'
import { ReplacePreview } from '../find/ReplacePreview'
import { FlagEditor } from '../flags/FlagEditor'
import { FlagPicker, type FlagTarget } from '../flags/FlagPicker'
import { createFlag } from '../flags/new-flag'
import { useFlagLabels } from '../flags/useFlagLabels'
import { isMacPlatform } from '../keys/platform'
import { useKeymap, type CommandHandlers } from '../keys/use-keymap'
import { useMenuCommands } from '../keys/use-menu-commands'
import { ComparePanel } from '../postedit/ComparePanel'
import { moveCaret, selectedSpan, type CaretMove } from '../text/cursor'
import { clearSelection, readSelection } from '../text/selection'
import { QaPanel } from '../suggestions/QaPanel'
import { useSuggestions, type SuggestionAction } from '../suggestions/use-suggestions'
import type { Finding } from '@shared/qa'
import { findRows, hitsByRow, nextRow, rowNumbers } from './derived'
import { ReviewGrid } from './grid/ReviewGrid'
import { editorText } from './grid/RowEditor'
import { rowElementId, type RowHandlers } from './grid/ReviewRow'
import { ArticleNotices } from './ArticleNotices'
import { rowMenuGroups } from './row-menu'
import { StatusBar } from './StatusBar'
import { Toast, type ToastMessage } from './Toast'
import { WorkspaceToolbar } from './WorkspaceToolbar'
import './workspace.css'

interface WorkspaceViewProps {
  readonly articleId: string
  readonly article: ArticleState
}

/**
 * The review workspace of a loaded article: toolbar, find and filter bars, the virtualised grid, the
 * compare panel and the status bar, plus the picker, flag editor, row menu and split chooser when
 * open. Every key goes through the registry (use-keymap.ts); every change through the store's
 * `submit`, so it is one step of the article's undo history and on disk before it counts as saved.
 */
export function WorkspaceView({ articleId, article }: WorkspaceViewProps): React.JSX.Element {
  const { t, i18n } = useTranslation(['workspace', 'keys', 'alignment'])
  const actions = useActions()
  const store = useStore()
  const prefs = useAppStore((s) => s.prefs)
  const cursor = useAppStore((s) => s.cursors.get(articleId) ?? NO_CURSOR)
  const { view, base, visible } = article
  // One object while the languages stay: the memoised rows compare their props by identity.
  const languages = useMemo(
    () => ({ source: view.source.language, target: view.target.language }),
    [view.source.language, view.target.language]
  )
  const labels = useFlagLabels(view.typology)
  const mac = isMacPlatform()

  // Flags by row: each row keeps its array while its flags do not change (memoised rows).
  const flags = useMemo(() => flagsByRowOf(base, visible.flags), [base, visible.flags])
  const saving = useMemo(() => savingFlagIds(article), [article])
  const numbers = useMemo(() => rowNumbers(visible.beads), [visible.beads])

  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const rows = useMemo(
    () => filterRows(visible.beads, visible, flags, filters),
    [visible, flags, filters]
  )

  const [find, setFind] = useState<FindState>(INITIAL_FIND)
  const searchable = useMemo(
    () => (find.open ? findRows(visible.beads, base, visible) : []),
    [find.open, visible, base]
  )
  // Typing in the find bar searches once: the change handler keeps its answer, which the view shows.
  const [searched, setSearched] = useState<{
    readonly rows: typeof searchable
    readonly query: FindState['query']
    readonly hits: FindHit[]
  } | null>(null)
  const hits = useMemo(() => {
    if (!find.open) return []
    if (searched && searched.rows === searchable && searched.query === find.query)
      return searched.hits
    return findHits(searchable, find.query)
  }, [find.open, searchable, find.query, searched])
  const currentHit: FindHit | null =
    hits.length > 0 ? (hits[Math.min(find.index, hits.length - 1)] ?? null) : null
  const hitMap = useMemo(() => hitsByRow(hits, currentHit), [hits, currentHit])
  const [replacePlan, setReplacePlan] = useState<PlannedEdit[] | null>(null)

  const [editing, setEditing] = useState<string | null>(null)
  const [picker, setPicker] = useState<FlagTarget | null>(null)
  const [openFlag, setOpenFlag] = useState<string | null>(null)
  const [menu, setMenu] = useState<{ row: string; at: { x: number; y: number } } | null>(null)
  const [splitting, setSplitting] = useState<Bead | null>(null)
  const [goTo, setGoTo] = useState(false)
  const [compare, setCompare] = useState(false)
  const [toast, setToast] = useState<ToastMessage | null>(null)
  const [revealToken, setRevealToken] = useState(0)
  const [qaOpen, setQaOpen] = useState(false)
  const [qaFocus, setQaFocus] = useState(0)
  const grid = useRef<HTMLDivElement>(null)
  const overlayOpen =
    picker !== null ||
    openFlag !== null ||
    menu !== null ||
    splitting !== null ||
    goTo ||
    replacePlan !== null

  const current =
    cursor.row !== null ? (visible.beads.find((b) => b.id === cursor.row) ?? null) : null
  const currentInfo = current ? rowInfo(current, base) : null

  // A row to stand on: where the reviewer left off, else the first row (and again after a fix
  // removed the current row).
  useLayoutEffect(() => {
    if (current || visible.beads.length === 0) return
    actions.setCursor(articleId, (c) => ({
      ...c,
      row: visible.beads[0]!.id,
      caret: 0,
      anchor: null
    }))
  }, [current, visible.beads, actions, articleId])

  // The grid holds the focus whenever nothing else does (after the render that lifts `inert`).
  useEffect(() => {
    if (!overlayOpen && editing === null && !find.open) grid.current?.focus({ preventScroll: true })
  }, [overlayOpen, editing, find.open])

  const submit = useCallback(
    (event: ReviewEvent): boolean => {
      const done = actions.submit(articleId, event)
      if (!done) return false
      // Alignment fixes, undo and redo leave the reviewer on the row they changed.
      const state = store.getState().articles.get(articleId)
      if (state?.status === 'ready') {
        const history = state.article.visible.history
        const focus =
          event.type === 'history.undo'
            ? history.undone.at(-1)?.undoFocus
            : history.done.at(-1)?.focus
        if (focus && (event.type.startsWith('align.') || event.type.startsWith('history.'))) {
          actions.setCursor(articleId, (c) => ({ ...c, row: focus, caret: 0, anchor: null }))
        }
      }
      return true
    },
    [actions, articleId, store]
  )

  const showToast = (message: Omit<ToastMessage, 'id'>): void =>
    setToast({ ...message, id: Date.now() })
  const suggestions = useSuggestions({
    articleId,
    article,
    flags,
    currentRow: cursor.row,
    numbers,
    submit,
    toast: showToast,
    openPicker: setPicker
  })

  const select = useCallback(
    (row: string) =>
      actions.setCursor(articleId, (c) =>
        c.row === row ? c : { ...c, row, caret: 0, anchor: null }
      ),
    [actions, articleId]
  )

  const moveBy = (delta: number): void => {
    if (rows.length === 0) return
    const at = cursor.row === null ? -1 : rows.findIndex((b) => b.id === cursor.row)
    let from = at
    if (at === -1) {
      // The current row is not in view (a filter dropped it, say, once marked reviewed): step from
      // the gap where it stood, so the next row shown after it is not skipped.
      const place = numbers.get(cursor.row ?? '') ?? 0
      const after = rows.findIndex((b) => (numbers.get(b.id) ?? 0) > place)
      from = (after === -1 ? rows.length : after) - (delta > 0 ? 1 : 0)
    }
    const next = Math.max(0, Math.min(rows.length - 1, from + delta))
    select(rows[next]!.id)
  }

  const unreviewed = (bead: Bead): boolean => statusOf(visible, bead.id) === 'unreviewed'
  const goToNextUnreviewed = (direction: 1 | -1, state = visible): void => {
    const bead = nextRow(
      rows,
      cursor.row,
      direction,
      (b) => statusOf(state, b.id) === 'unreviewed',
      (row) => numbers.get(row)
    )
    if (bead) select(bead.id)
    else setToast({ text: t('workspace:toast.allReviewed'), id: Date.now() })
  }

  const setStatus = (status: 'reviewed' | 'needs-work' | 'confirmed' | 'unreviewed'): void => {
    if (current && statusOf(visible, current.id) !== status)
      submit({ type: 'status.set', row: current.id, status })
  }

  const saveEdit = (row: string, text: string, then: 'stay' | 'confirm-next'): void => {
    const bead = visible.beads.find((b) => b.id === row)
    setEditing(null)
    if (!bead) return
    const mt = rowInfo(bead, base).texts.target
    const before = editOf(visible, row) ?? mt
    if (text !== before) submit({ type: 'edit.set', row, text: text === mt ? null : text })
    if (then === 'confirm-next') {
      if (statusOf(visible, row) !== 'confirmed')
        submit({ type: 'status.set', row, status: 'confirmed' })
      const after = store.getState().articles.get(articleId)
      goToNextUnreviewed(1, after?.status === 'ready' ? after.article.visible : visible)
    }
  }

  // Flagging: the keyboard selection, else the mouse selection, else the whole text of a side.
  const openPicker = (side: Side | null): void => {
    if (!current || !currentInfo) return
    const keyboard = cursor.anchor !== null ? selectedSpan(cursor) : null
    if (keyboard && (side === null || side === cursor.side)) {
      setPicker({
        row: current.id,
        number: numbers.get(current.id) ?? 0,
        side: cursor.side,
        span: keyboard,
        fromSelection: true,
        text: currentInfo.texts[cursor.side]
      })
      return
    }
    const mouse = readSelection(current.id)
    if (mouse.kind === 'ambiguous') {
      clearSelection()
      setToast({ text: t('workspace:toast.selectionAcrossCells'), id: Date.now() })
      return
    }
    if (mouse.kind === 'span' && (side === null || side === mouse.selected.side)) {
      const s = mouse.selected
      setPicker({
        row: current.id,
        number: numbers.get(current.id) ?? 0,
        side: s.side,
        span: s.span,
        fromSelection: true,
        text: currentInfo.texts[s.side]
      })
      return
    }
    // An omission (nothing in the MT) can only be pointed at in the source, as MQM annotators do.
    const whole: Side = side ?? (currentInfo.texts.target.length > 0 ? 'target' : 'source')
    const text = currentInfo.texts[whole]
    setPicker({
      row: current.id,
      number: numbers.get(current.id) ?? 0,
      side: whole,
      span: [0, text.length],
      fromSelection: false,
      text
    })
  }

  const caret = (move: CaretMove, extend: boolean): void => {
    if (!currentInfo) return
    const text = currentInfo.texts[cursor.side]
    actions.setCursor(articleId, (c) => ({ ...c, ...moveCaret(text, c, move, extend) }))
  }

  const alignment = (id: AlignmentActionId): void => {
    if (!current) return
    const command = alignmentCommand(id, visible, current.id, base)
    if (command?.kind === 'record') submit(command.event)
    else if (command?.kind === 'choose-split') setSplitting(command.bead)
  }

  const focusedFlag = (): string | null => {
    const element = document.activeElement
    return element instanceof HTMLElement ? (element.dataset.flagId ?? null) : null
  }

  const removeFlag = (id: string): void => {
    if (submit({ type: 'flag.remove', id })) {
      setToast({
        text: t('workspace:toast.flagRemoved', { undo: t('keys:command.undo') }),
        id: Date.now(),
        undo: true
      })
    }
  }

  const openFind = (replace: boolean): void =>
    setFind((f) => ({
      ...f,
      open: true,
      replace: replace || f.replace,
      focusToken: f.focusToken + 1
    }))
  const stepHit = (direction: 1 | -1): void => {
    if (hits.length === 0) return
    const index = (((find.index + direction) % hits.length) + hits.length) % hits.length
    setFind((f) => ({ ...f, index }))
    const hit = hits[index]!
    if (!rows.some((b) => b.id === hit.row)) setFilters(NO_FILTERS)
    select(hit.row)
    setRevealToken((n) => n + 1)
  }

  const toggleQa = (fromKeyboard: boolean): void => {
    if (qaOpen) grid.current?.focus({ preventScroll: true })
    else if (fromKeyboard) setQaFocus((n) => n + 1)
    setQaOpen(!qaOpen)
    // The grid narrows or widens, its rows change height: keep the current row in view.
    setRevealToken((n) => n + 1)
  }

  // The QA panel's Enter (or a click): the suggestion's row, that suggestion focused, keys on the grid.
  const goToSuggestion = (finding: Finding): void => {
    if (!rows.some((b) => b.id === finding.rowId)) setFilters(NO_FILTERS)
    select(finding.rowId)
    suggestions.focus(finding.id)
    setRevealToken((n) => n + 1)
    grid.current?.focus({ preventScroll: true })
  }

  // The grid shrinks when the compare panel opens: keep the current row in view.
  const toggleCompare = (): void => {
    setCompare((c) => !c)
    setRevealToken((n) => n + 1)
  }

  const history = (which: 'undo' | 'redo'): void => {
    // A check just switched off (Shift+D) is the last step: Ctrl+Z switches it back on.
    if (which === 'undo' && suggestions.undoCheckOff()) return
    const ok = which === 'undo' ? canUndo(visible.history) : canRedo(visible.history)
    if (ok) submit({ type: which === 'undo' ? 'history.undo' : 'history.redo' })
  }

  const handlers: CommandHandlers = {
    'row-next': () => moveBy(1),
    'row-previous': () => moveBy(-1),
    'page-down': () => moveBy(10),
    'page-up': () => moveBy(-10),
    'row-first': () => moveBy(-Infinity),
    'row-last': () => moveBy(Infinity),
    'next-unreviewed': () => goToNextUnreviewed(1),
    'previous-unreviewed': () => goToNextUnreviewed(-1),
    'go-to-row': () => setGoTo(true),
    'review-and-next': () => {
      if (current && unreviewed(current))
        submit({ type: 'status.set', row: current.id, status: 'reviewed' })
      moveBy(1)
    },
    'status-reviewed': () => setStatus('reviewed'),
    'status-needs-work': () => setStatus('needs-work'),
    'status-confirmed': () => setStatus('confirmed'),
    'status-unreviewed': () => setStatus('unreviewed'),
    'confirm-and-next': () => {
      setStatus('confirmed')
      const after = store.getState().articles.get(articleId)
      goToNextUnreviewed(1, after?.status === 'ready' ? after.article.visible : visible)
    },
    undo: () => history('undo'),
    redo: () => history('redo'),
    'edit-row': () => {
      if (current && !view.readOnly) setEditing(current.id)
    },
    'editor-save': () => {
      const text = editorText()
      if (editing && text !== null) saveEdit(editing, text, 'stay')
    },
    'editor-confirm-next': () => {
      const text = editorText()
      if (editing && text !== null) saveEdit(editing, text, 'confirm-next')
    },
    'editor-cancel': () => setEditing(null),
    'restore-mt': () => {
      if (current && editOf(visible, current.id) !== null)
        submit({ type: 'edit.set', row: current.id, text: null })
    },
    'cycle-display': () =>
      actions.setPrefs((p) => ({
        ...p,
        display: p.display === 'diff' ? 'mt' : p.display === 'mt' ? 'edit' : 'diff'
      })),
    'toggle-compare': toggleCompare,
    'caret-left': () => caret('left', false),
    'caret-right': () => caret('right', false),
    'caret-word-left': () => caret('word-left', false),
    'caret-word-right': () => caret('word-right', false),
    'select-left': () => caret('left', true),
    'select-right': () => caret('right', true),
    'select-word-left': () => caret('word-left', true),
    'select-word-right': () => caret('word-right', true),
    'select-to-start': () => caret('start', true),
    'select-to-end': () => caret('end', true),
    'switch-side': () =>
      actions.setCursor(articleId, (c) => ({
        ...c,
        side: c.side === 'target' ? 'source' : 'target',
        caret: 0,
        anchor: null
      })),
    'clear-selection': () => {
      if (cursor.anchor === null && !find.open) return false
      if (cursor.anchor === null) setFind((f) => ({ ...f, open: false }))
      actions.setCursor(articleId, (c) => ({ ...c, anchor: null }))
    },
    flag: () => openPicker(null),
    'flag-source': () => openPicker('source'),
    'flag-open': () => {
      const id = focusedFlag()
      if (id) setOpenFlag(id)
    },
    'flag-remove': () => {
      const id = focusedFlag()
      if (id) removeFlag(id)
    },
    merge: () => alignment('merge'),
    split: () => alignment('split'),
    'move-target-up': () => alignment('move-target-up'),
    'move-target-down': () => alignment('move-target-down'),
    'move-source-up': () => alignment('move-source-up'),
    'move-source-down': () => alignment('move-source-down'),
    unlink: () => alignment('unlink'),
    'row-menu': () => {
      if (!current) return
      const box = document.getElementById(rowElementId(current.id))?.getBoundingClientRect()
      setMenu({
        row: current.id,
        at: box ? { x: box.left + 48, y: box.top + 24 } : { x: 48, y: 48 }
      })
    },
    find: () => openFind(false),
    replace: () => openFind(true),
    'find-next': () => (find.open ? stepHit(1) : openFind(false)),
    'find-previous': () => (find.open ? stepHit(-1) : openFind(false)),
    'find-next-in-bar': () => stepHit(1),
    'find-previous-in-bar': () => stepHit(-1),
    'find-close': () => setFind((f) => ({ ...f, open: false })),
    'toggle-filters': () => setFiltersOpen((o) => !o),
    ...suggestions.commands,
    'toggle-qa-panel': () => toggleQa(true)
  }
  useKeymap(!overlayOpen, handlers)
  useMenuCommands(!overlayOpen, {
    undo: () => history('undo'),
    redo: () => history('redo'),
    find: () => openFind(false),
    replace: () => openFind(true)
  })

  const rowHandlers: RowHandlers = useMemo(
    () => ({
      select,
      edit: (row) => {
        if (view.readOnly) return
        select(row)
        setEditing(row)
      },
      saveEdit: (row, text, then) => saveEditRef.current(row, text, then),
      cancelEdit: () => setEditing(null),
      openFlag: (id) => setOpenFlag(id),
      flagRow: (row) => {
        select(row)
        requestAnimationFrame(() => openPickerRef.current(null))
      },
      contextMenu: (row, at) => {
        select(row)
        setMenu({ row, at })
      },
      suggestion: (action, id) => suggestionActRef.current(action, id),
      focusSuggestion: (id) => suggestionFocusRef.current(id),
      describeFlags: (ids) =>
        ids
          .map((id) => visibleRef.current.flags.get(id))
          .flatMap((f) =>
            f ? [`${labelsRef.current.summary(f)}${f.comment ? ` — ${f.comment}` : ''}`] : []
          )
          .join('\n')
    }),
    [select, view.readOnly]
  )
  // The memoised row handlers call the latest closures (so rows need not re-render when they change).
  const saveEditRef = useRef(saveEdit)
  const openPickerRef = useRef(openPicker)
  const visibleRef = useRef(visible)
  const labelsRef = useRef(labels)
  const suggestionActRef = useRef<(action: SuggestionAction, id: string) => void>(suggestions.act)
  const suggestionFocusRef = useRef<(id: string) => void>(suggestions.focus)
  useLayoutEffect(() => {
    saveEditRef.current = saveEdit
    openPickerRef.current = openPicker
    visibleRef.current = visible
    labelsRef.current = labels
    suggestionActRef.current = suggestions.act
    suggestionFocusRef.current = suggestions.focus
  })

  const menuRow = menu ? visible.beads.find((b) => b.id === menu.row) : undefined
  const enabledInMenu = (id: CommandId): boolean => {
    if (!menuRow || view.readOnly) return false
    switch (id) {
      case 'undo':
        return canUndo(visible.history)
      case 'redo':
        return canRedo(visible.history)
      case 'restore-mt':
        return editOf(visible, menuRow.id) !== null
      case 'status-reviewed':
      case 'status-needs-work':
      case 'status-confirmed':
      case 'status-unreviewed':
        return statusOf(visible, menuRow.id) !== id.slice('status-'.length)
      case 'merge':
      case 'split':
      case 'unlink':
      case 'move-target-up':
      case 'move-target-down':
      case 'move-source-up':
      case 'move-source-down':
        return alignmentCommand(id, visible, menuRow.id, base) !== null
      default:
        return true
    }
  }

  return (
    <div className="workspace">
      <div className="workspace__page" inert={overlayOpen}>
        <WorkspaceToolbar
          article={view}
          state={visible}
          display={prefs.display}
          filters={filters}
          filtersOpen={filtersOpen}
          onDisplay={(display) => actions.setPrefs((p) => ({ ...p, display }))}
          onToggleFilters={() => setFiltersOpen((o) => !o)}
          onFind={() => openFind(false)}
          compare={compare}
          onToggleCompare={toggleCompare}
          qaOpen={qaOpen}
          suggestionCount={suggestions.index.all.length}
          onToggleQa={() => toggleQa(false)}
        />
        <ArticleNotices article={view} />
        {find.open && (
          <FindBar
            state={find}
            hits={hits.length}
            onChange={(change) => {
              const next = { ...find, ...change, index: 0 }
              // Incremental search: the first match at or after the current row becomes current.
              if (change.query) {
                const found = findHits(searchable, next.query)
                setSearched({ rows: searchable, query: next.query, hits: found })
                const from =
                  cursor.row === null ? 0 : Math.max(0, (numbers.get(cursor.row) ?? 1) - 1)
                const index = found.findIndex((h) => (numbers.get(h.row) ?? 0) - 1 >= from)
                next.index = Math.max(0, index)
                const hit = found[next.index]
                if (hit) {
                  if (!rows.some((b) => b.id === hit.row)) setFilters(NO_FILTERS)
                  select(hit.row)
                  setRevealToken((n) => n + 1)
                }
              }
              setFind(next)
            }}
            onStep={stepHit}
            onClose={() => setFind((f) => ({ ...f, open: false }))}
            onReplace={(all) =>
              setReplacePlan(
                planReplace(
                  searchable,
                  find.query,
                  find.replacement,
                  all ? undefined : (currentHit?.row ?? cursor.row ?? undefined)
                )
              )
            }
            readOnly={view.readOnly !== null}
          />
        )}
        {filtersOpen && (
          <FilterBar
            filters={filters}
            typology={view.typology}
            shown={rows.length}
            total={visible.beads.length}
            onChange={setFilters}
          />
        )}
        <div className="workspace__main">
          <div className="workspace__rows">
            <ReviewGrid
              rows={rows}
              numbers={numbers}
              total={visible.beads.length}
              base={base}
              review={visible}
              flags={flags}
              savingFlags={saving}
              cursor={cursor}
              editing={editing}
              display={prefs.display}
              hits={hitMap}
              suggestions={suggestions.marks}
              currentSuggestions={suggestions.current}
              readOnly={view.readOnly !== null}
              languages={languages}
              typology={view.typology}
              handlers={rowHandlers}
              gridRef={grid}
              revealToken={revealToken}
            />
            {compare && current && currentInfo && (
              <ComparePanel
                number={numbers.get(current.id) ?? 0}
                source={currentInfo.texts.source}
                mt={currentInfo.texts.target}
                edit={editOf(visible, current.id)}
                onClose={toggleCompare}
              />
            )}
          </div>
          {qaOpen && (
            <QaPanel
              index={suggestions.index}
              checks={suggestions.checks}
              loading={suggestions.state.status === 'loading'}
              error={suggestions.state.status === 'failed' ? suggestions.state.error : null}
              numbers={numbers}
              checksOff={suggestions.checksOff}
              readOnly={view.readOnly !== null}
              focusToken={qaFocus}
              onGo={goToSuggestion}
              onBack={() => grid.current?.focus({ preventScroll: true })}
              onClose={() => toggleQa(false)}
              onSetCheck={suggestions.setCheck}
            />
          )}
        </div>
        <StatusBar article={article} rowsShown={rows.length} />
      </div>
      {toast && (
        <Toast
          message={toast}
          onUndo={toast.undo ? (toast.onUndo ?? (() => history('undo'))) : undefined}
          onDone={() => setToast(null)}
        />
      )}
      {picker && (
        <FlagPicker
          target={picker}
          typology={view.typology}
          language={picker.side === 'source' ? view.source.language : view.target.language}
          onSave={(choice) => {
            const flag = createFlag(
              {
                row: picker.row,
                side: picker.side,
                span: picker.span,
                ...choice,
                // An accepted suggestion says which check proposed it.
                ...(picker.suggestion
                  ? { origin: `check:${picker.suggestion.check}` as const }
                  : {})
              },
              crypto.randomUUID(),
              new Date()
            )
            if (!submit({ type: 'flag.add', flag }))
              setToast({ text: t('workspace:toast.duplicateFlag'), id: Date.now() })
            setPicker(null)
            clearSelection()
            actions.setCursor(articleId, (c) => ({ ...c, anchor: null }))
          }}
          onCancel={() => setPicker(null)}
        />
      )}
      {openFlag && visible.flags.get(openFlag) && (
        <FlagEditor
          flag={visible.flags.get(openFlag)!}
          typology={view.typology}
          rowText={(() => {
            const f = visible.flags.get(openFlag)!
            const bead = visible.beads.find((b) => b.id === f.row)
            return bead ? rowInfo(bead, base).texts[f.side] : ''
          })()}
          number={numbers.get(visible.flags.get(openFlag)!.row) ?? 0}
          readOnly={view.readOnly !== null}
          onSubmit={(event) => submit(event)}
          onRemove={(id) => {
            setOpenFlag(null)
            removeFlag(id)
          }}
          onClose={() => setOpenFlag(null)}
        />
      )}
      {menu && menuRow && (
        <RowContextMenu
          label={t('alignment:rowMenu.label', { number: numbers.get(menuRow.id) ?? 0 })}
          groups={rowMenuGroups(i18n.getFixedT(null, 'keys'), mac, enabledInMenu)}
          at={menu.at}
          onChoose={(id) => {
            setMenu(null)
            handlers[id]?.(new KeyboardEvent('keydown'))
          }}
          onClose={() => setMenu(null)}
        />
      )}
      {splitting && (
        <SplitChooser
          bead={splitting}
          number={numbers.get(splitting.id) ?? 0}
          sides={base}
          languages={languages}
          onSplit={(cut) => {
            setSplitting(null)
            submit({ type: 'align.split', row: splitting.id, ...cut })
          }}
          onCancel={() => setSplitting(null)}
        />
      )}
      {goTo && (
        <GoToRow
          total={visible.beads.length}
          onGo={(n) => {
            setGoTo(false)
            const bead = visible.beads[n - 1]
            if (!bead) return
            if (!rows.some((b) => b.id === bead.id)) setFilters(NO_FILTERS)
            select(bead.id)
            setRevealToken((x) => x + 1)
          }}
          onCancel={() => setGoTo(false)}
        />
      )}
      {replacePlan && (
        <ReplacePreview
          plan={replacePlan}
          numbers={numbers}
          onApply={(edits) => {
            setReplacePlan(null)
            if (edits.length === 0) return
            const mtOf = (row: string): string => {
              const bead = visible.beads.find((b) => b.id === row)
              return bead ? rowInfo(bead, base).texts.target : ''
            }
            submit({
              type: 'edit.batch',
              edits: edits.map((e) => ({
                row: e.row,
                text: e.after === mtOf(e.row) ? null : e.after
              }))
            })
            setToast({
              text: t('workspace:toast.replaced', {
                count: edits.reduce((n, e) => n + e.count, 0)
              }),
              id: Date.now(),
              undo: true
            })
          }}
          onCancel={() => setReplacePlan(null)}
        />
      )}
    </div>
  )
}

/** The label of a command from the registry, with its first key (for buttons and tooltips). */
export function commandTitle(t: (key: string) => string, id: CommandId): string {
  const key = commandSpec(id).keys[0]
  return key ? `${t(`keys:command.${id}`)} (${key})` : t(`keys:command.${id}`)
}
