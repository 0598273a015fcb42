import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SupportedLanguage } from '@shared/i18n/resources'
import type { ProjectView } from '@shared/ipc/contract'
import type { ReviewSides } from '@shared/review/span-anchor'
import { RowContextMenu } from '../alignment/RowContextMenu'
import { SplitChooser } from '../alignment/SplitChooser'
import { useAlignmentFixes } from '../alignment/useAlignmentFixes'
import { FlagPicker, type FlagChoice } from './FlagPicker'
import { KeyboardHelp } from './KeyboardHelp'
import { createFlag } from './new-flag'
import { ProjectNotices } from './ProjectNotices'
import { countReview } from './review-store'
import { ReviewGrid } from './ReviewGrid'
import { rowElementId } from './ReviewRow'
import { buildRowModels, wholeRowTarget, type FlagTarget, type RowModel } from './row-models'
import { clearSelection, selectedSpanInRow } from './selection'
import { useReviewStore } from './useReviewStore'
import { useWorkspaceKeys, type WorkspaceCommands } from './useWorkspaceKeys'
import { WorkspaceHeader } from './WorkspaceHeader'
import './workspace.css'

interface WorkspaceProps {
  /** The open project; the workspace is remounted (fresh state) when another one opens. */
  readonly project: ProjectView
  readonly onLanguageChange: (language: SupportedLanguage) => void
}

/**
 * The review workspace: header, aligned rows, keyboard help, and the flag picker, row menu or split
 * chooser when open. The rows are the review state's current beads: alignment fixes change them.
 */
export function Workspace({ project, onLanguageChange }: WorkspaceProps): React.JSX.Element {
  const { t } = useTranslation('alignment')
  const sides: ReviewSides = useMemo(
    () => ({ source: project.source.segments, target: project.target.segments }),
    [project]
  )
  const { state, submit } = useReviewStore(project.id, project.review, sides)
  const beads = state.visible.beads
  const rows = useRowModels(beads, project)
  const rowIds = useMemo(() => rows.map((row) => row.bead.id), [rows])
  const counts = useMemo(() => countReview(state.saved, rowIds), [state.saved, rowIds])
  // The header counts the rows as they are now, after any alignment fix.
  const headerProject = useMemo(() => ({ ...project, beads }), [project, beads])
  const [selected, setCurrent] = useState(0)
  const current = Math.max(0, Math.min(rows.length - 1, selected))
  const [flagTarget, setFlagTarget] = useState<FlagTarget | null>(null)
  const grid = useRef<HTMLDivElement>(null)

  const alignment = useAlignmentFixes({
    review: state.visible,
    sides,
    submit,
    select: setCurrent,
    active: flagTarget === null
  })
  // `null`: nothing open; `undefined`: open, but its row went away (a refused fix rolled back, an
  // undo from the application menu), so it closes.
  const menuRow = alignment.menu && rows.find((row) => row.bead.id === alignment.menu?.rowId)
  const splitRow = alignment.splitting && rows.find((r) => r.bead.id === alignment.splitting?.id)
  const { closeMenu, cancelSplit } = alignment
  useEffect(() => {
    if (menuRow === undefined) closeMenu()
    if (splitRow === undefined) cancelSplit()
  }, [menuRow, splitRow, closeMenu, cancelSplit])
  const overlayOpen = flagTarget !== null || !!menuRow || !!splitRow

  // The grid holds the focus whenever no dialog or menu does: on open, and back from one (after the
  // render that lifts `inert`; an inert element cannot take focus).
  useEffect(() => {
    if (!overlayOpen) grid.current?.focus()
  }, [overlayOpen])

  const move = useCallback(
    (delta: number) => setCurrent((i) => Math.max(0, Math.min(rows.length - 1, i + delta))),
    [rows.length]
  )

  const openPicker = useCallback(
    (index: number) => {
      const row = rows[index]
      if (!row) return
      setCurrent(index)
      const selection = selectedSpanInRow(row.bead.id)
      setFlagTarget(selection ? { row, ...selection, fromSelection: true } : wholeRowTarget(row))
    },
    [rows]
  )

  const closePicker = useCallback(() => {
    setFlagTarget(null)
    clearSelection()
  }, [])

  const saveFlag = (choice: FlagChoice): void => {
    if (!flagTarget) return
    const { row, side, span } = flagTarget
    const draft = { row: row.bead.id, side, span, ...choice }
    submit({ type: 'flag.add', flag: createFlag(draft, crypto.randomUUID(), new Date()) })
    closePicker()
  }

  const removeFlag = useCallback((id: string) => submit({ type: 'flag.remove', id }), [submit])

  const { openMenu } = alignment
  const openRowMenu = useCallback(
    (index: number, at: { readonly x: number; readonly y: number }) => {
      const row = rows[index]
      if (!row) return
      setCurrent(index)
      openMenu(row.bead.id, at)
    },
    [rows, openMenu]
  )

  const currentId = rows[current]?.bead.id
  const commands: WorkspaceCommands = {
    move,
    markReviewed: () => {
      if (!currentId) return
      if (state.visible.statuses[currentId] !== 'reviewed') {
        submit({ type: 'status.set', row: currentId, status: 'reviewed' })
      }
      move(1)
    },
    toggleNeedsWork: () => {
      if (!currentId) return
      const now = state.visible.statuses[currentId]
      submit({
        type: 'status.set',
        row: currentId,
        status: now === 'needs-work' ? 'unreviewed' : 'needs-work'
      })
    },
    openFlagPicker: () => openPicker(current),
    removeLastFlag: () => {
      const last = currentId ? state.flagsByRow.get(currentId)?.at(-1) : undefined
      // A flag still being saved has nothing to remove in the log yet.
      if (last && !last.saving) removeFlag(last.flag.id)
    },
    alignment: (action) => alignment.run(action, currentId),
    openRowMenu: () => {
      if (currentId) openRowMenu(current, menuPointFor(currentId))
    }
  }
  useWorkspaceKeys(!overlayOpen, commands)

  return (
    <div className="workspace">
      {/* While a dialog or menu is open the page behind it is inert: no focus, no clicks. */}
      <div className="workspace__page" inert={overlayOpen}>
        <WorkspaceHeader
          project={headerProject}
          counts={counts}
          saving={state.pending.length > 0}
          saveStatus={state.status}
          onLanguageChange={onLanguageChange}
        />
        <ProjectNotices notices={project.notices} />
        <ReviewGrid
          rows={rows}
          review={state.visible}
          flagsByRow={state.flagsByRow}
          current={current}
          sourceLanguage={project.source.language}
          targetLanguage={project.target.language}
          gridRef={grid}
          onSelect={setCurrent}
          onFlag={openPicker}
          onRemoveFlag={removeFlag}
          onContextMenu={openRowMenu}
        />
        <KeyboardHelp />
      </div>
      {flagTarget && (
        <FlagPicker
          target={flagTarget}
          language={
            flagTarget.side === 'source' ? project.source.language : project.target.language
          }
          onSave={saveFlag}
          onCancel={closePicker}
        />
      )}
      {menuRow && alignment.menu && (
        <RowContextMenu
          label={t('rowMenu.label', { number: menuRow.index + 1 })}
          groups={alignment.menuGroups(menuRow.bead.id)}
          at={alignment.menu.at}
          onChoose={(id) => {
            alignment.closeMenu()
            alignment.run(id, menuRow.bead.id)
          }}
          onClose={alignment.closeMenu}
        />
      )}
      {splitRow && alignment.splitting && (
        <SplitChooser
          bead={alignment.splitting}
          number={splitRow.index + 1}
          sides={sides}
          languages={{ source: project.source.language, target: project.target.language }}
          onSplit={alignment.split}
          onCancel={alignment.cancelSplit}
        />
      )}
    </div>
  )
}

/** Row models for the current beads: rebuilt when an alignment fix changes them, not for flags. */
function useRowModels(
  beads: ProjectView['beads'],
  project: Pick<ProjectView, 'source' | 'target'>
): RowModel[] {
  return useMemo(() => buildRowModels(beads, project), [beads, project])
}

/** Where the Menu key opens a row's menu: just inside the row's text, below its top edge. */
function menuPointFor(rowId: string): { x: number; y: number } {
  const box = document.getElementById(rowElementId(rowId))?.getBoundingClientRect()
  return box ? { x: box.left + 48, y: box.top + 24 } : { x: 48, y: 48 }
}
