/**
 * How a key of the registry is shown: `Ctrl+Shift+Z` or `⇧⌘Z`, translated names for keys that have
 * one (Enter, Esc, Space…), and the `aria-keyshortcuts` value for assistive technology.
 */
import type { TFunction } from 'i18next'
import { parseKey } from '@shared/keymap/match'

const NAMED = new Set([
  'Enter',
  'Escape',
  'Space',
  'Delete',
  'Backspace',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'ContextMenu',
  'Tab'
])

export function keyLabel(binding: string, t: TFunction<'keys'>, mac: boolean): string {
  const key = parseKey(binding)
  // Letters as the registry spells them: lower case alone (`j`), upper case with a modifier (`Ctrl+Z`).
  const plain = !key.mod && !key.ctrl && !key.alt && !key.shift
  const name = NAMED.has(key.key)
    ? t(`name.${key.key}` as never)
    : plain
      ? key.key
      : key.key.toUpperCase()
  if (mac) {
    return `${key.ctrl ? '⌃' : ''}${key.alt ? '⌥' : ''}${key.shift ? '⇧' : ''}${key.mod ? '⌘' : ''}${name}`
  }
  const parts = [
    ...(key.mod || key.ctrl ? [t('name.Ctrl')] : []),
    ...(key.alt ? [t('name.Alt')] : []),
    ...(key.shift ? [t('name.Shift')] : []),
    name
  ]
  return parts.join('+')
}

export function ariaKeys(binding: string, mac: boolean): string {
  const key = parseKey(binding)
  const name =
    key.key === 'Space' ? 'Space' : key.key.length === 1 ? key.key.toUpperCase() : key.key
  return [
    ...(key.mod ? [mac ? 'Meta' : 'Control'] : key.ctrl ? ['Control'] : []),
    ...(key.alt ? ['Alt'] : []),
    ...(key.shift ? ['Shift'] : []),
    name
  ].join('+')
}
