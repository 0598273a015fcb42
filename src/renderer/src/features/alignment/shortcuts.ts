/** The keys of the alignment commands, as shown in the row menu and announced to assistive tech. */
import type { TFunction } from 'i18next'
import type { AlignmentActionId } from './alignment-actions'

export interface Shortcut {
  /** What the menu shows, e.g. `Ctrl+Shift+Z` or `⇧⌘Z`. */
  readonly label: string
  /** The `aria-keyshortcuts` value, e.g. `Control+Shift+Z`. */
  readonly aria: string
}

/** macOS spells Cmd where every other system spells Ctrl. */
export function isMacPlatform(userAgent: string = navigator.userAgent): boolean {
  return /Mac|iPhone|iPad/.test(userAgent)
}

export function alignmentShortcut(
  id: AlignmentActionId,
  t: TFunction<'alignment'>,
  mac: boolean
): Shortcut {
  const shift = t('keys.shift')
  const modifier = mac ? t('keys.cmd') : `${t('keys.ctrl')}+`
  const modifierAria = mac ? 'Meta' : 'Control'
  switch (id) {
    case 'merge':
      return { label: 'M', aria: 'M' }
    case 'split':
      return { label: 'S', aria: 'S' }
    case 'unlink':
      return { label: 'U', aria: 'U' }
    case 'move-target-up':
      return { label: '[', aria: '[' }
    case 'move-target-down':
      return { label: ']', aria: ']' }
    case 'move-source-up':
      return { label: `${shift}+[`, aria: 'Shift+[' }
    case 'move-source-down':
      return { label: `${shift}+]`, aria: 'Shift+]' }
    case 'undo':
      return { label: `${modifier}Z`, aria: `${modifierAria}+Z` }
    case 'redo':
      return {
        label: mac ? `⇧${modifier}Z` : `${modifier}${shift}+Z`,
        aria: `${modifierAria}+Shift+Z`
      }
  }
}
