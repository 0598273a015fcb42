/**
 * Bytes -> text in a known encoding. `decodeWith` is strict: it is what runs when the user (or the file
 * itself) names the encoding, and bytes that encoding cannot hold are an error the user can act on
 * ("cannot be read as UTF-8: byte 0xE9 at offset 1042"), never silent U+FFFD characters.
 */
import { CalqueFailure } from '../domain/errors'
import type { EncodingName } from '../import/types'
import { bomEncoding } from './detect-encoding'
import { firstInvalidUtf8Offset } from './utf8'

const BOM_LENGTH: Readonly<Partial<Record<EncodingName, number>>> = {
  'utf-8': 3,
  'utf-16le': 2,
  'utf-16be': 2
}

/** The bytes without the byte-order mark of `encoding`, if they start with it. */
export function withoutBom(bytes: Uint8Array, encoding: EncodingName): Uint8Array {
  return bomEncoding(bytes) === encoding ? bytes.subarray(BOM_LENGTH[encoding] ?? 0) : bytes
}

/**
 * @throws CalqueFailure `encoding-mismatch` with `encoding`, the byte `offset` of the first byte the
 * encoding cannot read, and a `detail` for logs: ill-formed UTF-8, an odd byte count or an unpaired
 * surrogate in UTF-16, or a NUL byte (which no text holds: such bytes are UTF-16 or binary data).
 */
export function decodeWith(bytes: Uint8Array, encoding: EncodingName): string {
  const bomLength = bytes.length - withoutBom(bytes, encoding).length
  const body = bytes.subarray(bomLength)
  const mismatch = (offset: number, detail: string): CalqueFailure =>
    new CalqueFailure({ code: 'encoding-mismatch', encoding, offset, detail })

  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8Offset(body)
    if (bad !== -1) {
      throw mismatch(bomLength + bad, `byte 0x${hex(body[bad]!)} at offset ${bomLength + bad}`)
    }
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (body.length % 2 !== 0) {
      throw mismatch(bytes.length - 1, `odd number of bytes (${bytes.length}) for UTF-16`)
    }
    const unit = firstUnpairedSurrogate(body, encoding === 'utf-16le')
    if (unit !== -1) {
      const offset = bomLength + 2 * unit
      throw mismatch(offset, `unpaired surrogate at offset ${offset}`)
    }
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body)
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    const offset = bomLength + byteOffsetOf(text, nul, encoding)
    throw mismatch(offset, `NUL byte at offset ${offset}: not text in ${encoding}`)
  }
  return text
}

const hex = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, '0')

/**
 * Index of the first UTF-16 code unit that is half of a surrogate pair without its other half, read
 * from the bytes: a decoder would already have replaced it with U+FFFD.
 */
function firstUnpairedSurrogate(body: Uint8Array, littleEndian: boolean): number {
  const units = body.length / 2
  const unitAt = (i: number): number =>
    littleEndian ? body[2 * i]! | (body[2 * i + 1]! << 8) : (body[2 * i]! << 8) | body[2 * i + 1]!
  for (let i = 0; i < units; i++) {
    const unit = unitAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < units ? unitAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return i
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return i
  }
  return -1
}

/** Byte offset of the character at string index `index` of a text decoded from `encoding`. */
function byteOffsetOf(text: string, index: number, encoding: EncodingName): number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 2 * index
  if (encoding !== 'utf-8') return index // single-byte: one byte per character
  let bytes = 0
  for (let i = 0; i < index; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
