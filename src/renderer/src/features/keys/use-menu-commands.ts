/**
 * Commands from the application menu (Edit › Undo, Find…): the page decides what they mean where the
 * focus is — in a text field, Undo is the field's own undo; in the grid, the review history's.
 */
import { useEffect, useRef } from 'react'
import type { MenuCommand } from '@shared/ipc/contract'
import { useApi } from '../../app/api-context'

export type MenuHandlers = Partial<Record<MenuCommand, () => void>>

export function useMenuCommands(enabled: boolean, handlers: MenuHandlers): void {
  const api = useApi()
  const latest = useRef({ enabled, handlers })
  useEffect(() => {
    latest.current = { enabled, handlers }
  })
  useEffect(
    () =>
      api.on('menuCommand', ({ command }) => {
        const focused = document.activeElement
        const typing =
          focused instanceof HTMLElement &&
          (focused.isContentEditable || ['INPUT', 'TEXTAREA'].includes(focused.tagName))
        if (typing && (command === 'undo' || command === 'redo')) {
          document.execCommand(command)
          return
        }
        if (latest.current.enabled) latest.current.handlers[command]?.()
      }),
    [api]
  )
}
