/**
 * Key presses against the registry: the command each press means in each scope, letters and brackets
 * read by their place on the keyboard (a Russian layout types other characters on the same keys),
 * Mod as Ctrl on Linux/Windows and Cmd on macOS, exact modifiers, and the registry's own consistency.
 */
import { describe, expect, it } from 'vitest'
import { COMMANDS, menuAccelerator, type CommandSpec, type KeyScope } from '@shared/keymap/commands'
import { commandFor, matches, parseKey, type KeyPress } from '@shared/keymap/match'

const press = (key: string, init: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...init
})
const inGrid = (p: KeyPress, mac = false) => commandFor(p, 'grid', mac)
const anywhere = (p: KeyPress, mac = false, inText = false) =>
  commandFor(p, 'global', mac, { inText })

describe('letters, brackets and the backquote', () => {
  it('are read by the key’s place, so a Russian layout works the same', () => {
    expect(inGrid(press('j', { code: 'KeyJ' }))).toBe('row-next')
    expect(inGrid(press('о', { code: 'KeyJ' }))).toBe('row-next')
    expect(inGrid(press('а', { code: 'KeyF' }))).toBe('flag')
    expect(inGrid(press('к', { code: 'KeyR' }))).toBe('status-reviewed')
    expect(inGrid(press('ь', { code: 'KeyM' }))).toBe('merge')
    // The bracket keys type х and ъ with a Russian layout; Shift moves the Russian side instead.
    expect(inGrid(press('х', { code: 'BracketLeft' }))).toBe('move-target-up')
    expect(inGrid(press('ъ', { code: 'BracketRight' }))).toBe('move-target-down')
    expect(inGrid(press('Х', { code: 'BracketLeft', shiftKey: true }))).toBe('move-source-up')
    expect(inGrid(press('ё', { code: 'Backquote' }))).toBe('switch-side')
  })

  it('match the character too where the code is unknown, shifted brackets as a US layout types them', () => {
    expect(inGrid(press('j'))).toBe('row-next')
    expect(inGrid(press('[', {}))).toBe('move-target-up')
    expect(inGrid(press('{', { shiftKey: true }))).toBe('move-source-up')
    expect(inGrid(press('}', { shiftKey: true }))).toBe('move-source-down')
  })

  it('match capitals in the registry (Shift+J, Mod+Z) whatever case the key types', () => {
    expect(inGrid(press('J', { code: 'KeyJ', shiftKey: true }))).toBe('next-unreviewed')
    expect(inGrid(press('О', { code: 'KeyJ', shiftKey: true }))).toBe('next-unreviewed')
    expect(inGrid(press('R', { code: 'KeyR', shiftKey: true }))).toBe('status-unreviewed')
    expect(anywhere(press('z', { code: 'KeyZ', ctrlKey: true }))).toBe('undo')
    expect(anywhere(press('я', { code: 'KeyZ', ctrlKey: true }))).toBe('undo')
    expect(anywhere(press('н', { code: 'KeyY', ctrlKey: true }))).toBe('redo')
    expect(anywhere(press('f', { code: 'KeyF', ctrlKey: true }), false, true)).toBe('find')
    expect(anywhere(press('g', { code: 'KeyG', ctrlKey: true }), false, true)).toBe('go-to-row')
  })
})

describe('modifiers', () => {
  it('read Mod as Ctrl on Linux and Windows, and as Cmd on macOS', () => {
    const ctrlZ = press('z', { code: 'KeyZ', ctrlKey: true })
    const cmdZ = press('z', { code: 'KeyZ', metaKey: true })
    expect(anywhere(ctrlZ, false)).toBe('undo')
    expect(anywhere(cmdZ, false)).toBeUndefined()
    expect(anywhere(cmdZ, true)).toBe('undo')
    expect(anywhere(ctrlZ, true)).toBeUndefined()
    expect(anywhere(press('Z', { code: 'KeyZ', metaKey: true, shiftKey: true }), true)).toBe('redo')
    // Ctrl+Y is Ctrl on every system (the Windows redo).
    expect(anywhere(press('y', { code: 'KeyY', ctrlKey: true }), true)).toBe('redo')
    expect(inGrid(press('ArrowRight', { metaKey: true }), true)).toBe('caret-word-right')
    expect(inGrid(press('ArrowRight', { ctrlKey: true }), false)).toBe('caret-word-right')
  })

  it('must be exactly those of the binding: a shortcut with more is left to the system', () => {
    expect(inGrid(press('j', { code: 'KeyJ', ctrlKey: true }))).toBeUndefined()
    expect(inGrid(press('c', { code: 'KeyC', ctrlKey: true }))).toBeUndefined()
    expect(anywhere(press('z', { code: 'KeyZ', ctrlKey: true, altKey: true }))).toBeUndefined()
    expect(inGrid(press('ArrowRight', { shiftKey: true }))).toBe('select-right')
    expect(inGrid(press('ArrowRight', { shiftKey: true, ctrlKey: true }))).toBe('select-word-right')
    expect(inGrid(press('Backspace', { altKey: true }))).toBe('restore-mt')
    expect(inGrid(press('Backspace'))).toBeUndefined()
    expect(inGrid(press(' ', { code: 'Space' }))).toBe('review-and-next')
    expect(inGrid(press(' ', { code: 'Space', shiftKey: true }))).toBeUndefined()
  })

  it('let characters that need Shift on some layouts (? and +) match on the character', () => {
    expect(anywhere(press('?', { shiftKey: true, code: 'Slash' }))).toBe('show-keys')
    expect(anywhere(press('F1'))).toBe('show-keys')
    expect(anywhere(press('+', { ctrlKey: true, shiftKey: true }), false, true)).toBe('zoom-in')
    expect(anywhere(press('=', { ctrlKey: true }), false, true)).toBe('zoom-in')
    expect(anywhere(press('-', { ctrlKey: true }), false, true)).toBe('zoom-out')
    expect(anywhere(press('0', { ctrlKey: true, code: 'Digit0' }), false, true)).toBe('zoom-reset')
  })
})

describe('scopes', () => {
  it('give one key its meaning where the focus is', () => {
    const enter = press('Enter')
    const at = (scope: KeyScope) => commandFor(enter, scope, false)
    expect(at('grid')).toBe('edit-row')
    expect(at('editor')).toBe('editor-save')
    expect(at('flag')).toBe('flag-open')
    expect(at('picker')).toBe('picker-save')
    expect(at('find')).toBe('find-next-in-bar')
    expect(commandFor(press('Enter', { ctrlKey: true }), 'editor', false)).toBe(
      'editor-confirm-next'
    )
    expect(commandFor(press('Delete'), 'flag', false)).toBe('flag-remove')
    expect(commandFor(press('Delete'), 'grid', false)).toBeUndefined()
    expect(commandFor(press('2', { code: 'Digit2' }), 'picker', false)).toBe('picker-severity')
  })

  it('offer only the window’s commands while typing in a text field', () => {
    expect(anywhere(press('f', { code: 'KeyF', ctrlKey: true }), false, true)).toBe('find')
    expect(anywhere(press('z', { code: 'KeyZ', ctrlKey: true }), false, true)).toBeUndefined()
    expect(anywhere(press('?', { shiftKey: true }), false, true)).toBeUndefined()
  })
})

describe('the registry', () => {
  const all = COMMANDS as readonly CommandSpec[]

  it('parses every key it writes', () => {
    expect(parseKey('Mod+Shift+[')).toEqual({
      mod: true,
      ctrl: false,
      shift: true,
      alt: false,
      key: '['
    })
    expect(parseKey('Mod++')).toMatchObject({ mod: true, key: '+' })
    expect(parseKey('+')).toMatchObject({ mod: false, key: '+' })
    for (const c of all) for (const k of c.keys) expect(parseKey(k).key).not.toBe('')
  })

  it('never binds one key twice in a scope, nor a grid key that a window key would shadow', () => {
    const pressOf = (binding: string): KeyPress => {
      const k = parseKey(binding)
      const key = k.key === 'Space' ? ' ' : k.key
      return press(k.shift && /^[a-z]$/i.test(key) ? key.toUpperCase() : key, {
        code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
        ctrlKey: k.mod || k.ctrl,
        shiftKey: k.shift,
        altKey: k.alt
      })
    }
    for (const c of all) {
      for (const binding of c.keys) {
        const p = pressOf(binding)
        // The first command of its scope that the press matches is the command itself.
        expect(commandFor(p, c.scope, false), `${c.id}: ${binding}`).toBe(c.id)
        if (c.scope === 'grid') {
          expect(commandFor(p, 'global', false), `${c.id}: ${binding}`).toBeUndefined()
        }
      }
    }
  })

  it('gives the application menu the first key of each menu command, in Electron’s syntax', () => {
    expect(menuAccelerator('undo')).toBe('CmdOrCtrl+Z')
    expect(menuAccelerator('redo')).toBe('CmdOrCtrl+Shift+Z')
    expect(menuAccelerator('find')).toBe('CmdOrCtrl+F')
    expect(menuAccelerator('zoom-in')).toBe('CmdOrCtrl+=')
    expect(menuAccelerator('show-keys')).toBe('F1')
    expect(matches('Mod+Z', press('z', { ctrlKey: true }), false)).toBe(true)
  })
})
