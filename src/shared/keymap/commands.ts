/**
 * Every keyboard command of the app, once. The renderer's key handler, the application menu's
 * accelerators, the `?` overlay and the README (a test compares its key table) all read this list.
 *
 * Keys are written `Mod+Shift+Z` (Mod is Ctrl, or Cmd on macOS), `Alt+Backspace`, `j`, `Shift+[`,
 * `ArrowDown`, `Space`. A single letter, bracket or backquote matches the physical key as well as the
 * character, so the keys work the same with a Russian layout (where `[` types х).
 */
import type { MenuCommand } from '../ipc/contract'

/** Where a command works: the focused area decides, so panels beside the grid keep their own keys. */
export type KeyScope =
  /** Anywhere in the window, text fields included when `inText` is set. */
  | 'global'
  /** The review grid has focus (no text field, dialog or menu). */
  | 'grid'
  /** The post-edit field of a row. */
  | 'editor'
  /** A flag on a row has focus. */
  | 'flag'
  /** The flag picker dialog. */
  | 'picker'
  /** The find and replace bar. */
  | 'find'
  /** The list of suggestions in the QA panel. */
  | 'qa'

export type KeyGroup =
  'navigate' | 'review' | 'edit' | 'flag' | 'align' | 'suggest' | 'find' | 'view'

export interface CommandSpec {
  readonly id: string
  readonly scope: KeyScope
  readonly group: KeyGroup
  /** The first key is the one menus and the overlay show first. */
  readonly keys: readonly string[]
  /** Also while typing in a text field (find, zoom: commands about the window, not the text). */
  readonly inText?: boolean
  /** An application menu item sends this command (its accelerator is the first key). */
  readonly menu?: MenuCommand
}

export const COMMANDS = [
  // Navigate
  { id: 'row-next', scope: 'grid', group: 'navigate', keys: ['j', 'ArrowDown'] },
  { id: 'row-previous', scope: 'grid', group: 'navigate', keys: ['k', 'ArrowUp'] },
  { id: 'page-down', scope: 'grid', group: 'navigate', keys: ['PageDown'] },
  { id: 'page-up', scope: 'grid', group: 'navigate', keys: ['PageUp'] },
  { id: 'row-first', scope: 'grid', group: 'navigate', keys: ['Home'] },
  { id: 'row-last', scope: 'grid', group: 'navigate', keys: ['End'] },
  { id: 'next-unreviewed', scope: 'grid', group: 'navigate', keys: ['Shift+J'] },
  { id: 'previous-unreviewed', scope: 'grid', group: 'navigate', keys: ['Shift+K'] },
  { id: 'go-to-row', scope: 'global', group: 'navigate', keys: ['Mod+G'], inText: true },
  // Review
  { id: 'review-and-next', scope: 'grid', group: 'review', keys: ['Space'] },
  { id: 'status-reviewed', scope: 'grid', group: 'review', keys: ['r'] },
  { id: 'status-needs-work', scope: 'grid', group: 'review', keys: ['n'] },
  { id: 'status-confirmed', scope: 'grid', group: 'review', keys: ['c'] },
  { id: 'status-unreviewed', scope: 'grid', group: 'review', keys: ['Shift+R'] },
  { id: 'confirm-and-next', scope: 'grid', group: 'review', keys: ['Mod+Enter'] },
  { id: 'undo', scope: 'global', group: 'review', keys: ['Mod+Z'], menu: 'undo' },
  { id: 'redo', scope: 'global', group: 'review', keys: ['Mod+Shift+Z', 'Ctrl+Y'], menu: 'redo' },
  // Post-edit
  { id: 'edit-row', scope: 'grid', group: 'edit', keys: ['Enter', 'F2'] },
  { id: 'editor-save', scope: 'editor', group: 'edit', keys: ['Enter'] },
  { id: 'editor-confirm-next', scope: 'editor', group: 'edit', keys: ['Mod+Enter'] },
  { id: 'editor-cancel', scope: 'editor', group: 'edit', keys: ['Escape'] },
  { id: 'restore-mt', scope: 'grid', group: 'edit', keys: ['Alt+Backspace'] },
  { id: 'cycle-display', scope: 'grid', group: 'edit', keys: ['t'] },
  { id: 'toggle-compare', scope: 'grid', group: 'edit', keys: ['Shift+T'] },
  // Flag
  { id: 'caret-left', scope: 'grid', group: 'flag', keys: ['ArrowLeft'] },
  { id: 'caret-right', scope: 'grid', group: 'flag', keys: ['ArrowRight'] },
  { id: 'caret-word-left', scope: 'grid', group: 'flag', keys: ['Mod+ArrowLeft'] },
  { id: 'caret-word-right', scope: 'grid', group: 'flag', keys: ['Mod+ArrowRight'] },
  { id: 'select-left', scope: 'grid', group: 'flag', keys: ['Shift+ArrowLeft'] },
  { id: 'select-right', scope: 'grid', group: 'flag', keys: ['Shift+ArrowRight'] },
  { id: 'select-word-left', scope: 'grid', group: 'flag', keys: ['Mod+Shift+ArrowLeft'] },
  { id: 'select-word-right', scope: 'grid', group: 'flag', keys: ['Mod+Shift+ArrowRight'] },
  { id: 'select-to-start', scope: 'grid', group: 'flag', keys: ['Shift+Home'] },
  { id: 'select-to-end', scope: 'grid', group: 'flag', keys: ['Shift+End'] },
  { id: 'switch-side', scope: 'grid', group: 'flag', keys: ['`'] },
  { id: 'clear-selection', scope: 'grid', group: 'flag', keys: ['Escape'] },
  { id: 'flag', scope: 'grid', group: 'flag', keys: ['f'] },
  { id: 'flag-source', scope: 'grid', group: 'flag', keys: ['Shift+F'] },
  { id: 'flag-open', scope: 'flag', group: 'flag', keys: ['Enter', 'F2'] },
  { id: 'flag-remove', scope: 'flag', group: 'flag', keys: ['Delete', 'x'] },
  { id: 'picker-severity', scope: 'picker', group: 'flag', keys: ['0', '1', '2', '3'] },
  { id: 'picker-save', scope: 'picker', group: 'flag', keys: ['Enter'] },
  { id: 'picker-cancel', scope: 'picker', group: 'flag', keys: ['Escape'] },
  // Align
  { id: 'merge', scope: 'grid', group: 'align', keys: ['m'] },
  { id: 'split', scope: 'grid', group: 'align', keys: ['s'] },
  { id: 'move-target-up', scope: 'grid', group: 'align', keys: ['['] },
  { id: 'move-target-down', scope: 'grid', group: 'align', keys: [']'] },
  { id: 'move-source-up', scope: 'grid', group: 'align', keys: ['Shift+['] },
  { id: 'move-source-down', scope: 'grid', group: 'align', keys: ['Shift+]'] },
  { id: 'unlink', scope: 'grid', group: 'align', keys: ['u'] },
  { id: 'row-menu', scope: 'grid', group: 'align', keys: ['ContextMenu', 'Shift+F10'] },
  // Suggestions
  { id: 'suggestion-next', scope: 'grid', group: 'suggest', keys: ['g'] },
  { id: 'suggestion-accept', scope: 'grid', group: 'suggest', keys: ['a'] },
  { id: 'suggestion-fix', scope: 'grid', group: 'suggest', keys: ['Shift+A'] },
  { id: 'suggestion-dismiss', scope: 'grid', group: 'suggest', keys: ['d'] },
  { id: 'suggestion-dismiss-check', scope: 'grid', group: 'suggest', keys: ['Shift+D'] },
  { id: 'toggle-qa-panel', scope: 'global', group: 'suggest', keys: ['q'] },
  { id: 'qa-next', scope: 'qa', group: 'suggest', keys: ['ArrowDown'] },
  { id: 'qa-previous', scope: 'qa', group: 'suggest', keys: ['ArrowUp'] },
  { id: 'qa-first', scope: 'qa', group: 'suggest', keys: ['Home'] },
  { id: 'qa-last', scope: 'qa', group: 'suggest', keys: ['End'] },
  { id: 'qa-go', scope: 'qa', group: 'suggest', keys: ['Enter'] },
  { id: 'qa-close', scope: 'qa', group: 'suggest', keys: ['Escape'] },
  // Find
  { id: 'find', scope: 'global', group: 'find', keys: ['Mod+F'], inText: true, menu: 'find' },
  { id: 'replace', scope: 'global', group: 'find', keys: ['Mod+H'], inText: true, menu: 'replace' },
  { id: 'find-next', scope: 'global', group: 'find', keys: ['F3'], inText: true },
  { id: 'find-previous', scope: 'global', group: 'find', keys: ['Shift+F3'], inText: true },
  { id: 'find-next-in-bar', scope: 'find', group: 'find', keys: ['Enter'] },
  { id: 'find-previous-in-bar', scope: 'find', group: 'find', keys: ['Shift+Enter'] },
  { id: 'find-close', scope: 'find', group: 'find', keys: ['Escape'] },
  { id: 'toggle-filters', scope: 'global', group: 'find', keys: ['Mod+Shift+L'], inText: true },
  { id: 'export', scope: 'global', group: 'view', keys: ['Mod+E'], inText: true, menu: 'export' },
  // View
  { id: 'show-keys', scope: 'global', group: 'view', keys: ['?', 'F1'], menu: 'show-keys' },
  {
    id: 'zoom-in',
    scope: 'global',
    group: 'view',
    keys: ['Mod+=', 'Mod++'],
    inText: true,
    menu: 'zoom-in'
  },
  {
    id: 'zoom-out',
    scope: 'global',
    group: 'view',
    keys: ['Mod+-'],
    inText: true,
    menu: 'zoom-out'
  },
  {
    id: 'zoom-reset',
    scope: 'global',
    group: 'view',
    keys: ['Mod+0'],
    inText: true,
    menu: 'zoom-reset'
  },
  {
    id: 'show-workspace',
    scope: 'global',
    group: 'view',
    keys: ['Mod+1'],
    inText: true,
    menu: 'show-workspace'
  },
  {
    id: 'show-dashboard',
    scope: 'global',
    group: 'view',
    keys: ['Mod+2'],
    inText: true,
    menu: 'show-dashboard'
  },
  {
    id: 'toggle-theme',
    scope: 'global',
    group: 'view',
    keys: ['Mod+Shift+D'],
    inText: true,
    menu: 'toggle-theme'
  }
] as const satisfies readonly CommandSpec[]

export type CommandId = (typeof COMMANDS)[number]['id']

export const KEY_GROUPS: readonly KeyGroup[] = [
  'navigate',
  'review',
  'edit',
  'flag',
  'align',
  'suggest',
  'find',
  'view'
]

export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS.find((c) => c.id === id)!
}

/** The menu command's accelerator in Electron's syntax (`CmdOrCtrl+Shift+Z`). */
export function menuAccelerator(command: MenuCommand): string | undefined {
  const spec = (COMMANDS as readonly CommandSpec[]).find((c) => c.menu === command)
  const key = spec?.keys[0]
  if (!key || key === '?') return key === '?' ? 'F1' : undefined
  return key.replace(/^Mod\+/, 'CmdOrCtrl+').replace(/\+Mod\+/, '+CmdOrCtrl+')
}
