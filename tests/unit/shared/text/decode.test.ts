import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeText,
  firstInvalidUtf8Offset,
  normaliseLineBreaks
} from '../../../../src/shared/text/decode'
import { sampleEn } from '../../../helpers/paths'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)
const BOM = [0xef, 0xbb, 0xbf]

describe('decodeText: UTF-8 text', () => {
  it('decodes the sample article exactly as Node reads it', () => {
    const raw = readFileSync(sampleEn)
    const result = decodeText(new Uint8Array(raw))
    expect(result).toEqual({ ok: true, text: raw.toString('utf8'), encoding: 'UTF-8' })
  })

  it('decodes Russian and English without a BOM', () => {
    expect(decodeText(utf8('Минск и Вашингтон. Minsk and Washington.'))).toEqual({
      ok: true,
      text: 'Минск и Вашингтон. Minsk and Washington.',
      encoding: 'UTF-8'
    })
  })

  it('strips a BOM and says it was there', () => {
    const result = decodeText(bytes(...BOM, ...utf8('«Голос Америки»')))
    expect(result).toEqual({ ok: true, text: '«Голос Америки»', encoding: 'UTF-8 (BOM)' })
  })

  it('turns CRLF and lone CR into LF', () => {
    const result = decodeText(utf8('Первый абзац.\r\n\r\nВторой.\rТретий.\n'))
    expect(result).toEqual({
      ok: true,
      text: 'Первый абзац.\n\nВторой.\nТретий.\n',
      encoding: 'UTF-8'
    })
    expect(normaliseLineBreaks('a\r\n\r\nb')).toBe('a\n\nb')
  })

  it('keeps a tab, a form feed and a stray control character in real text', () => {
    const result = decodeText(
      utf8('Колонка\tзначение\fстраница \u0007звонок и ещё много обычного текста.')
    )
    expect(result.ok).toBe(true)
  })
})

describe('decodeText: files that are not usable text', () => {
  it.each([
    ['no bytes at all', bytes()],
    ['only a BOM', bytes(...BOM)],
    ['only whitespace and line breaks', utf8(' \n\r\n\t  \u00a0\n')]
  ])('calls %s empty', (_name, input) => {
    expect(decodeText(input)).toEqual({ ok: false, code: 'file-empty' })
  })

  it.each([
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d)],
    ['a JPEG header', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46)],
    ['a GIF header', utf8('GIF89a rest of it')],
    ['a PDF header', utf8('%PDF-1.7\n%âãÏÓ\n')],
    ['a ZIP (DOCX) header', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)],
    ['a gzip header', bytes(0x1f, 0x8b, 0x08, 0x00)],
    ['a NUL byte in text', utf8('Текст\u0000с нулём')],
    ['mostly control characters', bytes(0x41, 0x01, 0x02, 0x03, 0x42, 0x04, 0x05, 0x06, 0x43, 0x0e)]
  ])('calls %s binary', (_name, input) => {
    expect(decodeText(input)).toEqual({ ok: false, code: 'file-binary' })
  })

  it('refuses Latin-1 bytes with the offset of the first bad byte', () => {
    // "café au lait" in ISO-8859-1: é is the single byte 0xE9 at offset 3.
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75))).toEqual({
      ok: false,
      code: 'file-not-utf8',
      offset: 3
    })
  })

  it('refuses Windows-1251 Russian at its first letter, counting the BOM-less bytes', () => {
    // "OK Да" in CP1251: Д = 0xC4 looks like a UTF-8 lead byte, but а = 0xE0 cannot continue it.
    expect(decodeText(bytes(0x4f, 0x4b, 0x20, 0xc4, 0xe0))).toEqual({
      ok: false,
      code: 'file-not-utf8',
      offset: 3
    })
  })

  it('refuses UTF-16 (a later issue) as not UTF-8 rather than as binary', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x1f, 0x04, 0x40, 0x04))).toEqual({
      ok: false,
      code: 'file-not-utf8',
      offset: 0
    })
  })

  it('reports offsets in the original bytes, BOM included', () => {
    expect(decodeText(bytes(...BOM, 0x41, 0x42, 0xff))).toEqual({
      ok: false,
      code: 'file-not-utf8',
      offset: 5
    })
  })
})

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['a truncated sequence at the end', bytes(0x41, 0xd0), 1],
    ['an overlong encoding of "/"', bytes(0x41, 0xc0, 0xaf), 1],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0x80), 0],
    ['a UTF-16 surrogate', bytes(0x41, 0x42, 0xed, 0xa0, 0x80), 2],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a lone continuation byte', bytes(0x41, 0x80), 1]
  ])('finds %s', (_name, input, offset) => {
    expect(firstInvalidUtf8Offset(input)).toBe(offset)
  })

  it('agrees with a fatal TextDecoder on any bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.string({ unit: 'grapheme', maxLength: 16 }),
        (noise, text) => {
          const input = Uint8Array.from([...utf8(text), ...noise])
          let decodes = true
          try {
            fatal.decode(input)
          } catch {
            decodes = false
          }
          const offset = firstInvalidUtf8Offset(input)
          expect(offset === -1).toBe(decodes)
          if (offset !== -1) {
            // Everything before the offset is well-formed on its own.
            expect(() => fatal.decode(input.subarray(0, offset))).not.toThrow()
          }
        }
      ),
      { numRuns: 500 }
    )
  })
})
