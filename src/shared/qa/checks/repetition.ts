/**
 * Stuttering, the MT failure a fluent reader trips over: the same word twice ("the the"), and two
 * forms of one stem a function word or two apart ("supporter of supporting", "very well aware and
 * aware"). English repeats on purpose in fixed patterns, which are left alone: "step by step",
 * "again and again", "more and more", "years and years", "had had", "that that".
 */
import { ENGLISH_FUNCTION_WORDS } from '../text/function-words'
import { foldCode, isCapitalised } from '../text/words'
import type { RowCheck } from '../types'
import { message } from './message'

/** Doubled on purpose. */
const LEGITIMATE_DOUBLES = new Set(['had', 'that', 'is', 'bye', 'no', 'tut', 'knock'])
/** "X and X" said on purpose. */
const EMPHATIC = new Set([
  'again',
  'over',
  'round',
  'through',
  'forth',
  'back',
  'out',
  'up',
  'down',
  'on',
  'by',
  'more',
  'less',
  'better',
  'worse',
  'further',
  'far',
  'higher',
  'lower',
  'faster',
  'slower'
])
/** "step by step", "face to face", "year after year", "hand in hand". */
const DISTRIBUTIVE = new Set([
  'by',
  'to',
  'after',
  'in',
  'for',
  'upon',
  'on',
  'against',
  'over',
  'from'
])

export const repeatedWord: RowCheck = {
  id: 'repeated-word',
  scope: 'row',
  category: 'linguistic-conventions/grammar',
  severity: 'minor',
  run(row, context, emit) {
    const text = row.target
    const words = context.words(row, 'target')
    for (let k = 1; k < words.count; k++) {
      if (!words.sameFolded(k - 1, k)) continue
      const word = words.folded(k)
      if (LEGITIMATE_DOUBLES.has(word) || /\d/.test(word)) continue
      if (!/^[ \u00a0]+$/.test(text.slice(words.ends[k - 1]!, words.starts[k]!))) continue
      if (isCapitalised(words.word(k)) && isCapitalised(words.word(k - 1))) continue // Bora Bora
      emit({
        row,
        side: 'target',
        span: [words.starts[k - 1]!, words.ends[k]!],
        message: message('repeatedWord', { word: words.word(k) }),
        fix: { side: 'target', span: [words.ends[k - 1]!, words.ends[k]!], replacement: '' }
      })
    }
  }
}

/** Words between the two forms, at most. */
const WINDOW = 2
/** Stems shorter than this say too little ("use" in "used to use"). */
const MIN_STEM = 4

export const nearRepetition: RowCheck = {
  id: 'near-repetition',
  scope: 'row',
  category: 'style/awkward',
  severity: 'minor',
  run(row, context, emit) {
    const words = context.words(row, 'target')
    const { text, starts, ends } = words
    for (let k = 0; k + 2 < words.count; k++) {
      if (ends[k]! - starts[k]! < MIN_STEM) continue
      for (let j = k + 2; j <= k + 1 + WINDOW && j < words.count; j++) {
        // Two forms of one stem share its first letters: compare those codes before any string.
        if (ends[j]! - starts[j]! < MIN_STEM || !samePrefix(text, starts[k]!, starts[j]!, MIN_STEM))
          continue
        const between: string[] = []
        for (let b = k + 1; b < j; b++) between.push(words.folded(b))
        if (!between.every((w) => ENGLISH_FUNCTION_WORDS.has(w))) break
        const first = words.folded(k)
        const second = words.folded(j)
        if (!isContent(first, words.word(k)) || !isContent(second, words.word(j))) continue
        const stem = words.stem(k)
        if (stem.length < MIN_STEM || stem !== words.stem(j)) continue
        const next = j + 1 < words.count ? words.folded(j + 1) : undefined
        if (first === second ? isPatterned(first, between, next) : !isDerivedPair(between)) continue
        if (!onlySpacesAndWords(text, ends[k]!, starts[j]!)) continue
        emit({
          row,
          side: 'target',
          span: [starts[k]!, ends[j]!],
          message: message('nearRepetition', { first: words.word(k), second: words.word(j) })
        })
        k = j
        break
      }
    }
  }
}

function samePrefix(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) {
    if (foldCode(text.charCodeAt(a + i)) !== foldCode(text.charCodeAt(b + i))) return false
  }
  return true
}

function isContent(folded: string, written: string): boolean {
  return (
    folded.length >= MIN_STEM &&
    !ENGLISH_FUNCTION_WORDS.has(folded) &&
    !/\d/.test(folded) &&
    !isCapitalised(written)
  )
}

const ARTICLES = new Set(['a', 'an', 'the'])
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remains', 'means'])

/**
 * The same word twice on purpose: "step by step", "more and more", "years and years", "a person or a
 * person with…" (an article starts a new phrase), "business is business", "oil and oil products"
 * (the second one modifies the next word).
 */
function isPatterned(word: string, between: readonly string[], next: string | undefined): boolean {
  if (between.some((w) => ARTICLES.has(w) || COPULAS.has(w) || DISTRIBUTIVE.has(w))) return true
  if (between.length !== 1) return false
  const link = between[0]!
  if (link === 'and' || link === 'or') {
    if (EMPHATIC.has(word) || word.endsWith('s') || word.endsWith('er')) return true
    return next !== undefined && !ENGLISH_FUNCTION_WORDS.has(next) && !/\d/.test(next)
  }
  return false
}

/** Two forms of one stem joined by of/and/or ("supporter of supporting"); longer links read as prose. */
function isDerivedPair(between: readonly string[]): boolean {
  return between.length === 1 && ['of', 'and', 'or'].includes(between[0]!)
}

/** No punctuation between the two words: across a comma or a dash it is a list or a new clause. */
function onlySpacesAndWords(text: string, from: number, to: number): boolean {
  return !/[^\p{L}\p{N}\s'’]/u.test(text.slice(from, to))
}
