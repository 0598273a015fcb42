/**
 * Phrase patterns, the small language the idiom list, the boilerplate list and glossary terms are
 * written in, and an index that finds them in many rows without trying every pattern on every word.
 *
 * A pattern is words separated by spaces, matched against a row's words (punctuation between words is
 * ignored, case and ё/е too):
 * - `стулья`    any form with the same light stem (стулья, стульев, стульями);
 * - `деньг*`    any word starting with `деньг` (two letters before the star at least; three in the
 *               first word, by which the index finds the pattern);
 * - `=word`     that form only (a false friend "effective", not "effects");
 * - `a|b*`      either alternative;
 * - `word?`     an optional word;
 * - `...`       up to three words of any kind.
 */
import { stemFor } from './stem'
import { foldedKey, foldWord } from './words'

type Alternative =
  | { readonly kind: 'stem'; readonly value: string; readonly word: string; readonly start: string }
  | { readonly kind: 'exact'; readonly word: string }
  | { readonly kind: 'prefix'; readonly value: string }

type Slot =
  | {
      readonly kind: 'word'
      readonly alternatives: readonly Alternative[]
      readonly optional: boolean
    }
  | { readonly kind: 'gap'; readonly max: number }

export interface CompiledPattern {
  readonly source: string
  readonly slots: readonly Slot[]
}

export const GAP_WORDS = 3

export class PatternError extends Error {}

export function compilePattern(pattern: string): CompiledPattern {
  const slots: Slot[] = []
  for (const raw of pattern.trim().split(/\s+/)) {
    if (raw === '...' || raw === '…') {
      slots.push({ kind: 'gap', max: GAP_WORDS })
      continue
    }
    const optional = raw.endsWith('?') && raw.length > 1
    const body = optional ? raw.slice(0, -1) : raw
    const alternatives: Alternative[] = []
    for (const part of body.split('|')) {
      const exact = part.startsWith('=')
      const prefix = part.endsWith('*')
      const word = foldWord(part.replace(/[^\p{L}\p{N}'’-]/gu, ''))
      if (word === '') continue
      if (prefix) {
        // The index looks a pattern up by the first three letters of its first word.
        if (word.length < (slots.length === 0 ? 3 : 2)) {
          throw new PatternError(
            `"${pattern}": a prefix needs ${slots.length === 0 ? 'three letters (first word)' : 'two letters'} before "*" ("${part}")`
          )
        }
        alternatives.push({ kind: 'prefix', value: word })
      } else if (exact) alternatives.push({ kind: 'exact', word })
      else {
        // A word of this stem starts with the stem, bar its last letter (parties -> party).
        const value = stemFor(word)
        alternatives.push({ kind: 'stem', value, word, start: value.slice(0, -1) })
      }
    }
    if (alternatives.length > 0) slots.push({ kind: 'word', alternatives, optional })
  }
  const first = slots[0]
  if (!first || first.kind !== 'word' || first.optional) {
    throw new PatternError(`"${pattern}": a pattern must start with a word that is not optional`)
  }
  if (slots.at(-1)!.kind === 'gap') throw new PatternError(`"${pattern}": ends with "..."`)
  return { source: pattern, slots }
}

/** A row's words in the form patterns compare: folded, with their stems and index keys. */
export interface MatchWords {
  readonly count: number
  folded(k: number): string
  stem(k: number): string
  /** `foldedKey` of the first three letters of word k. */
  keyAt(k: number): number
  /** Word k, folded, starts with `prefix` (compared by character codes, no string made). */
  startsWith(k: number, prefix: string): boolean
  /** Letters in word k. */
  lengthOf(k: number): number
}

/** Most words fail at the first letters, which are compared without making the word's string. */
function altMatches(alternative: Alternative, words: MatchWords, k: number): boolean {
  if (alternative.kind === 'prefix') return words.startsWith(k, alternative.value)
  if (alternative.kind === 'exact') {
    return words.lengthOf(k) === alternative.word.length && words.startsWith(k, alternative.word)
  }
  if (!words.startsWith(k, alternative.start)) return false
  return words.folded(k) === alternative.word || words.stem(k) === alternative.value
}

function anyMatches(alternatives: readonly Alternative[], words: MatchWords, k: number): boolean {
  for (let a = 0; a < alternatives.length; a++)
    if (altMatches(alternatives[a]!, words, k)) return true
  return false
}

/** Index of the last word of a match of `slots` starting at word `k`, or -1. */
function matchFrom(slots: readonly Slot[], s: number, words: MatchWords, k: number): number {
  if (s === slots.length) return k - 1
  const slot = slots[s]!
  if (slot.kind === 'gap') {
    for (let skip = 0; skip <= slot.max && k + skip <= words.count; skip++) {
      const end = matchFrom(slots, s + 1, words, k + skip)
      if (end >= 0) return end
    }
    return -1
  }
  if (k < words.count && anyMatches(slot.alternatives, words, k)) {
    const end = matchFrom(slots, s + 1, words, k + 1)
    if (end >= 0) return end
  }
  return slot.optional ? matchFrom(slots, s + 1, words, k) : -1
}

/** Words `[first, last]` of a match of `pattern`. */
export interface WordMatch {
  readonly first: number
  readonly last: number
}

export function matchAt(
  pattern: CompiledPattern,
  words: MatchWords,
  k: number
): WordMatch | undefined {
  const last = matchFrom(pattern.slots, 0, words, k)
  return last >= k ? { first: k, last } : undefined
}

/** First match of `pattern` anywhere in `words`. */
export function findPattern(pattern: CompiledPattern, words: MatchWords): WordMatch | undefined {
  for (let k = 0; k < words.count; k++) {
    const match = matchAt(pattern, words, k)
    if (match) return match
  }
  return undefined
}

/** The lookup key of a folded word: its first three letters (the whole word if shorter), as a number. */
const keyOf = (word: string): number => foldedKey(word, 0, word.length)

/** Short words begin too many phrases (в, на, не, как…) to be a good index key. */
const WEAK_ANCHOR = 3

/**
 * Which word of a pattern the index files it under: the first word of four letters or more (or a
 * prefix), provided only plain required words come before it, so that a match must start exactly
 * that many words earlier. Patterns that open with «на», «не», «как» are then looked at only where
 * their distinctive word occurs, not at every «на» of a document.
 */
function anchorOf(pattern: CompiledPattern): number {
  for (let s = 0; s < pattern.slots.length; s++) {
    const slot = pattern.slots[s]!
    if (slot.kind !== 'word' || slot.optional) return 0
    const strong = slot.alternatives.every((a) =>
      a.kind === 'prefix' ? a.value.length >= 3 : a.word.length > WEAK_ANCHOR
    )
    if (strong) return s
  }
  return 0
}

/** A pattern with its anchor word (see `anchorOf`): where to look for it in a row. */
export interface AnchoredPattern {
  readonly pattern: CompiledPattern
  /** Words of the pattern before the anchor. */
  readonly offset: number
  /** `foldedKey`s the anchor word may have. */
  readonly keys: readonly number[]
}

export function anchored(pattern: CompiledPattern): AnchoredPattern {
  const offset = anchorOf(pattern)
  const anchor = pattern.slots[offset] as Extract<Slot, { kind: 'word' }>
  const keys = [
    ...new Set(anchor.alternatives.map((a) => keyOf(a.kind === 'prefix' ? a.value : a.word)))
  ]
  return { pattern, offset, keys }
}

/** Where each `foldedKey` occurs among a row's words. */
export function keyPositions(words: MatchWords): Map<number, number[]> {
  const positions = new Map<number, number[]>()
  for (let k = 0; k < words.count; k++) {
    const key = words.keyAt(k)
    const list = positions.get(key)
    if (list) list.push(k)
    else positions.set(key, [k])
  }
  return positions
}

/** First match of an anchored pattern, trying only where its anchor word's key occurs. */
export function findAnchored(
  target: AnchoredPattern,
  words: MatchWords,
  positions: ReadonlyMap<number, readonly number[]>
): WordMatch | undefined {
  let best: WordMatch | undefined
  for (const key of target.keys) {
    for (const at of positions.get(key) ?? []) {
      if (at < target.offset || (best && at - target.offset >= best.first)) continue
      const match = matchAt(target.pattern, words, at - target.offset)
      if (match) best = match
    }
  }
  return best
}

interface Indexed<T> {
  readonly pattern: CompiledPattern
  readonly payload: T
  /** The anchor's position in the pattern: the match starts this many words before the anchor. */
  readonly offset: number
}

/**
 * Many patterns, each with a payload, found in one pass over a row's words: each word looks up the
 * patterns whose anchor word could be there (by its first three letters), and only those are tried.
 */
export class PatternIndex<T> {
  private readonly byKey = new Map<number, Indexed<T>[]>()

  add(pattern: CompiledPattern, payload: T): void {
    const offset = anchorOf(pattern)
    const anchor = pattern.slots[offset] as Extract<Slot, { kind: 'word' }>
    const keys = new Set(
      anchor.alternatives.map((a) => keyOf(a.kind === 'prefix' ? a.value : a.word))
    )
    for (const key of keys) {
      const list = this.byKey.get(key)
      if (list) list.push({ pattern, payload, offset })
      else this.byKey.set(key, [{ pattern, payload, offset }])
    }
  }

  get size(): number {
    return this.byKey.size
  }

  /** Every match, in text order; a payload is reported once per row at its first match. */
  find(words: MatchWords): { payload: T; match: WordMatch }[] {
    const found: { payload: T; match: WordMatch }[] = []
    let seen: Set<T> | undefined
    for (let k = 0; k < words.count; k++) {
      const candidates = this.byKey.get(words.keyAt(k))
      if (!candidates) continue
      for (const { pattern, payload, offset } of candidates) {
        if (k < offset || seen?.has(payload)) continue
        const match = matchAt(pattern, words, k - offset)
        if (match) {
          ;(seen ??= new Set()).add(payload)
          found.push({ payload, match })
        }
      }
    }
    return found.sort((a, b) => a.match.first - b.match.first)
  }
}
