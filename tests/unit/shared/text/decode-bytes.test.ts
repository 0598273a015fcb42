import { describe, expect, it } from 'vitest'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import { decodeWith, withoutBom } from '@shared/text/decode-bytes'
import { encodeSingleByte, encodeUtf16, encodeUtf8 } from '../../../helpers/encoders'

function failure(run: () => unknown): CalqueError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(CalqueFailure)
    return (error as CalqueFailure).error
  }
  throw new Error('expected a CalqueFailure')
}

describe('decodeWith', () => {
  it('decodes each encoding and drops its own byte-order mark', () => {
    expect(decodeWith(encodeUtf8('«Минск»', true), 'utf-8')).toBe('«Минск»')
    expect(decodeWith(encodeUtf16('«Минск»', 'le'), 'utf-16le')).toBe('«Минск»')
    expect(decodeWith(encodeUtf16('«Минск»', 'be', false), 'utf-16be')).toBe('«Минск»')
    expect(decodeWith(encodeSingleByte('«Минск»', 'windows-1251'), 'windows-1251')).toBe('«Минск»')
    expect(decodeWith(encodeSingleByte('Минск', 'koi8-r'), 'koi8-r')).toBe('Минск')
  })

  it('refuses UTF-8 forced on bytes that are not UTF-8, at the first bad byte', () => {
    const bytes = encodeSingleByte('Minsk: Минск', 'windows-1251')
    expect(failure(() => decodeWith(bytes, 'utf-8'))).toEqual({
      code: 'encoding-mismatch',
      encoding: 'utf-8',
      offset: 7,
      detail: 'byte 0xCC at offset 7'
    })
  })

  it('counts the offset from the file start, BOM included', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff])
    expect(failure(() => decodeWith(bytes, 'utf-8'))).toMatchObject({ offset: 4 })
  })

  it('refuses UTF-16 with an odd byte count or an unpaired surrogate', () => {
    const odd = Uint8Array.from([0xff, 0xfe, 0x1c, 0x04, 0x38])
    expect(failure(() => decodeWith(odd, 'utf-16le'))).toMatchObject({
      code: 'encoding-mismatch',
      encoding: 'utf-16le',
      offset: 4
    })
    const lone = Uint8Array.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])
    expect(failure(() => decodeWith(lone, 'utf-16le'))).toMatchObject({ offset: 2 })
  })

  it('refuses a NUL byte, which no text holds, in any encoding', () => {
    const utf16 = encodeUtf16('Minsk', 'le', false)
    expect(failure(() => decodeWith(utf16, 'utf-8'))).toMatchObject({
      code: 'encoding-mismatch',
      encoding: 'utf-8',
      offset: 1
    })
    expect(failure(() => decodeWith(utf16, 'windows-1251'))).toMatchObject({ offset: 1 })
    const utf8WithNul = encodeUtf8('Минск\u0000')
    expect(failure(() => decodeWith(utf8WithNul, 'utf-8'))).toMatchObject({ offset: 10 })
  })

  it('withoutBom strips only the mark of the encoding named', () => {
    const bytes = encodeUtf8('A', true)
    expect(withoutBom(bytes, 'utf-8')).toEqual(Uint8Array.of(0x41))
    expect(withoutBom(bytes, 'windows-1251')).toBe(bytes)
  })
})
