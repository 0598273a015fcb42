/**
 * The identity of a line for consistency and repetition checks: its words (letters and digits), case
 * and ё/е ignored, punctuation and spacing ignored — as a 53-bit hash computed in one pass over the
 * character codes, so that 100k rows are compared through a hash map without building a normalised
 * copy of each. Two different lines share a key with a probability of about 2^-53 per pair.
 */
import { wordFold } from './words'

export interface LineKey {
  /** 53-bit hash of the normalised line and its length (a number: a Map key without a string). */
  readonly key: number
  readonly words: number
}

export function lineKey(text: string): LineKey {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  let words = 0
  let inWord = false
  const n = text.length
  for (let k = 0; k < n; k++) {
    const code = wordFold(text.charCodeAt(k))
    if (code === 0) {
      inWord = false
      continue
    }
    if (!inWord) {
      // One space between words, whatever separated them.
      if (words > 0) {
        h1 = Math.imul(h1 ^ 0x20, 2654435761)
        h2 = Math.imul(h2 ^ 0x20, 1597334677)
      }
      words++
      inWord = true
    }
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return { key: 4294967296 * (2097151 & h2) + (h1 >>> 0), words }
}
