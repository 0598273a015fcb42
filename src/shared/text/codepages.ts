/**
 * The four single-byte Cyrillic codepages Calque reads. Their lower halves are ASCII; their upper halves
 * (bytes 0x80..0xFF) are taken from `TextDecoder` itself, so detection scores exactly the characters the
 * file will be decoded to, and no table is copied by hand.
 */

export const SINGLE_BYTE_ENCODINGS = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'] as const
export type SingleByteEncoding = (typeof SINGLE_BYTE_ENCODINGS)[number]

const upperHalves = new Map<SingleByteEncoding, readonly string[]>()

/** The 128 characters of bytes 0x80..0xFF, index 0 = byte 0x80. */
export function upperHalf(encoding: SingleByteEncoding): readonly string[] {
  let chars = upperHalves.get(encoding)
  if (!chars) {
    const bytes = new Uint8Array(128)
    for (let i = 0; i < 128; i++) bytes[i] = 0x80 + i
    chars = [...new TextDecoder(encoding).decode(bytes)]
    // Every byte of these codepages decodes to exactly one BMP character (WHATWG single-byte indexes).
    if (chars.length !== 128) throw new Error(`unexpected ${encoding} table`)
    upperHalves.set(encoding, chars)
  }
  return chars
}

/** The character byte `byte` decodes to in `encoding`. */
export function charOf(encoding: SingleByteEncoding, byte: number): string {
  return byte < 0x80 ? String.fromCharCode(byte) : upperHalf(encoding)[byte - 0x80]!
}
