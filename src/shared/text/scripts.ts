/**
 * Unicode ranges a Russian or English text draws its non-ASCII characters from. Well-formed UTF-8
 * whose characters mostly fall outside them (CJK, Indic, Braille) is a single-byte Cyrillic file that
 * happens to form valid sequences (`умерли` in CP866 is two CJK characters), not UTF-8.
 */
const EXPECTED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0080, 0x024f], // Latin-1, Latin Extended-A/B
  [0x0300, 0x052f], // combining marks, Greek, Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x27bf], // punctuation, currency, letterlike, arrows, maths, symbols, dingbats
  [0xfe00, 0xffff], // variation selectors, half-width forms, specials
  [0x1f000, 0x1faff] // emoji
]

export function isExpectedCodePoint(code: number): boolean {
  return EXPECTED_BLOCKS.some(([from, to]) => code >= from && code <= to)
}

/**
 * What the non-ASCII characters of real Russian or English text mostly are: Cyrillic letters,
 * accented Latin letters, typographic punctuation (dashes, quotes, NBSP, «», №, €, ©). A single-byte
 * Cyrillic file forms well-formed UTF-8 sequences only by accident, and those decode to other things
 * (`ТА` in ISO-8859-5 is C2 B0, a degree sign): damaged UTF-8 is told from a codepage by this.
 */
export function isTypicalTextCodePoint(code: number): boolean {
  return (
    (code >= 0x0400 && code <= 0x04ff) || // Cyrillic
    (code >= 0x2000 && code <= 0x206f) || // General Punctuation: dashes, quotes, ellipsis
    (code >= 0x00c0 && code <= 0x00ff && code !== 0x00d7 && code !== 0x00f7) || // Latin-1 letters
    TYPICAL_SIGNS.has(code)
  )
}

const TYPICAL_SIGNS = new Set([0x00a0, 0x00ab, 0x00bb, 0x00a9, 0x2116, 0x20ac])

/** At least this share of a text's well-formed non-ASCII characters must be typical (see above). */
export const TYPICAL_SHARE = 2 / 3
