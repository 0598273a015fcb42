/**
 * All anchors of a segment: numbers and dates, names, months, and the punctuation a translation
 * keeps. An extractor numbers every key it meets (ids shared by both sides of a pair, so the aligner
 * compares integers) and remembers what it worked out for each word, since names and months repeat
 * across a document far more than they vary.
 */
import { monthOf } from './months'
import { nameKeys } from './names'
import { numericAnchors, spelledDates } from './numbers'
import type { Anchor, AnchorKind } from './types'

/** An anchor with the id of each of its keys. */
export interface KeyedAnchor extends Anchor {
  readonly ids: readonly number[]
}

/** "U.S." and "U.S.A." would fall apart into one-letter words. */
const US_DOTTED = /\bU\.\s?S\.(?:\s?A\.)?/g

/**
 * First three letters of the month names Russian and French write lower-case, as one number each
 * (see `threeLetters`): a lower-case word is looked at only if it starts like a month.
 */
const MONTH_STARTS = new Set(
  'янв фев мар апр май мая мае маю июн июл авг сен окт ноя дек jan fév fev mar avr mai jui aoû aou sep oct nov déc dec'
    .split(' ')
    .map((start) => threeLetters(start, 0))
)

function threeLetters(text: string, at: number): number {
  return (
    (text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1)) * 0x10000 + text.charCodeAt(at + 2)
  )
}

interface WordAnchors {
  /** The word may name a month next to a day ("Sept", "May", "сентября"). */
  readonly nearDay: boolean
  readonly month: KeyedAnchor | undefined
  readonly name: KeyedAnchor | undefined
  /** The same keys as `name`, for the word opening a segment. */
  readonly firstWord: KeyedAnchor | undefined
}

export class AnchorExtractor {
  /** Key -> id, shared by everything this extractor reads. */
  readonly keyIds = new Map<string, number>()
  private readonly byWord = new Map<string, WordAnchors | null>()
  /** Scratch of `anchorsOf`. */
  private readonly inWords: KeyedAnchor[] = []
  private readonly monthsAt: number[] = []
  private readonly dateSpans: number[] = []
  private readonly all: KeyedAnchor[] = []
  private readonly question = this.keyed('question', ['p:?'])
  private readonly exclamation = this.keyed('exclamation', ['p:!'])
  private readonly quote = this.keyed('quote', ['p:"'])

  /** The anchors of `text`, in an array this extractor reuses: read it before the next call. */
  anchorsOf(text: string): KeyedAnchor[] {
    const prepared = text.includes('U.') ? text.replace(US_DOTTED, 'US   ') : text
    const words = this.inWords
    const monthsAt = this.monthsAt
    const dateSpans = this.dateSpans
    const all = this.all
    words.length = monthsAt.length = dateSpans.length = all.length = 0
    let digit = false
    let question = false
    let exclamation = false
    let quote = false
    let firstWord = true
    let capitals = 0
    let small = 0
    let monthWord = false
    let russianMonth = false
    // One pass over the characters, by code: a regular expression over every word was most of the
    // cost of aligning 100k segments.
    const length = prepared.length
    for (let k = 0; k < length;) {
      const code = prepared.charCodeAt(k)
      const kind = charClass(code)
      if (kind === UPPER) capitals++
      else if (kind === LOWER) small++
      if (kind === OTHER) {
        if (code >= 0x30 && code <= 0x39) digit = true
        else if (code === 0x3f) question = true
        else if (code === 0x21) exclamation = true
        else if (isQuote(code)) quote = true
        k++
        continue
      }
      const start = k++
      for (; k < length; k++) {
        const inner = charClass(prepared.charCodeAt(k))
        if (inner === OTHER) break
        if (inner === UPPER) capitals++
        else if (inner === LOWER) small++
      }
      const opening = firstWord
      firstWord = false
      if (k - start < 2) continue
      if (kind !== UPPER && (k - start < 3 || !MONTH_STARTS.has(threeLetters(prepared, start)))) {
        continue
      }
      const info = this.wordAnchors(prepared.slice(start, k))
      if (!info) continue
      if (info.nearDay) {
        monthWord = true
        if (code >= 0x400) russianMonth = true
      }
      if (info.month) {
        words.push(info.month)
        monthsAt.push(start)
      }
      const name = opening ? info.firstWord : info.name
      if (name) words.push(name)
    }
    if (digit) {
      for (const anchor of numericAnchors(text, dateSpans, monthWord)) {
        all.push(this.keyed(anchor.kind, anchor.keys))
      }
    }
    if (russianMonth) {
      for (const anchor of spelledDates(text, dateSpans))
        all.push(this.keyed(anchor.kind, anchor.keys))
    }
    // Text in capitals (a shouted headline, a caption) has no capitalised words to tell names by.
    const shouted = capitals > small && capitals > 8
    let month = 0
    for (const anchor of words) {
      // A month inside a date ("17 сентября") is part of that date's anchor.
      if (anchor.kind === 'month' && inside(dateSpans, monthsAt[month++]!)) continue
      if (shouted && anchor.kind !== 'month') continue
      all.push(anchor)
    }
    if (question) all.push(this.question)
    if (exclamation) all.push(this.exclamation)
    if (quote) all.push(this.quote)
    return distinct(all)
  }

  private wordAnchors(word: string): WordAnchors | null {
    let info = this.byWord.get(word)
    if (info === undefined) {
      const month = monthOf(word, false)
      const nearDay = monthOf(word, true) > 0
      const name = nameKeys(word)
      info =
        nearDay || name.length > 0
          ? {
              nearDay,
              month: month > 0 ? this.keyed('month', [`m:${month}`]) : undefined,
              name: name.length > 0 ? this.keyed('name', name) : undefined,
              firstWord: name.length > 0 ? this.keyed('first-word', name) : undefined
            }
          : null
      this.byWord.set(word, info)
    }
    return info
  }

  private keyed(kind: AnchorKind, keys: readonly string[]): KeyedAnchor {
    const ids = keys.map((key) => {
      let id = this.keyIds.get(key)
      if (id === undefined) this.keyIds.set(key, (id = this.keyIds.size))
      return id
    })
    return { kind, keys, ids }
  }
}

/** The anchors of one segment (for many, share an `AnchorExtractor`). */
export function segmentAnchors(text: string): Anchor[] {
  return new AnchorExtractor().anchorsOf(text).map(({ kind, keys }) => ({ kind, keys }))
}

const OTHER = 0
const LOWER = 1
const UPPER = 2
const MARK = 3

/**
 * Class of every code point up to the end of the Cyrillic block: letters of the Latin and Cyrillic
 * scripts (upper or lower case) and combining marks (a decomposed é stays one word).
 */
const CHAR_CLASS = (() => {
  const classes = new Uint8Array(0x500)
  for (let code = 0; code < classes.length; code++) {
    const ch = String.fromCharCode(code)
    const latinOrCyrillic =
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
      code >= 0x400
    if (code >= 0x300 && code <= 0x36f) classes[code] = MARK
    else if (latinOrCyrillic && /\p{L}/u.test(ch)) {
      classes[code] = ch !== ch.toLowerCase() ? UPPER : LOWER
    }
  }
  return classes
})()

function charClass(code: number): number {
  return code < 0x500 ? CHAR_CLASS[code]! : OTHER
}

function isQuote(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x201e ||
    code === 0x2039 ||
    code === 0x203a
  )
}

function inside(spans: readonly number[], at: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (at >= spans[k]! && at < spans[k + 1]!) return true
  return false
}

/** A name or number said twice is one piece of evidence, not two. */
function distinct(anchors: KeyedAnchor[]): KeyedAnchor[] {
  let kept = 0
  for (const anchor of anchors) {
    const id = anchor.ids[0]
    let seen = false
    for (let k = 0; k < kept && !seen; k++) seen = anchors[k]!.ids[0] === id
    if (!seen) anchors[kept++] = anchor
  }
  anchors.length = kept
  return anchors
}
