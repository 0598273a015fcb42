/**
 * The workspace's alignment fixes: what a key or a menu item does, the row menu and the split
 * chooser's open state, and Edit › Undo/Redo from the application menu.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bead } from '@shared/domain/alignment'
import { checkEvent } from '@shared/review/check-event'
import type { AlignmentEvent, ReviewEvent } from '@shared/review/events'
import type { ReviewState } from '@shared/review/replay'
import type { ReviewSides } from '@shared/review/span-anchor'
import { useApi } from '../../app/api-context'
import {
  ALIGNMENT_ACTION_GROUPS,
  alignmentCommand,
  historyKind,
  rowAfter,
  type AlignmentActionId
} from './alignment-actions'
import type { MenuEntry } from './RowContextMenu'
import { alignmentShortcut, isMacPlatform } from './shortcuts'

export interface RowMenuState {
  readonly rowId: string
  readonly at: { readonly x: number; readonly y: number }
}

export interface AlignmentFixes {
  /** Runs an action on a row (the current one for keys); does nothing when it is not possible. */
  readonly run: (action: AlignmentActionId, rowId: string | undefined) => void
  readonly menu: RowMenuState | null
  readonly openMenu: (rowId: string, at: RowMenuState['at']) => void
  readonly closeMenu: () => void
  /** The entries of the open row menu, each enabled only when it can be done. */
  readonly menuGroups: (rowId: string) => MenuEntry<AlignmentActionId>[][]
  /** The row whose split chooser is open. */
  readonly splitting: Bead | null
  readonly split: (cut: { readonly sourceAt: number; readonly targetAt: number }) => void
  readonly cancelSplit: () => void
}

interface Options {
  /** What the reviewer sees (saved plus pending): fixes apply on top of it. */
  readonly review: ReviewState
  readonly sides: ReviewSides
  readonly submit: (event: ReviewEvent) => void
  /** Selects a row by index: the row a fix leaves the reviewer on. */
  readonly select: (index: number) => void
  /** Whether the application menu's Undo/Redo may act on alignment (no dialog open). */
  readonly active: boolean
}

export function useAlignmentFixes({
  review,
  sides,
  submit,
  select,
  active
}: Options): AlignmentFixes {
  const { t } = useTranslation('alignment')
  const [menu, setMenu] = useState<RowMenuState | null>(null)
  const [splitting, setSplitting] = useState<Bead | null>(null)

  const record = useCallback(
    (event: AlignmentEvent) => {
      const next = rowAfter(review, event)
      submit(event)
      if (next !== null) select(next)
    },
    [review, submit, select]
  )

  const run = useCallback(
    (action: AlignmentActionId, rowId: string | undefined) => {
      const command = alignmentCommand(action, review, rowId, sides)
      if (command?.kind === 'record') record(command.event)
      else if (command?.kind === 'choose-split') setSplitting(command.bead)
    },
    [review, sides, record]
  )

  const menuGroups = (rowId: string): MenuEntry<AlignmentActionId>[][] => {
    const mac = isMacPlatform()
    return ALIGNMENT_ACTION_GROUPS.map((group) =>
      group.map((id) => ({
        id,
        label: menuLabel(id),
        shortcut: alignmentShortcut(id, t, mac),
        enabled: alignmentCommand(id, review, rowId, sides) !== null
      }))
    )
  }

  const menuLabel = (id: AlignmentActionId): string => {
    if (id !== 'undo' && id !== 'redo') return t(`rowMenu.${id}`)
    const kind = historyKind(review, id)
    return kind
      ? t(id === 'undo' ? 'rowMenu.undoKind' : 'rowMenu.redoKind', {
          what: t(`kind.${kind}`)
        })
      : t(`rowMenu.${id}`)
  }

  const split = (cut: { readonly sourceAt: number; readonly targetAt: number }): void => {
    if (!splitting) return
    setSplitting(null)
    const event: AlignmentEvent = { type: 'align.split', row: splitting.id, ...cut }
    if (checkEvent(review, event, sides) === null) record(event)
  }

  // Not while the row menu or the split chooser is open: the rows under them must stay put.
  useMenuUndo(active && menu === null && splitting === null, run)

  return {
    run,
    menu,
    openMenu: useCallback((rowId, at) => setMenu({ rowId, at }), []),
    closeMenu: useCallback(() => setMenu(null), []),
    menuGroups,
    splitting,
    split,
    cancelSplit: useCallback(() => setSplitting(null), [])
  }
}

/**
 * Edit › Undo/Redo in the application menu (a click, or its accelerator when the page left the key
 * alone): text editing when a text field has the focus, otherwise the last alignment fix.
 */
function useMenuUndo(
  active: boolean,
  run: (action: AlignmentActionId, rowId: string | undefined) => void
): void {
  const api = useApi()
  const latest = useRef({ active, run })
  useEffect(() => {
    latest.current = { active, run }
  })
  useEffect(
    () =>
      api.on('menuCommand', ({ command }) => {
        const focused = document.activeElement
        if (
          focused instanceof HTMLElement &&
          (focused.isContentEditable || ['INPUT', 'TEXTAREA'].includes(focused.tagName))
        ) {
          document.execCommand(command)
        } else if (latest.current.active) latest.current.run(command, undefined)
      }),
    [api]
  )
}
