/**
 * Sentences inside one paragraph, for Russian and English news text. The language knowledge lives in
 * `rules/` (abbreviations, sentence openers); this file holds the punctuation logic common to both:
 *
 * - A candidate end is a run of `. ! ? …` with any closing quotes/brackets and trailing periods
 *   (`..`, `...`, `.»`, `?»`, `.».`, `.”`) — one run is one boundary, whatever it holds.
 * - It ends the sentence when whitespace and then an upper-case letter, a digit, an opening quote or
 *   a dash + capital follow; a lower-case word (`т. е. он`, `… and then`) or a comma / colon / semicolon
 *   right after it (`«…», – сказал он.`, `e.g.,`) continue the sentence, and so does a dash + lower-case
 *   word (the attribution after direct speech: `«Уходи!» — крикнул он.`).
 * - No whitespace after it, no end: `3.5`, `17.09.2019`, `U.S.`, `www.tut.by` (one exception: a word in
 *   lower case, a period and a capitalised word, `Minsk.The`, a missing space that MT and scraping leave).
 * - A single period after an abbreviation or an initial is judged by the rules (`Mr. Hale`, `А. Г.
 *   Лукашенко`, `в 2008 г. В Минске`).
 * - A piece with no letter in it is never split off (`1.`, list numbers, a stray `...`).
 * - A short paragraph that does not end in sentence punctuation is a heading: one segment.
 */
import type { Language } from '../domain/document'
import { trimRange, type LineRange } from './paragraphs'
import { sentenceRules, type SentenceRules } from './rules'

const END_RUN = /[.!?…]+(?:[»"”“’')\]]+[.!?…]*)*/gu
const CLOSERS = new Set(['»', '"', '”', '“', '’', "'", ')', ']'])
const OPENERS = new Set(['«', '„', '“', '"', '‘', "'", '(', '['])
const DASHES = new Set(['–', '—', '-', '‒', '―'])
const CONTINUERS = new Set([',', ';', ':'])
const TERMINALS = new Set(['.', '!', '?', '…'])
const LETTER = /\p{L}/u
const WORD_BEFORE = /\p{L}+(?:-\p{L}+)*$/u
const SPACE = /\s/

interface CompiledRules {
  readonly titles: ReadonlySet<string>
  readonly beforeNumber: ReadonlySet<string>
  readonly ambiguous: ReadonlySet<string>
  readonly sentenceFinal: ReadonlySet<string>
  readonly unitsAfterNumber: ReadonlySet<string>
  readonly sentenceStarters: ReadonlySet<string>
  readonly headingMaxLength: number
}

const compiled = new Map<SentenceRules, CompiledRules>()

function compile(rules: SentenceRules): CompiledRules {
  let result = compiled.get(rules)
  if (!result) {
    result = {
      titles: new Set(rules.titles),
      beforeNumber: new Set(rules.beforeNumber),
      ambiguous: new Set(rules.ambiguous),
      sentenceFinal: new Set(rules.sentenceFinal),
      unitsAfterNumber: new Set(rules.unitsAfterNumber),
      sentenceStarters: new Set(rules.sentenceStarters),
      headingMaxLength: rules.headingMaxLength
    }
    compiled.set(rules, result)
  }
  return result
}

/**
 * Sentence ranges of `text[start, end)` (a paragraph), each trimmed of surrounding whitespace.
 * `rules` defaults to the built-in rules of `language`.
 */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  language: Language,
  rules: SentenceRules = sentenceRules[language]
): LineRange[] {
  const paragraph = text.slice(start, end)
  const r = compile(rules)
  if (isHeading(paragraph, r)) return nonEmpty([trimRange(text, start, end)])

  const cuts: number[] = []
  let pieceStart = 0
  for (const match of paragraph.matchAll(END_RUN)) {
    const runStart = match.index
    const runEnd = runStart + match[0].length
    if (runEnd >= paragraph.length) break
    if (!endsSentence(paragraph, runStart, runEnd, r)) continue
    if (!hasLetter(paragraph, pieceStart, runEnd)) continue
    cuts.push(runEnd)
    pieceStart = runEnd
  }
  // A letterless tail (a stray closing quote, a lone number) stays with the sentence before it.
  if (cuts.length > 0 && !hasLetter(paragraph, cuts[cuts.length - 1]!, paragraph.length)) cuts.pop()

  const bounds = [0, ...cuts, paragraph.length]
  const ranges: (LineRange | null)[] = []
  for (let k = 0; k + 1 < bounds.length; k++) {
    ranges.push(trimRange(text, start + bounds[k]!, start + bounds[k + 1]!))
  }
  return nonEmpty(ranges)
}

function nonEmpty(ranges: (LineRange | null)[]): LineRange[] {
  return ranges.filter((range): range is LineRange => range !== null)
}

function isHeading(paragraph: string, rules: CompiledRules): boolean {
  const trimmed = paragraph.trim()
  if (trimmed.length > rules.headingMaxLength) return false
  let last = trimmed.length - 1
  while (last >= 0 && CLOSERS.has(trimmed[last]!)) last--
  return last >= 0 && !TERMINALS.has(trimmed[last]!)
}

/** Does the run of end punctuation at `[runStart, runEnd)` end a sentence? */
function endsSentence(p: string, runStart: number, runEnd: number, rules: CompiledRules): boolean {
  const after = p[runEnd]!
  if (CONTINUERS.has(after)) return false
  if (!SPACE.test(after)) return isMissingSpace(p, runStart, runEnd)

  let k = runEnd
  while (k < p.length && SPACE.test(p[k]!)) k++
  if (k >= p.length) return false // only whitespace left: the paragraph ends here anyway

  if (DASHES.has(p[k]!) && SPACE.test(p[k + 1] ?? '')) {
    // `«…» – сказал он.` continues; `… «Voices of America». – He also …` starts a new sentence.
    let w = k + 1
    while (w < p.length && (SPACE.test(p[w]!) || OPENERS.has(p[w]!))) w++
    return w < p.length && !isLowerCase(p[w]!)
  }

  let wordStart = k
  while (wordStart < p.length && OPENERS.has(p[wordStart]!)) wordStart++
  const openerSeen = wordStart > k
  if (wordStart >= p.length) return true
  if (isLowerCase(p[wordStart]!)) return false

  // Only a single period can close an abbreviation; `!`, `?`, `…` and `..` always end the sentence.
  if (runEnd - runStart === 1 && p[runStart] === '.') {
    return !continuesAfterAbbreviation(p, runStart, wordStart, openerSeen, rules)
  }
  return true
}

/** `Minsk.The talks`: a lower-case word, a bare period and a capitalised word with no space. */
function isMissingSpace(p: string, runStart: number, runEnd: number): boolean {
  if (runEnd - runStart !== 1) return false
  const before = p.slice(Math.max(0, runStart - 2), runStart)
  const next = p.slice(runEnd, runEnd + 2)
  return (
    before.length === 2 &&
    [...before].every(isLowerCase) &&
    next.length === 2 &&
    isUpperCase(next[0]!) &&
    isLowerCase(next[1]!)
  )
}

function continuesAfterAbbreviation(
  p: string,
  period: number,
  nextStart: number,
  openerSeen: boolean,
  rules: CompiledRules
): boolean {
  const before = p.slice(Math.max(0, period - 40), period)
  const lastWord = WORD_BEFORE.exec(before)?.[0]
  if (!lastWord) return false // a period after a number or a symbol: an ordinary sentence end

  const forms = abbreviationForms(before, lastWord)
  const nextWord = /^[\p{L}\p{N}]+/u.exec(p.slice(nextStart, nextStart + 40))?.[0] ?? ''
  const nextIsDigit = /^\p{N}/u.test(nextWord)
  const ambiguousContinues = (): boolean =>
    !openerSeen && !rules.sentenceStarters.has(nextWord.toLowerCase())

  if (followsNumber(before, lastWord) && forms.some((f) => rules.unitsAfterNumber.has(f))) {
    return ambiguousContinues()
  }
  for (const form of forms) {
    if (rules.sentenceFinal.has(form)) return false
    if (rules.titles.has(form)) return true
    if (nextIsDigit && rules.beforeNumber.has(form)) return true
    if (rules.ambiguous.has(form)) return ambiguousContinues()
  }
  const isInitial = [...lastWord].length === 1 && isUpperCase(lastWord)
  return isInitial ? ambiguousContinues() : false
}

/**
 * Lower-case lookup forms of the abbreviation that ends `before`, longest first: `U.S` -> `u.s`, `s`;
 * `т. е` -> `т.е`, `е`. A one-letter form is kept only if written in lower case (a capital is an initial).
 */
function abbreviationForms(before: string, lastWord: string): string[] {
  const forms: string[] = []
  if ([...lastWord].length > 1 || isLowerCase(lastWord)) forms.push(lastWord.toLowerCase())
  let glued = lastWord
  let rest = before.slice(0, before.length - lastWord.length)
  for (;;) {
    const piece = /(?<!\p{L})(\p{L}{1,4})\. ?$/u.exec(rest)
    if (!piece) break
    glued = `${piece[1]}.${glued}`
    forms.unshift(glued.toLowerCase())
    rest = rest.slice(0, rest.length - piece[0].length)
  }
  return forms
}

/** `2008 г`, `2008г`, `2008–2009 гг`, `XX в`: the word before the period follows a number. */
function followsNumber(before: string, lastWord: string): boolean {
  const rest = before.slice(0, before.length - lastWord.length).trimEnd()
  const token = /\S+$/.exec(rest)?.[0] ?? ''
  return /\p{N}$/u.test(token) || /^[IVXLC]+$/.test(token)
}

function hasLetter(p: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (LETTER.test(p[i]!)) return true
  return false
}

function isLowerCase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}

function isUpperCase(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}
