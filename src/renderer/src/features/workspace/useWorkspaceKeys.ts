/**
 * The workspace's single-key commands. Letters and brackets match the physical key (`event.code`) as
 * well as the character, so j/k/f/x/n/m/s/u/[/] work the same with a Russian layout active (where the
 * bracket keys type х and ъ), which is how a translator types.
 */
import { useLayoutEffect, useRef } from 'react'
import type { AlignmentActionId } from '../alignment/alignment-actions'
import { physicalLetter } from './picker-keys'

export interface WorkspaceCommands {
  /** Moves the current row by `delta` (clamped; ±Infinity jumps to the first or last row). */
  readonly move: (delta: number) => void
  readonly markReviewed: () => void
  readonly toggleNeedsWork: () => void
  readonly openFlagPicker: () => void
  readonly removeLastFlag: () => void
  /** An alignment fix on the current row (or undo/redo of the last one). */
  readonly alignment: (action: AlignmentActionId) => void
  /** Opens the current row's context menu (the Menu key, Shift+F10). */
  readonly openRowMenu: () => void
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
  x: (c) => c.removeLastFlag(),
  m: (c) => c.alignment('merge'),
  s: (c) => c.alignment('split'),
  u: (c) => c.alignment('unlink')
}

/** `[` / `]` move the MT's first sentence up / last sentence down; with Shift, the source's. */
const BRACKETS: Record<string, readonly [plain: AlignmentActionId, shifted: AlignmentActionId]> = {
  BracketLeft: ['move-target-up', 'move-source-up'],
  BracketRight: ['move-target-down', 'move-source-down']
}
const BRACKET_CHARACTERS: Record<string, string> = {
  '[': 'BracketLeft',
  '{': 'BracketLeft',
  ']': 'BracketRight',
  '}': 'BracketRight'
}

export function commandFor(event: KeyboardEvent): Command | null {
  if (event.isComposing || isTyping(event.target)) return null
  if (event.altKey) return null
  if (event.ctrlKey || event.metaKey) return historyCommand(event)
  if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
    return (c) => c.openRowMenu()
  }
  // Enter on a focused button presses the button, not the row.
  if (event.key === 'Enter' && isPressable(event.target)) return null
  const byKey = BY_KEY[event.key]
  if (byKey) return byKey
  const bracket = BRACKETS[event.code] ?? BRACKETS[BRACKET_CHARACTERS[event.key] ?? '']
  if (bracket) {
    const action = bracket[event.shiftKey ? 1 : 0]
    return (c) => c.alignment(action)
  }
  const letter = physicalLetter(event.code) || event.key.toLowerCase()
  return event.shiftKey ? null : (BY_LETTER[letter] ?? null)
}

/** Ctrl/Cmd+Z undoes the last alignment fix; Ctrl/Cmd+Shift+Z or Ctrl+Y redoes it. */
function historyCommand(event: KeyboardEvent): Command | null {
  const letter = physicalLetter(event.code) || event.key.toLowerCase()
  if (letter === 'z') return (c) => c.alignment(event.shiftKey ? 'redo' : 'undo')
  if (letter === 'y' && event.ctrlKey && !event.shiftKey) return (c) => c.alignment('redo')
  return null
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
