/**
 * How keys of the registry are shown (menus, the `?` overlay, tooltips): Ctrl on Linux and Windows,
 * the ⌘ symbols on macOS, translated names for named keys in both languages, and the
 * `aria-keyshortcuts` value assistive technology reads.
 */
import { describe, expect, it } from 'vitest'
import { COMMANDS, type CommandSpec } from '@shared/keymap/commands'
import { SUPPORTED_LANGUAGES } from '@shared/i18n/resources'
import { ariaKeys, keyLabel } from '../../../../src/renderer/src/features/keys/key-labels'
import { isMacPlatform } from '../../../../src/renderer/src/features/keys/platform'
import { createI18n } from '../../../../src/renderer/src/i18n'

function labeller(language: 'en' | 'ru') {
  const missing: string[] = []
  const i18n = createI18n(language, { onMissingKey: (ns, key) => missing.push(`${ns}:${key}`) })
  return { t: i18n.getFixedT(language, 'keys'), missing }
}

describe('keyLabel', () => {
  const { t } = labeller('en')

  it('spells Ctrl on Linux and Windows, and the ⌘ symbols on macOS', () => {
    expect(keyLabel('Mod+Z', t, false)).toBe('Ctrl+Z')
    expect(keyLabel('Mod+Shift+Z', t, false)).toBe('Ctrl+Shift+Z')
    expect(keyLabel('Mod+Shift+Z', t, true)).toBe('⇧⌘Z')
    expect(keyLabel('Ctrl+Y', t, true)).toBe('⌃Y')
    expect(keyLabel('Alt+Backspace', t, false)).toBe('Alt+Backspace')
    expect(keyLabel('Alt+Backspace', t, true)).toBe('⌥Backspace')
    expect(keyLabel('Shift+[', t, false)).toBe('Shift+[')
  })

  it('shows letters as the registry writes them, and names the named keys', () => {
    expect(keyLabel('r', t, false)).toBe('r')
    expect(keyLabel('Shift+R', t, false)).toBe('Shift+R')
    expect(keyLabel('ArrowDown', t, false)).toBe('↓')
    expect(keyLabel('Escape', t, false)).toBe('Esc')
    expect(keyLabel('ContextMenu', t, false)).toBe('Menu')
    expect(keyLabel('Mod+Shift+ArrowRight', t, false)).toBe('Ctrl+Shift+→')
  })

  it.each(SUPPORTED_LANGUAGES)('has a %s name for every key the registry uses', (language) => {
    const { t: tl, missing } = labeller(language)
    for (const c of COMMANDS as readonly CommandSpec[])
      for (const k of c.keys) for (const mac of [false, true]) keyLabel(k, tl, mac)
    expect(missing).toEqual([])
  })
})

describe('ariaKeys', () => {
  it('names modifiers as ARIA does, Control or Meta for Mod, and upper-cases letters', () => {
    expect(ariaKeys('Mod+Z', false)).toBe('Control+Z')
    expect(ariaKeys('Mod+Z', true)).toBe('Meta+Z')
    expect(ariaKeys('Mod+Shift+Z', false)).toBe('Control+Shift+Z')
    expect(ariaKeys('Ctrl+Y', true)).toBe('Control+Y')
    expect(ariaKeys('r', false)).toBe('R')
    expect(ariaKeys('Space', false)).toBe('Space')
    expect(ariaKeys('Shift+F10', false)).toBe('Shift+F10')
  })
})

describe('isMacPlatform', () => {
  it('knows macOS and iOS from the user agent', () => {
    expect(isMacPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe(true)
    expect(isMacPlatform('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)')).toBe(true)
    expect(isMacPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe(false)
    expect(isMacPlatform('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe(false)
  })
})
