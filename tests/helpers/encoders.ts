/**
 * Test-side encoders: text -> bytes in every encoding Calque reads, without any encoding library, so
 * the detector is never checked against the code it is built from. Single-byte codepages get their
 * reverse table by decoding bytes 0x80..0xFF with TextDecoder; UTF-16 is written by hand.
 */
import type { EncodingName } from '@shared/import/types'

export const SINGLE_BYTE = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'] as const
export type SingleByte = (typeof SINGLE_BYTE)[number]

const reverseTables = new Map<SingleByte, Map<string, number>>()

function reverseTable(encoding: SingleByte): Map<string, number> {
  let table = reverseTables.get(encoding)
  if (!table) {
    table = new Map()
    const decoder = new TextDecoder(encoding)
    for (let byte = 0x80; byte <= 0xff; byte++) {
      table.set(decoder.decode(Uint8Array.of(byte)), byte)
    }
    reverseTables.set(encoding, table)
  }
  return table
}

/** Whether `char` has a byte in `encoding`. */
export function canEncode(encoding: SingleByte, char: string): boolean {
  return char.charCodeAt(0) < 0x80 ? char.length === 1 : reverseTable(encoding).has(char)
}

/**
 * Typography a single-byte codepage lacks, written the way files in that codepage write it: KOI8-R,
 * CP866 and ISO-8859-5 have no « » „ “ ” — – …, so their texts use ASCII quotes, hyphens and dots.
 */
const PLAIN_TYPOGRAPHY: Readonly<Record<string, string>> = {
  '«': '"',
  '»': '"',
  '„': '"',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '—': '-',
  '–': '-',
  '…': '...',
  '№': 'N',
  '\u00a0': ' '
}

/** `text` with every character `encoding` lacks replaced by its plain form (or `?`). */
export function representable(text: string, encoding: SingleByte): string {
  let out = ''
  for (const char of text) {
    if (canEncode(encoding, char)) out += char
    else
      out += [...(PLAIN_TYPOGRAPHY[char] ?? '?')].every((c) => canEncode(encoding, c))
        ? (PLAIN_TYPOGRAPHY[char] ?? '?')
        : '?'
  }
  return out
}

export function encodeSingleByte(text: string, encoding: SingleByte): Uint8Array {
  const table = reverseTable(encoding)
  const out = new Uint8Array(text.length)
  let n = 0
  for (const char of text) {
    const code = char.charCodeAt(0)
    const byte = code < 0x80 && char.length === 1 ? code : table.get(char)
    if (byte === undefined) throw new Error(`${encoding} has no ${JSON.stringify(char)}`)
    out[n++] = byte
  }
  return out.subarray(0, n)
}

export function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text
  const out = new Uint8Array(units.length * 2)
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i)
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]
    out[2 * i] = first
    out[2 * i + 1] = second
  }
  return out
}

export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text)
  if (!bom) return body
  const out = new Uint8Array(body.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(body, 3)
  return out
}

/** `text` in `encoding` (UTF-16 with its BOM, UTF-8 without), throwing on unencodable characters. */
export function encode(text: string, encoding: EncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return encodeUtf8(text)
    case 'utf-16le':
      return encodeUtf16(text, 'le')
    case 'utf-16be':
      return encodeUtf16(text, 'be')
    default:
      return encodeSingleByte(text, encoding)
  }
}
