/**
 * The keyboard caret and selection in a row's text (how a reviewer flags an exact span without the
 * mouse), on real sentences of the sample in both languages.
 */
import { describe, expect, it } from 'vitest'
import {
  moveCaret,
  selectedSpan,
  type CaretMove,
  type TextCursor
} from '../../../../src/renderer/src/features/text/cursor'

const EN = 'It is too early to speak about the date of the American ambassador’s arrival in Minsk.'
const RU = 'О сроках приезда американского посла в Минск говорить рано.'

function walk(text: string, from: TextCursor, moves: readonly CaretMove[], extend = false) {
  return moves.reduce((cursor, move) => moveCaret(text, cursor, move, extend), from)
}
const at = (caret: number): TextCursor => ({ caret, anchor: null })

describe('moveCaret', () => {
  it('steps one character, never past either end', () => {
    expect(moveCaret(EN, at(0), 'left', false)).toEqual(at(0))
    expect(moveCaret(EN, at(0), 'right', false)).toEqual(at(1))
    expect(moveCaret(EN, at(EN.length), 'right', false)).toEqual(at(EN.length))
    // A caret left past the end by a shorter text (after an alignment fix) comes back inside.
    expect(moveCaret('Minsk', at(40), 'left', false)).toEqual(at(4))
  })

  it('jumps word by word, an apostrophe word and Cyrillic words counting as one', () => {
    const word = EN.indexOf('ambassador’s')
    const after = walk(EN, at(word), ['word-right'])
    expect(EN.slice(word, after.caret)).toBe('ambassador’s')
    expect(walk(EN, after, ['word-left'])).toEqual(at(word))
    const ru = walk(RU, at(0), ['word-right', 'word-right'])
    expect(RU.slice(0, ru.caret)).toBe('О сроках')
    // From the end, past the full stop: to the start of the last word.
    expect(RU.slice(walk(RU, at(RU.length), ['word-left']).caret)).toBe('рано.')
  })

  it('goes to the start or the end of the text', () => {
    expect(moveCaret(EN, at(30), 'start', false)).toEqual(at(0))
    expect(moveCaret(EN, at(30), 'end', false)).toEqual(at(EN.length))
  })

  it('extends a selection from where it started, and a plain move drops it', () => {
    const start = EN.indexOf('American')
    const selected = walk(EN, at(start), ['word-right', 'word-right'], true)
    expect(selected).toEqual({ caret: EN.indexOf(' arrival'), anchor: start })
    expect(EN.slice(...selectedSpan(selected)!)).toBe('American ambassador’s')
    // Shrinking back past the anchor selects to the other side of it.
    const back = walk(EN, selected, ['word-left', 'word-left', 'word-left'], true)
    expect(back.anchor).toBe(start)
    expect(EN.slice(...selectedSpan(back)!)).toBe('the ')
    expect(moveCaret(EN, selected, 'right', false).anchor).toBeNull()
  })
})

describe('selectedSpan', () => {
  it('is null without an anchor or when the selection is empty, else ordered', () => {
    expect(selectedSpan(at(5))).toBeNull()
    expect(selectedSpan({ caret: 5, anchor: 5 })).toBeNull()
    expect(selectedSpan({ caret: 3, anchor: 9 })).toEqual([3, 9])
    expect(selectedSpan({ caret: 9, anchor: 3 })).toEqual([3, 9])
  })
})
