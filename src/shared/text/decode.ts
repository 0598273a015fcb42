/**
 * v1 reader: bytes -> text, UTF-8 only; everything else is refused with a reason the user can act on:
 * empty, binary, or "not UTF-8, first bad byte at N". Still used by `readTextFile` (the project store);
 * new code goes through `importFile` (`src/shared/import`), which detects encodings and formats.
 *
 * Normalisation: the BOM is dropped and CRLF / lone CR become LF, so every later offset counts LF-only
 * text.
 */
import { firstInvalidUtf8Offset } from './utf8'

export { firstInvalidUtf8Offset }

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
