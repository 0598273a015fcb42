/**
 * Words with their offsets, the unit most checks read. A word is a run of letters and digits, with
 * apostrophes and hyphens inside it (don’t, Lukashenka’s, ex-presidential, 11-летнего).
 *
 * Speed matters here more than anywhere (every row, both sides, 100k rows in the benchmark), so a
 * row's words are only offsets in typed arrays; the strings (as written, folded, stemmed) are made
 * when a check asks for that word. Most checks never ask for most words: they look at character
 * codes (`keyAt`, `sameFolded`).
 */

export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  if (code >= 0x400 && code <= 0x4ff) return true
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  return code >= 0x370 && code < 0x2000 && /\p{L}/u.test(String.fromCharCode(code))
}

export const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39

/** Below this, character classes come from a table (Latin, Latin-1, Latin Extended, Greek, Cyrillic). */
const TABLE_SIZE = 0x500

/**
 * For each code below TABLE_SIZE: its folded form if it is a letter or digit, 0 otherwise. One memory
 * read per character instead of a chain of range tests: the word and line scanners read 20M
 * characters in the 100k-row benchmark.
 */
export const WORD_FOLD: Uint16Array = (() => {
  const table = new Uint16Array(TABLE_SIZE)
  for (let code = 0; code < TABLE_SIZE; code++) {
    if (isLetterCode(code) || isDigitCode(code)) table[code] = foldCode(code)
  }
  return table
})()

/** The folded form of a letter or digit, 0 for anything else. */
export function wordFold(code: number): number {
  if (code < TABLE_SIZE) return WORD_FOLD[code]!
  return isLetterCode(code) ? code : 0
}

const isWordCode = (code: number): boolean =>
  code < TABLE_SIZE ? WORD_FOLD[code]! !== 0 : isLetterCode(code)

/** Apostrophes and hyphens join two word characters into one word. */
const isJoiner = (code: number): boolean =>
  code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2bc

/** The case- and ё-insensitive form of one character code (Latin, Latin-1, Cyrillic). */
export function foldCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32
  if (code < 0x80) return code
  if (code >= 0x410 && code <= 0x42f) return code + 32
  if (code === 0x401 || code === 0x451) return 0x435 // ё -> е
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32
  if (code === 0x2019) return 0x27
  return code
}

/**
 * Offsets of the words of `text`: word k is `[starts[k], ends[k])`. Plain arrays of small integers:
 * for the few dozen words of a row they are cheaper to make than typed arrays.
 */
export function wordOffsets(text: string): { starts: number[]; ends: number[] } {
  const length = text.length
  const starts: number[] = []
  const ends: number[] = []
  let k = 0
  while (k < length) {
    let code = text.charCodeAt(k)
    if (code < TABLE_SIZE ? WORD_FOLD[code] === 0 : !isLetterCode(code)) {
      k++
      continue
    }
    const start = k++
    while (k < length) {
      code = text.charCodeAt(k)
      if (code < TABLE_SIZE ? WORD_FOLD[code] !== 0 : isLetterCode(code)) k++
      else if (isJoiner(code) && k + 1 < length && isWordCode(text.charCodeAt(k + 1))) k += 2
      else break
    }
    starts.push(start)
    ends.push(k)
  }
  return { starts, ends }
}

/** Lower case with ё as е and the typographic apostrophe as ', the form word lists are written in. */
export function foldWord(word: string): string {
  let lower = word.toLowerCase()
  if (lower.includes('ё')) lower = lower.replaceAll('ё', 'е')
  if (lower.includes('’')) lower = lower.replaceAll('’', "'")
  return lower
}

/**
 * A small integer for the first three folded characters of `text[start, end)` (all of it if shorter):
 * the key of the phrase indexes, computed without making a string. Nine bits of each character and
 * the length: it fits V8's small integers, so Map lookups allocate nothing. Two different starts may
 * share a key (a Latin and a Cyrillic letter 512 apart); that only costs a comparison, since every
 * candidate is checked word by word.
 */
export function foldedKey(text: string, start: number, end: number): number {
  const n = Math.min(3, end - start)
  let key = n
  for (let k = 0; k < n; k++) key = (key << 9) | (foldCode(text.charCodeAt(start + k)) & 0x1ff)
  return key
}

export const hasCyrillic = (text: string): boolean => /[\u0400-\u04ff]/.test(text)

export function isCapitalised(word: string): boolean {
  const first = word[0]
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Upper-case letter code (Latin, Latin-1, Cyrillic). */
export function isUpperCode(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x410 && code <= 0x42f) ||
    code === 0x401 ||
    (code >= 0xc0 && code <= 0xde && code !== 0xd7)
  )
}

export function isLowerCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x430 && code <= 0x44f) ||
    code === 0x451 ||
    (code >= 0xdf && code <= 0xff && code !== 0xf7)
  )
}

/** Nothing but white space (without making a trimmed copy). */
export function isBlank(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0xa0)
      return false
  }
  return true
}
