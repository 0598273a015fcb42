import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { SupportedLanguage } from '../../../../shared/i18n/resources'
import type { ProjectView } from '../../../../shared/ipc/contract'
import { FlagPicker, type FlagChoice } from './FlagPicker'
import { KeyboardHelp } from './KeyboardHelp'
import { createFlag } from './new-flag'
import { ProjectNotices } from './ProjectNotices'
import { countReview } from './review-store'
import { ReviewGrid } from './ReviewGrid'
import { buildRowModels, wholeRowTarget, type FlagTarget } from './row-models'
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

/** The review workspace: header, aligned rows, keyboard help, and the flag picker when open. */
export function Workspace({ project, onLanguageChange }: WorkspaceProps): React.JSX.Element {
  const rows = useMemo(() => buildRowModels(project), [project])
  const rowIds = useMemo(() => rows.map((row) => row.bead.id), [rows])
  const { state, submit } = useReviewStore(project.id, project.review)
  const counts = useMemo(() => countReview(state.saved, rowIds), [state.saved, rowIds])
  const [current, setCurrent] = useState(0)
  const [flagTarget, setFlagTarget] = useState<FlagTarget | null>(null)
  const grid = useRef<HTMLDivElement>(null)

  // The grid holds the focus whenever no dialog does: on open, and back from the picker (after the
  // render that lifts `inert`; an inert element cannot take focus).
  useEffect(() => {
    if (flagTarget === null) grid.current?.focus()
  }, [flagTarget])

  const move = useCallback(
    (delta: number) => setCurrent((i) => Math.max(0, Math.min(rows.length - 1, i + delta))),
    [rows.length]
  )

  const openPicker = useCallback(
    (index: number) => {
      const row = rows[index]
      if (!row) return
      setCurrent(index)
      const selected = selectedSpanInRow(row.bead.id)
      setFlagTarget(selected ? { row, ...selected, fromSelection: true } : wholeRowTarget(row))
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
    }
  }
  useWorkspaceKeys(flagTarget === null, commands)

  return (
    <div className="workspace">
      {/* While the picker is open the page behind it is inert: no focus, no clicks. */}
      <div className="workspace__page" inert={flagTarget !== null}>
        <WorkspaceHeader
          project={project}
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
    </div>
  )
}
