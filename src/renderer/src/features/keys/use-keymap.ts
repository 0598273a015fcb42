/**
 * One keyboard listener for the window, routing each key press through the registry
 * (`@shared/keymap`): the focused area decides the scope — the post-edit field, the find bar, a
 * focused flag, or the grid — so panels beside the grid keep their own keys. Text fields other than
 * those get only the window-wide commands that work while typing (find, zoom…), never single letters.
 */
import { useLayoutEffect, useRef } from 'react'
import type { CommandId, KeyScope } from '@shared/keymap/commands'
import { commandFor } from '@shared/keymap/match'
import { isMacPlatform } from './platform'

export type CommandHandlers = Partial<Record<CommandId, (event: KeyboardEvent) => boolean | void>>

/** The scope of the element that has the focus. */
export function scopeOf(target: EventTarget | null): { scope: KeyScope | null; typing: boolean } {
  if (!(target instanceof HTMLElement)) return { scope: 'grid', typing: false }
  const area = target.closest<HTMLElement>('[data-key-scope]')?.dataset.keyScope as
    KeyScope | undefined
  const typing =
    target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
  if (area) return { scope: area, typing }
  if (typing) return { scope: null, typing }
  // Buttons and links outside a scope press natively; the rest of the page is the grid's.
  return { scope: 'grid', typing: false }
}

/**
 * Listens while `enabled`. A handler returning `false` declines the key (it then does its native
 * thing). Layout effects: a key pressed right after a render already sees that render's handlers.
 */
export function useKeymap(enabled: boolean, handlers: CommandHandlers): void {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useLayoutEffect(() => {
    if (!enabled) return
    const mac = isMacPlatform()
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return
      const { scope, typing } = scopeOf(event.target)
      const press = event
      let id: CommandId | undefined
      if (scope && scope !== 'grid') id = commandFor(press, scope, mac)
      if (!id && scope === 'grid' && !isPressable(event.target, event.key))
        id = commandFor(press, 'grid', mac)
      if (!id) id = commandFor(press, 'global', mac, { inText: typing })
      if (!id) return
      const handler = latest.current[id]
      if (!handler) return
      if (handler(event) === false) return
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}

/** Enter or Space on a focused button presses the button, not a grid command. */
function isPressable(target: EventTarget | null, key: string): boolean {
  return (
    (key === 'Enter' || key === ' ') &&
    target instanceof HTMLElement &&
    ['BUTTON', 'A', 'SUMMARY', 'SELECT'].includes(target.tagName)
  )
}
