import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '@shared/text/normalize'
import { OffsetMapBuilder, composeMaps } from '@shared/text/offset-map'

describe('normalizeText', () => {
  it('turns every line break into LF', () => {
    expect(normalizeText('a\r\nb\rc\nd\u000be\u2028f\u0085g').text).toBe('a\nb\nc\nd\ne\nf\ng')
    expect(normalizeText('one\u2029two').text).toBe('one\n\ntwo')
  })

  it('turns NBSP and the other Unicode spaces into a plain space', () => {
    const spaces = '\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u3000\u1680\u205f'
    expect(normalizeText(`5${spaces}сотрудников`).text).toBe(`5${' '.repeat(10)}сотрудников`)
  })

  it('removes soft hyphens, zero-width characters and control characters, keeping tabs', () => {
    expect(normalizeText('Лу\u00adка\u200bшен\u200c\u200dко\u2060\ufeff').text).toBe('Лукашенко')
    expect(normalizeText('a\u0000b\u0007c\u007fd\u009be\tf').text).toBe('abcde\tf')
  })

  it('composes to NFC (й typed as и + combining breve)', () => {
    const decomposed = 'Статкевич, Хеи\u0306л'
    const { text, map } = normalizeText(decomposed)
    expect(text).toBe('Статкевич, Хейл')
    expect(map.toOriginal(13)).toBe(13) // й starts where its и did
    expect(map.toOriginalEnd(14)).toBe(15) // and ends after the breve
    expect(map.toOriginal(14)).toBe(15) // л
  })

  it('maps offsets back across removed and replaced characters', () => {
    const original = 'Раз\r\nдва\u00ad три\u200b.'
    const { text, map } = normalizeText(original)
    expect(text).toBe('Раз\nдва три.')
    const at = (needle: string) => text.indexOf(needle)
    expect(original.slice(map.toOriginal(at('два')), map.toOriginalEnd(at('два') + 3))).toBe('два')
    expect(original.slice(map.toOriginal(at('три')), map.toOriginalEnd(at('три') + 3))).toBe('три')
    expect(map.toOriginal(at('\n'))).toBe(3) // the LF stands for CRLF
    expect(map.toOriginalEnd(at('\n') + 1)).toBe(5)
    expect(map.toOriginal(text.length)).toBe(original.length)
  })

  it('leaves normal text alone, at no cost', () => {
    const text = 'Минск и Вашингтон договорились восстановить отношения.\n\nВторой абзац.'
    const result = normalizeText(text)
    expect(result.text).toBe(text)
    expect(result.map.toOriginal(10)).toBe(10)
  })
})

describe('offset maps', () => {
  it('compose: derived -> middle -> original', () => {
    const outer = new OffsetMapBuilder()
    outer.replace(2, 0) // drop 2
    outer.keep(3)
    const inner = new OffsetMapBuilder()
    inner.keep(1)
    inner.replace(1, 0) // drop 1
    inner.keep(4)
    const map = composeMaps(outer.build(), inner.build())
    expect([0, 1, 2, 3].map((o) => map.toOriginal(o))).toEqual([3, 4, 5, 6])
  })
})

/** Text full of what normalisation touches, mixed with ordinary letters and Cyrillic. */
const tricky = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(
        '\r\n',
        '\r',
        '\n',
        '\u00a0',
        '\u00ad',
        '\u200b',
        '\u200d',
        '\ufeff',
        '\u0301',
        '\u0306',
        'и',
        'е',
        'A',
        ' ',
        '\t',
        '\u0000',
        '\u2029',
        '\u1100',
        '\u1161',
        '\u11a8',
        '\u212b',
        'ё'
      )
    ),
    { maxLength: 30 }
  )
  .map((parts) => parts.join(''))

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), tricky)

describe('normalizeText properties', () => {
  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const once = normalizeText(original).text
        expect(normalizeText(once).text).toBe(once)
      })
    )
  })

  it('leaves no CR, special space, zero-width or control character', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        expect(normalizeText(original).text).not.toMatch(
          // eslint-disable-next-line no-control-regex -- asserting their absence
          /[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u200b-\u200d\u2060\ufeff]/
        )
      })
    )
  })

  it('maps offsets monotonically, onto characters that normalise to what they became', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text, map } = normalizeText(original)
        let previousStart = 0
        let previousEnd = 0
        for (let o = 0; o <= text.length; o++) {
          const start = map.toOriginal(o)
          const end = map.toOriginalEnd(o)
          expect(start).toBeGreaterThanOrEqual(previousStart)
          expect(end).toBeGreaterThanOrEqual(previousEnd)
          previousStart = start
          previousEnd = end
          if (o === text.length) break
          // The source range of the character at o normalises to a text holding that character;
          // a character that survived unchanged maps onto itself.
          const from = map.toOriginal(o)
          const to = map.toOriginalEnd(o + 1)
          expect(from).toBeLessThanOrEqual(to)
          expect(normalizeText(original.slice(from, to)).text).toContain(text[o])
          if (original[from] === text[o] && to - from === 1) expect(original[from]).toBe(text[o])
        }
        expect(map.toOriginal(text.length)).toBe(original.length)
        expect(map.toOriginalEnd(0)).toBe(0)
      })
    )
  })
})
