/**
 * The workspace's single-key commands. Letters match the physical key (`event.code`) as well as the
 * character, so j/k/f/x/n work the same with a Russian layout active, which is how a translator types.
 */
import { useLayoutEffect, useRef } from 'react'
import { physicalLetter } from './picker-keys'

export interface WorkspaceCommands {
  /** Moves the current row by `delta` (clamped; ±Infinity jumps to the first or last row). */
  readonly move: (delta: number) => void
  readonly markReviewed: () => void
  readonly toggleNeedsWork: () => void
  readonly openFlagPicker: () => void
  readonly removeLastFlag: () => void
}

type Command = (commands: WorkspaceCommands) => void

const BY_KEY: Record<string, Command> = {
  ArrowDown: (c) => c.move(1),
  ArrowUp: (c) => c.move(-1),
  PageDown: (c) => c.move(10),
  PageUp: (c) => c.move(-10),
  Home: (c) => c.move(-Infinity),
  End: (c) => c.move(Infinity),
  Enter: (c) => c.markReviewed(),
  Delete: (c) => c.removeLastFlag()
}

const BY_LETTER: Record<string, Command> = {
  j: (c) => c.move(1),
  k: (c) => c.move(-1),
  n: (c) => c.toggleNeedsWork(),
  f: (c) => c.openFlagPicker(),
  x: (c) => c.removeLastFlag()
}

export function commandFor(event: KeyboardEvent): Command | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null
  if (isTyping(event.target)) return null
  // Enter on a focused button presses the button, not the row.
  if (event.key === 'Enter' && isPressable(event.target)) return null
  const byKey = BY_KEY[event.key]
  if (byKey) return byKey
  const letter = physicalLetter(event.code) || event.key.toLowerCase()
  return event.shiftKey ? null : (BY_LETTER[letter] ?? null)
}

/**
 * Listens on the window while `enabled` (off while a dialog owns the keyboard). Layout effects, not
 * passive ones: a key pressed right after a render must already see that render's rows and state.
 */
export function useWorkspaceKeys(enabled: boolean, commands: WorkspaceCommands): void {
  const latest = useRef(commands)
  useLayoutEffect(() => {
    latest.current = commands
  })
  useLayoutEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      const command = commandFor(event)
      if (!command) return
      event.preventDefault()
      command(latest.current)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

function isPressable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName)
}
