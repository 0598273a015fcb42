/**
 * The names of a document and how the English spells each one. Names are capitalised words; each
 * English name is linked to the Russian name of its row that it transliterates (same consonant
 * skeleton: Лукашенко ~ Lukashenka, Хейла ~ Hale), or, failing that, by position: the unmatched
 * first name just before a matched surname ("Mikola Statkevich" ~ «Николай Статкевич»). Linked
 * occurrences are grouped by the Russian name's lemma, so Николая, Николаю and Николай are one
 * person whatever the English does with them. Everything is keyed by hash maps; nothing compares all
 * pairs of rows.
 */
import { monthOf } from '../../align/anchors/months'
import { skeletonKeys, skeletonOf } from '../../align/anchors/skeleton'
import type { QaContext, RowWords } from '../context'
import { ENGLISH_FUNCTION_WORDS } from '../text/function-words'
import type { QaRow } from '../types'
import { sameSpan, spanHash } from '../text/hash'
import { isUpperCode } from '../text/words'
import { RowMemo } from '../row-memo'
import { latinSpelling, nameLemma } from './lemma'

export interface NameOccurrence {
  readonly row: QaRow
  /** Span of the name in the target, without a possessive ’s. */
  readonly start: number
  readonly end: number
  readonly surface: string
  /** `latinSpelling(surface)`. */
  readonly spelling: string
  /** The strict consonant skeleton of the spelling (`skeletonOf`), '' when too short to have one. */
  readonly skeleton: string
  /** The lemma of the Russian name it renders, when linked. */
  readonly lemma: string | undefined
  /** The Russian word it was linked to, as written. */
  readonly sourceWord: string | undefined
  /** Opens a sentence (then capitalisation says nothing about being a name). */
  readonly initial: boolean
}

export interface DocumentNames {
  readonly occurrences: readonly NameOccurrence[]
  /** A folded English word that the document uses as a name (linked to the Russian, or capitalised mid-sentence). */
  isName(folded: string): boolean
}

const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday'
])

/** What is known about one capitalised word, worked out once per run (documents repeat their names). */
interface WordInfo {
  readonly text: string
  /** Shaped like a name: letters of its script only, not an acronym, not a function word or month. */
  readonly name: boolean
  /** Skeleton keys (align/anchors/skeleton.ts): strict and loose. */
  readonly strict: readonly string[]
  readonly loose: readonly string[]
  readonly spelling: string
  readonly skeleton: string
}

interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly info: WordInfo
  /** Index of the word in the row (parts of one hyphenated word share it). */
  readonly word: number
  readonly initial: boolean
}

class Lexicon {
  /** By a 30-bit hash of the word's characters (no string for a word met again), checked against the word. */
  private readonly byHash = new Map<number, WordInfo[]>()
  private readonly lemmas = new Map<string, string>()

  info(text: string, start: number, end: number, latin: boolean): WordInfo {
    const key = spanHash(text, start, end) & 0x3fffffff
    let bucket = this.byHash.get(key)
    if (bucket) {
      for (const info of bucket) if (sameSpan(info.text, text, start, end)) return info
    } else this.byHash.set(key, (bucket = []))
    const info = describe(text.slice(start, end), latin)
    bucket.push(info)
    return info
  }

  lemma(word: string): string {
    let lemma = this.lemmas.get(word)
    if (lemma === undefined) this.lemmas.set(word, (lemma = nameLemma(word)))
    return lemma
  }
}

function describe(word: string, latin: boolean): WordInfo {
  const shaped =
    word.length >= 3 &&
    word !== word.toUpperCase() && // an acronym: its own conventions
    (latin ? /^[A-Za-z\u00c0-\u024f'’]+$/.test(word) : /^[\u0400-\u04ff]+$/.test(word))
  const lower = word.toLowerCase()
  const name =
    shaped &&
    (!latin ||
      (!ENGLISH_FUNCTION_WORDS.has(lower) && !WEEKDAYS.has(lower) && monthOf(lower, false) === 0))
  const keys = name ? skeletonKeys(word) : []
  return {
    text: word,
    name,
    strict: keys.filter((key) => key.startsWith('s:')),
    loose: keys.filter((key) => key.startsWith('l:')),
    spelling: latin ? latinSpelling(word) : lower,
    skeleton: (name && latin && skeletonOf(latinSpelling(word))?.strict) || ''
  }
}

/**
 * Capitalised tokens of a text (parts of a hyphenated word separately), possessive ’s dropped. Only
 * words that start with a capital are looked at ("pro-Kremlin" is not a name).
 */
function capitalisedTokens(
  text: string,
  words: RowWords,
  latin: boolean,
  lexicon: Lexicon
): Token[] {
  const tokens: Token[] = []
  const { starts, ends } = words
  for (let k = 0; k < words.count; k++) {
    const start = starts[k]!
    if (!isUpperCode(text.charCodeAt(start))) continue
    const end = ends[k]!
    const initial = isSentenceInitial(text, start)
    let partStart = start
    for (let at = start; at <= end; at++) {
      if (at < end && text.charCodeAt(at) !== 0x2d) continue
      let partEnd = at
      const begin = partStart
      partStart = at + 1
      if (!isUpperCode(text.charCodeAt(begin))) continue
      const apostrophe = text.charCodeAt(partEnd - 2)
      if (
        partEnd - begin > 3 &&
        (apostrophe === 0x2019 || apostrophe === 0x27) &&
        text.charCodeAt(partEnd - 1) === 0x73
      ) {
        partEnd -= 2
      }
      const info = lexicon.info(text, begin, partEnd, latin)
      if (info.name)
        tokens.push({ start: begin, end: partEnd, text: info.text, info, word: k, initial })
    }
  }
  return tokens
}

/** Abbreviations after which a capital does not start a sentence (St. Petersburg, Mr. Hale, W. Bush). */
const BEFORE_NAMES =
  /(?:^|[\s(])(?:St|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Rev|Sen|Rep|Gov|Jr|Sr|Mt|Ft|[A-ZА-Я])$/
const SKIPPED_BEFORE = new Set([
  0x20, 0xa0, 0x09, 0x0a, 0xab, 0x201c, 0x22, 0x201e, 0x28, 0x2018, 0x27, 0x2014, 0x2013, 0x2d
])
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x2026])

function isSentenceInitial(text: string, start: number): boolean {
  let k = start - 1
  while (k >= 0 && SKIPPED_BEFORE.has(text.charCodeAt(k))) k--
  if (k < 0) return true
  const code = text.charCodeAt(k)
  if (code === 0x2e && BEFORE_NAMES.test(text.slice(Math.max(0, k - 6), k))) return false
  return SENTENCE_END.has(code)
}

/**
 * Collects the names row by row (the engine feeds it each row while the row's words are at hand), so
 * that a 100k-row document never holds all its words at once.
 */
export class NameCollector {
  private readonly lexicon = new Lexicon()
  private readonly occurrences: NameOccurrence[] = []
  private readonly midSentence = new Set<string>()

  /** What a row's texts gave: a repeated row is not analysed again. */
  private readonly byText = new RowMemo<readonly Omit<NameOccurrence, 'row'>[]>()

  add(row: QaRow, context: QaContext): void {
    if (row.target === '') return
    let found = this.byText.get(row)
    if (!found) this.byText.set(row, (found = this.analyse(row, context)))
    for (const occurrence of found) {
      if (!occurrence.initial) this.midSentence.add(occurrence.spelling)
      this.occurrences.push({ ...occurrence, row })
    }
  }

  private analyse(row: QaRow, context: QaContext): Omit<NameOccurrence, 'row'>[] {
    const lexicon = this.lexicon
    const targets = capitalisedTokens(row.target, context.words(row, 'target'), true, lexicon)
    if (targets.length === 0) return []
    const sources =
      row.source === ''
        ? []
        : capitalisedTokens(row.source, context.words(row, 'source'), false, lexicon)
    const links = link(targets, sources)
    const found: Omit<NameOccurrence, 'row'>[] = []
    targets.forEach((token, k) => {
      const source = links[k]
      // An unlinked word at a sentence start says nothing: no check reads it.
      if (token.initial && !source) return
      found.push({
        start: token.start,
        end: token.end,
        surface: token.text,
        spelling: token.info.spelling,
        skeleton: token.info.skeleton,
        lemma: source ? lexicon.lemma(source.text) : undefined,
        sourceWord: source?.text,
        initial: token.initial
      })
    })
    return found
  }

  result(): DocumentNames {
    const { occurrences, midSentence } = this
    const linked = new Set(occurrences.filter((o) => o.lemma !== undefined).map((o) => o.spelling))
    return {
      occurrences,
      isName: (folded) => {
        const spelling = latinSpelling(folded)
        return linked.has(spelling) || midSentence.has(spelling)
      }
    }
  }
}

/** The names of a whole document at once. */
export function analyseNames(context: QaContext): DocumentNames {
  const collector = new NameCollector()
  for (const row of context.rows) collector.add(row, context)
  return collector.result()
}

/**
 * For each English token, the Russian token it renders (or undefined): first by a shared strict, then
 * loose skeleton key; then an unmatched English name next to a matched one takes the unmatched
 * Russian name at the same side of its partner (first name + surname).
 */
function sharesKey(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true
  return false
}

function link(targets: readonly Token[], sources: readonly Token[]): (Token | undefined)[] {
  const links: (Token | undefined)[] = new Array<Token | undefined>(targets.length)
  if (sources.length === 0) return links
  const used = new Set<Token>()
  for (const pass of ['strict', 'loose'] as const) {
    for (let k = 0; k < targets.length; k++) {
      if (links[k]) continue
      const keys = targets[k]!.info[pass]
      if (keys.length === 0) continue
      // A row names a handful of people: a scan beats building a map.
      let match: Token | undefined
      let fallback: Token | undefined
      for (const source of sources) {
        if (!sharesKey(source.info[pass], keys)) continue
        if (!used.has(source)) {
          match = source
          break
        }
        fallback ??= source
      }
      match ??= fallback
      if (match) {
        links[k] = match
        used.add(match)
      }
    }
  }
  targets.forEach((target, k) => {
    if (links[k]) return
    for (const direction of [1, -1]) {
      const partner = targets[k + direction]
      const partnerSource =
        partner && partner.word === target.word + direction ? links[k + direction] : undefined
      if (!partnerSource) continue
      const candidate = sources.find(
        (s) => s.word === partnerSource.word - direction && !used.has(s)
      )
      if (candidate && !candidate.initial) {
        links[k] = candidate
        used.add(candidate)
        return
      }
    }
  })
  return links
}
