/**
 * UTF-8 well-formedness, byte by byte. `TextDecoder` with `fatal` only says yes or no; Calque also needs
 * WHERE a file stops being UTF-8 (the user is told the offset) and HOW MUCH of it is UTF-8 (a file with one
 * broken byte among thousands of good sequences is UTF-8 that was damaged, not Windows-1251).
 */

export interface Utf8Scan {
  /** Well-formed multi-byte sequences (each one non-ASCII character). */
  readonly multiByte: number
  /** Ill-formed sequences (each counted once, at its first byte). */
  readonly invalid: number
  /** Byte offset of the first ill-formed sequence, or -1. */
  readonly firstInvalid: number
}

/**
 * When to stop scanning: never (exact counts), at the first ill-formed sequence, or once the bytes are
 * clearly not UTF-8, damaged or not (`BROKEN_SEQUENCES_TO_GIVE_UP` bad sequences, and more than one per
 * hundred good ones): a 50 MB Windows-1251 file is then recognised in its first kilobytes.
 */
export type Utf8ScanStop = 'never' | 'first-invalid' | 'not-utf8'

const BROKEN_SEQUENCES_TO_GIVE_UP = 64

/**
 * Walks the bytes following the Unicode table of well-formed byte sequences (no overlongs, no
 * surrogates, nothing above U+10FFFF): exactly what a fatal TextDecoder rejects. After an ill-formed
 * sequence the scan resumes at the next byte, as decoders do when they substitute U+FFFD.
 */
export function scanUtf8(bytes: Uint8Array, stop: Utf8ScanStop = 'never'): Utf8Scan {
  const n = bytes.length
  let multiByte = 0
  let invalid = 0
  let firstInvalid = -1
  let i = 0
  while (i < n) {
    const b0 = bytes[i]!
    if (b0 < 0x80) {
      i++
      continue
    }
    const length = wellFormedLength(bytes, i)
    if (length > 0) {
      multiByte++
      i += length
      continue
    }
    invalid++
    if (firstInvalid === -1) firstInvalid = i
    if (stop === 'first-invalid') break
    if (
      stop === 'not-utf8' &&
      invalid >= BROKEN_SEQUENCES_TO_GIVE_UP &&
      invalid * 100 > multiByte
    ) {
      break
    }
    i++
  }
  return { multiByte, invalid, firstInvalid }
}

/** Byte offset where the first ill-formed UTF-8 sequence starts, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  return scanUtf8(bytes, 'first-invalid').firstInvalid
}

/** Length of the well-formed sequence starting at `i` (a non-ASCII lead byte) before `end`, or 0. */
export function wellFormedLength(bytes: Uint8Array, i: number, end = bytes.length): number {
  const b0 = bytes[i]!
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
  } else return 0
  if (i + length > end) return 0
  const b1 = bytes[i + 1]!
  if (b1 < lo || b1 > hi) return 0
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k]!
    if (b < 0x80 || b > 0xbf) return 0
  }
  return length
}
