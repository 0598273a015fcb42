/**
 * Bytes -> normalised text. Only UTF-8 for now (other encodings are a later issue); everything else is
 * refused with a reason the user can act on: empty, binary, or "not UTF-8, first bad byte at N".
 *
 * Normalisation: the BOM is dropped and CRLF / lone CR become LF, so every later offset counts LF-only
 * text. (A map back to original byte offsets comes with the import work.)
 */

export type TextEncodingName = 'UTF-8' | 'UTF-8 (BOM)'

export type DecodeFailureCode = 'file-empty' | 'file-binary' | 'file-not-utf8'

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly code: DecodeFailureCode; readonly offset?: number }

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff]
] as const

/** File signatures of the formats people most often pick by mistake (an image, a PDF, an archive). */
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP (also DOCX, XLSX, ODT, EPUB)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x1f, 0x8b] // gzip
]

/**
 * Share of C0 control bytes (other than tab, LF, VT, FF, CR) above which a file is called binary.
 * Real text has none or a stray few; data formats have many.
 */
const MAX_CONTROL_SHARE = 0.05

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'file-empty' }
  // UTF-16 text is full of NUL bytes: call it "not UTF-8" (true, and actionable), not "binary".
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom)))
    return { ok: false, code: 'file-not-utf8', offset: 0 }
  if (looksBinary(bytes)) return { ok: false, code: 'file-binary' }

  const hasBom = startsWith(bytes, UTF8_BOM)
  const badOffset = firstInvalidUtf8Offset(bytes)
  if (badOffset !== -1) return { ok: false, code: 'file-not-utf8', offset: badOffset }

  // `fatal` is a second guard: the scan above already proved the bytes well-formed.
  const decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
    hasBom ? bytes.subarray(UTF8_BOM.length) : bytes
  )
  const text = normaliseLineBreaks(decoded)
  if (text.trim() === '') return { ok: false, code: 'file-empty' }
  return { ok: true, text, encoding: hasBom ? 'UTF-8 (BOM)' : 'UTF-8' }
}

/** CRLF and lone CR (old Mac files) become LF. */
export function normaliseLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) return true
  let controls = 0
  for (const byte of bytes) {
    if (byte === 0) return true
    if (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) controls++
  }
  return controls / bytes.length > MAX_CONTROL_SHARE
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)
}

/**
 * Byte offset where the first ill-formed UTF-8 sequence starts, or -1. Follows the Unicode table of
 * well-formed byte sequences (no overlongs, no surrogates, nothing above U+10FFFF), which is exactly
 * what a fatal TextDecoder rejects; TextDecoder itself does not say where it failed.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b0 = bytes[i]!
    if (b0 < 0x80) {
      i++
      continue
    }
    let length: number
    let lo = 0x80
    let hi = 0xbf
    if (b0 >= 0xc2 && b0 <= 0xdf) length = 2
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3
      if (b0 === 0xe0) lo = 0xa0 // no overlongs
      if (b0 === 0xed) hi = 0x9f // no surrogates
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4
      if (b0 === 0xf0) lo = 0x90 // no overlongs
      if (b0 === 0xf4) hi = 0x8f // nothing above U+10FFFF
    } else return i
    if (i + length > n) return i
    const b1 = bytes[i + 1]!
    if (b1 < lo || b1 > hi) return i
    for (let k = 2; k < length; k++) {
      const b = bytes[i + k]!
      if (b < 0x80 || b > 0xbf) return i
    }
    i += length
  }
  return -1
}
