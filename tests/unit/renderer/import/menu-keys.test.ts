/** Keyboard movement in the encoding menu: arrows wrap, Home/End, and typing a letter cycles. */
import { describe, expect, it } from 'vitest'
import { menuFocusAfter } from '../../../../src/renderer/src/features/import/menu-keys'

const LABELS = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'Windows-1251', 'KOI8-R', 'CP866', 'ISO-8859-5']

describe('menu focus', () => {
  it('wraps with the arrows and jumps with Home and End', () => {
    expect(menuFocusAfter('ArrowDown', 6, LABELS)).toBe(0)
    expect(menuFocusAfter('ArrowUp', 0, LABELS)).toBe(6)
    expect(menuFocusAfter('Home', 4, LABELS)).toBe(0)
    expect(menuFocusAfter('End', 1, LABELS)).toBe(6)
  })

  it('cycles through the items starting with a typed letter, in either case', () => {
    const u = (from: number) => menuFocusAfter('u', from, LABELS)
    expect([u(0), u(1), u(2)]).toEqual([1, 2, 0])
    expect(menuFocusAfter('K', 0, LABELS)).toBe(4)
    expect(menuFocusAfter('w', 6, LABELS)).toBe(3)
  })

  it('does not move for a letter no item starts with, a space, or other keys', () => {
    expect(menuFocusAfter('j', 2, LABELS)).toBeNull()
    expect(menuFocusAfter(' ', 2, LABELS)).toBeNull()
    expect(menuFocusAfter('Tab', 2, LABELS)).toBeNull()
    expect(menuFocusAfter('ArrowDown', 0, [])).toBeNull()
  })
})
