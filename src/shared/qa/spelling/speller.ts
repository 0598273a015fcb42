/**
 * English spelling on Hunspell dictionaries (nspell; the en-US dictionary of `dictionary-en`, read from
 * disk by src/main/services/qa and passed in as text, since this module does no I/O). Around it: the
 * British spellings a US dictionary refuses (colour, organisation, centre, travelled) are accepted,
 * and so are the words of news about Russia and Belarus that Hunspell lacks
 * (resources/qa/spelling.en.json).
 *
 * `nearest` answers the question the check asks: is this unknown word one slip away from a known
 * word (a letter left out, added, changed or two swapped)? A typo is ("definitley", "threshhold",
 * "reponse"); a real word the dictionary lacks usually is not ("hypersonic", "revaccination"). It tries
 * every such edit against the dictionary (a few hundred lookups, memoised), far cheaper than nspell's
 * own suggestions.
 */
import nspell from 'nspell'
import { sameSpan, spanHash } from '../text/hash'
import extra from '../../../../resources/qa/spelling.en.json'

export interface Speller {
  /** A single word (letters, apostrophes), in any case. */
  correct(word: string): boolean
  /**
   * `correct(text.slice(start, end))`, remembered by a hash of the characters so that a word met again
   * costs no string (the hot path: every English word of every row).
   */
  correctSpan(text: string, start: number, end: number): boolean
  /** Known words one edit away (deletion, insertion, substitution, transposition), at most three. */
  nearest(word: string): readonly string[]
}

export interface SpellerOptions {
  /** More accepted words (a personal dictionary), one per entry. */
  readonly words?: readonly string[]
}

/** British -> American rewrites tried on a word the dictionary refuses. */
const BRITISH: readonly (readonly [RegExp, string])[] = [
  [/our/g, 'or'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([^aeiou])re(s|d)?$/, '$1er$2'],
  [/ence(s)?$/, 'ense$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ll(ed|ing|er|ers|or|ors)$/, 'l$1'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/ey$/, 'ay'],
  [/^sceptic/, 'skeptic'],
  [/programme(s)?$/, 'program$1'],
  [/ium$/, 'um'],
  [/ellery$/, 'elry']
]

const PREFIXES =
  /^(?:un|re|non|multi|over|under|anti|pre|post|co|de|dis|inter|super|sub|mis|counter|semi|mini|micro|mega|ultra|hyper|neo|pseudo|self|cyber|bio|eco|geo|tele|mono|poly|auto)-?/

export function createSpeller(aff: string, dic: string, options: SpellerOptions = {}): Speller {
  const spell = nspell(aff, dic)
  const accepted = new Set([...extra.words, ...(options.words ?? [])].map((w) => w.toLowerCase()))
  const verdicts = new Map<string, boolean>()
  const near = new Map<string, readonly string[]>()
  const byHash = new Map<number, { word: string; verdict: boolean }[]>()

  const known = (lower: string): boolean => {
    if (accepted.has(lower) || spell.correct(lower)) return true
    for (const [pattern, replacement] of BRITISH) {
      const american = lower.replace(pattern, replacement)
      if (american !== lower && spell.correct(american)) return true
    }
    return false
  }
  const check = (word: string): boolean => {
    const lower = word.toLowerCase()
    if (spell.correct(word) || known(lower)) return true
    // English makes words with these prefixes at will (unexploded, multibillionaires, re-elected).
    const prefix = PREFIXES.exec(lower)
    return (
      prefix !== null &&
      lower.length - prefix[0].length >= 4 &&
      known(lower.slice(prefix[0].length))
    )
  }

  return {
    correct(word) {
      const normal = word.replaceAll('’', "'")
      let verdict = verdicts.get(normal)
      if (verdict === undefined) verdicts.set(normal, (verdict = check(normal)))
      return verdict
    },
    correctSpan(text, start, end) {
      // Keyed by a 30-bit hash (a small integer: no allocation), checked against the word itself.
      const key = spanHash(text, start, end) & 0x3fffffff
      let bucket = byHash.get(key)
      if (bucket) {
        for (const entry of bucket) if (sameSpan(entry.word, text, start, end)) return entry.verdict
      } else byHash.set(key, (bucket = []))
      const word = text.slice(start, end)
      const verdict = this.correct(word)
      bucket.push({ word, verdict })
      return verdict
    },
    nearest(word) {
      let found = near.get(word)
      if (!found) near.set(word, (found = oneEditAway(word, (w) => spell.correct(w))))
      return found
    }
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Dictionary words one slip from `word`, at most three: two letters swapped ("definitley", "wanred"),
 * or, in words of seven letters or more, a letter doubled, added or left out ("threshhold",
 * "matress", "reponse"). What is left out on purpose, because on real text it finds rare words rather
 * than slips: a changed letter (hydrogel ~ hydrogen, carbonic ~ carbolic), anything at the first or
 * the last letter (debutant ~ debutante, diffuser ~ diffuse), and short words, whose neighbours are
 * many (tumba ~ tuba).
 */
function oneEditAway(word: string, known: (word: string) => boolean): readonly string[] {
  const lower = word.toLowerCase()
  const capital = word[0] !== lower[0]
  const found = new Set<string>()
  const tryWord = (candidate: string) => {
    if (found.size >= 3 || candidate === lower) return
    const written = capital ? candidate[0]!.toUpperCase() + candidate.slice(1) : candidate
    if (known(written)) found.add(written)
  }
  const n = lower.length
  for (let k = 1; k + 2 < n; k++)
    tryWord(lower.slice(0, k) + lower[k + 1] + lower[k] + lower.slice(k + 2))
  if (n >= LONG_WORD) {
    for (let k = 1; k < n - 1; k++) tryWord(lower.slice(0, k) + lower.slice(k + 1))
    for (let k = 1; k < n; k++)
      for (const c of LETTERS) tryWord(lower.slice(0, k) + c + lower.slice(k))
  }
  return [...found]
}

/** From this length on, a letter added or dropped is looked for too. */
const LONG_WORD = 7
