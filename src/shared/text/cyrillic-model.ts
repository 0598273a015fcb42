/**
 * What Russian text looks like, byte by byte, for telling the Cyrillic codepages apart. The four
 * codepages share ASCII, so only characters from bytes 0x80..0xFF differ between the candidate decodings;
 * this model scores those characters (log-likelihood in nats) and the words they form:
 *
 * - which character: a Cyrillic letter, common news typography (« » — …), rarer symbols, or what real
 *   text never holds (box drawing, C1 controls: the signature of a wrong codepage, e.g. CP866 read as
 *   Windows-1251 or the reverse);
 * - which word: one of the most frequent Russian words (`frequent-words.ts`), or else a spelling scored
 *   letter after letter (`letter-bigrams.ts`), word starts and ends included: the strongest signal on
 *   short text, and the one that catches ALL-CAPS headlines, whose case says nothing;
 * - the case of each word: lower-case, Capitalised or ALL CAPS, almost never mIXED (the signature of
 *   KOI8-R read as Windows-1251, which swaps the cases).
 *
 * Belarusian and Ukrainian letters (і ў ї є ґ) are scored like their nearest Russian letters with a
 * small penalty, so text from Belarus is not pushed to a codepage that turns it into Russian-looking
 * letters; Serbian and Macedonian letters (ђ ј љ њ ћ ...) get almost no probability: in a file Calque is
 * given they come from a wrong decoding.
 */
import {
  FREQUENT_WORD_COVERAGE,
  LONGEST_FREQUENT_WORD,
  frequentWordLogProbability
} from './frequent-words'
import { BIGRAM_ALPHABET, bigramLogProbability, bigramSymbol } from './letter-bigrams'

export type CharKind = 'lower' | 'upper' | 'latin' | 'other'

/** What a non-letter says about the case of the next word. */
export type CharRole = 'stop' | 'space' | 'newline' | 'digit' | 'hyphen' | 'neutral' | 'other'

export interface CharModel {
  readonly kind: CharKind
  readonly role: CharRole
  /** `BIGRAM_ALPHABET` index of a Cyrillic letter (lower-cased, folded), else 0. */
  readonly symbol: number
  /** log P(character) among non-ASCII characters; 0 for ASCII, which all candidates share. */
  readonly logProbability: number
}

/** Among the non-ASCII characters of a Russian text: letters, then typography by how common it is. */
const CLASS_PROBABILITY = {
  letter: 0.97,
  /** Each of the typography news text is full of. */
  commonSymbol: 0.02 / 12,
  /** Each of the symbols an article holds now and then. */
  occasionalSymbol: 1e-4,
  /** Each of the symbols that are legal but odd in prose. */
  rareSymbol: 1e-6,
  /** Box drawing, C1 controls, undecodable bytes: only a wrong decoding produces them. */
  junk: 1e-9
} as const

const COMMON_SYMBOLS = new Set('«»—–…„“”№\u00a0‘’')
const OCCASIONAL_SYMBOLS = new Set('•€°±§©®™·‚')
const RARE_SYMBOLS = new Set('†‡‰‹›¤¦¬µ¶\u00ad²÷≈≤≥√∙')

/** Penalty for a Belarusian or Ukrainian letter (і ў ї є ґ) relative to a Russian one. */
const NEIGHBOUR_LETTER = Math.log(0.05)
/** Any other Cyrillic letter (ђ ѓ ѕ ј љ њ ћ ќ џ ...). */
const FOREIGN_CYRILLIC_LETTER = Math.log(1e-6)

const CYRILLIC = /^\p{Script=Cyrillic}$/u
const LATIN_ASCII_LETTER = /^[A-Za-z]$/
const NEIGHBOUR_LETTERS = new Set('іўїєґ')

export function charModel(char: string): CharModel {
  const role = roleOf(char)
  if (char.charCodeAt(0) < 0x80) {
    const kind = LATIN_ASCII_LETTER.test(char) ? 'latin' : 'other'
    return { kind, role, symbol: 0, logProbability: 0 }
  }
  const lower = char.toLowerCase()
  if (CYRILLIC.test(char) && lower !== char.toUpperCase()) {
    const symbol = bigramSymbol(lower)
    const penalty =
      symbol === 0 ? FOREIGN_CYRILLIC_LETTER : NEIGHBOUR_LETTERS.has(lower) ? NEIGHBOUR_LETTER : 0
    return {
      kind: char === lower ? 'lower' : 'upper',
      role,
      symbol,
      logProbability: Math.log(CLASS_PROBABILITY.letter) + penalty
    }
  }
  return { kind: 'other', role, symbol: 0, logProbability: Math.log(symbolProbability(char)) }
}

function roleOf(char: string): CharRole {
  if (char === '\n' || char === '\r') return 'newline'
  if (/^[.!?…]$/.test(char)) return 'stop'
  if (/^\s$/.test(char)) return 'space'
  if (/^[0-9]$/.test(char)) return 'digit'
  if (char === '-') return 'hyphen'
  // Quotes, brackets and dashes stand between a sentence end and the next word without changing it.
  if (/^[«»"„“”'‘’()[\]—–]$/.test(char)) return 'neutral'
  return 'other'
}

function symbolProbability(char: string): number {
  if (COMMON_SYMBOLS.has(char)) return CLASS_PROBABILITY.commonSymbol
  if (OCCASIONAL_SYMBOLS.has(char)) return CLASS_PROBABILITY.occasionalSymbol
  if (RARE_SYMBOLS.has(char)) return CLASS_PROBABILITY.rareSymbol
  return CLASS_PROBABILITY.junk
}

/**
 * Case of the words. A text is read under two hypotheses and the likelier wins, because their case
 * statistics differ:
 *
 * - ordinary text: a word is lower-case inside a sentence and Capitalised at its start; short ALL-CAPS
 *   words are abbreviations (США, МВД, ДТП), whose letters are initials and are scored as word starts,
 *   not as a spelling; long ALL-CAPS words are rare and mIXED ones almost never occur. (KOI8-R read as
 *   Windows-1251 swaps the cases: Capitalised words become mIXED, lower-case ones ALL CAPS.)
 * - an ALL-CAPS text (a headline, a shouted line): every word in capitals, spelled as usual.
 *
 * Per word, not per letter: a long word in capitals is unusual once, not once per letter. The figures
 * for ordinary text follow counts on the Russian side of the WMT21 English->Russian MQM corpus
 * (240,000 words), softened at the start of a text, which may be a fragment (a table cell, a title).
 */
type WordCase = 'lower' | 'capitalised' | 'capital' | 'abbreviation' | 'allCaps' | 'mixed'
type WordContext = 'textStart' | 'sentenceStart' | 'inside' | 'afterNumber'

const ORDINARY_TEXT_PRIOR = Math.log(0.97)
const ORDINARY_TEXT: Readonly<Record<WordContext, Readonly<Record<WordCase, number>>>> = {
  textStart: logs({
    lower: 0.2,
    capitalised: 0.57,
    capital: 0.2,
    abbreviation: 0.02,
    allCaps: 0.01
  }),
  sentenceStart: logs({
    lower: 0.12,
    capitalised: 0.7,
    capital: 0.15,
    abbreviation: 0.02,
    allCaps: 0.005
  }),
  inside: logs({
    lower: 0.93,
    capitalised: 0.06,
    capital: 0.002,
    abbreviation: 0.005,
    allCaps: 0.0005
  }),
  /** `22-й`, `80-х`, `5-го`: the ending of a numeral written in digits. */
  afterNumber: logs({
    lower: 0.97,
    capitalised: 0.01,
    capital: 0.01,
    abbreviation: 0.01,
    allCaps: 0.001
  })
}

const CAPS_TEXT_PRIOR = Math.log(0.03)
/** In an ALL-CAPS text a short capitalised word (`abbreviation`) is just another word in capitals. */
const CAPS_TEXT = logs({
  allCaps: 0.85,
  capital: 0.1,
  lower: 0.03,
  capitalised: 0.02,
  abbreviation: 0.85
})
/** Among the short words of an ALL-CAPS text, the share of abbreviations (the rest are words). */
const CAPS_TEXT_ABBREVIATIONS = Math.log(0.15)
const CAPS_TEXT_WORDS = Math.log(0.85)

function logs(probabilities: Omit<Record<WordCase, number>, 'mixed'>): Record<WordCase, number> {
  const entries = Object.entries(probabilities).map(([key, p]) => [key, Math.log(p)])
  return { ...Object.fromEntries(entries), mixed: Math.log(1e-4) } as Record<WordCase, number>
}

const ABBREVIATION_MAX_LENGTH = 4

/** A word is one of the frequent words, or any other word spelled letter by letter. */
const FREQUENT_WORD = Math.log(FREQUENT_WORD_COVERAGE)
const OTHER_WORD = Math.log(1 - FREQUENT_WORD_COVERAGE)

/**
 * The letter a numeral's ending is spelled after: `-й`, `-го`, `-х`, `-е`, `-м` behave as after
 * the last vowel of `двадцатый`, `второго`.
 */
const NUMERAL_ENDING_CONTEXT = bigramSymbol('о')

/** A Cyrillic letter glued to a Latin one (`cafй`): a Western file read as Cyrillic, or a wrong codepage. */
const MIXED_SCRIPT = Math.log(1e-3)

const isCyrillic = (model: CharModel): boolean => model.kind === 'lower' || model.kind === 'upper'

/**
 * Log-likelihood (nats) of the text that `bytes` decode to, given the model of each byte's character.
 * Only what differs between the candidate codepages is scored: the non-ASCII characters, and the
 * spelling and case of the (Cyrillic, hence non-ASCII) words they form.
 */
export function logLikelihood(bytes: Uint8Array, models: readonly CharModel[]): number {
  let characters = 0
  let ordinary = ORDINARY_TEXT_PRIOR
  let caps = CAPS_TEXT_PRIOR
  let previous = BOUNDARY
  let context: WordContext = 'textStart'
  let afterStop = false // a . ! ? … was seen since the last word; a space will start a sentence
  const word = new WordScore()
  const closeWord = (last: CharModel): void => {
    word.end(last)
    ordinary += ORDINARY_TEXT[word.context][word.case] + word.spelledFor(word.case, false)
    caps += CAPS_TEXT[word.case] + word.spelledFor(word.case, true)
    word.reset()
  }
  for (const byte of bytes) {
    const model = models[byte]!
    characters += model.logProbability
    if (isCyrillic(model)) {
      if (previous.kind === 'latin') characters += MIXED_SCRIPT
      if (word.length === 0) word.start(context)
      word.add(model, previous)
      previous = model
      continue
    }
    if (word.length > 0) {
      if (model.kind === 'latin') characters += MIXED_SCRIPT
      closeWord(previous)
      context = 'inside'
    }
    switch (model.role) {
      case 'stop':
        afterStop = true
        break
      case 'space':
        if (afterStop) context = 'sentenceStart'
        break
      case 'newline':
        context = 'sentenceStart'
        break
      case 'hyphen':
        if (previous.role === 'digit') context = 'afterNumber'
        afterStop = false
        break
      case 'neutral':
        break
      default:
        context = 'inside'
        afterStop = false
    }
    previous = model
  }
  if (word.length > 0) closeWord(previous)
  return characters + logSumExp(ordinary, caps)
}

function logSumExp(a: number, b: number): number {
  const max = Math.max(a, b)
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max))
}

/** The Cyrillic word being read: its spelling scored two ways until its case says which applies. */
class WordScore {
  length = 0
  context: WordContext = 'inside'
  private uppers = 0
  private firstUpper = false
  /** Letters as a spelling: bigrams from the word start to the word end. */
  private spelling = 0
  /** Letters as initials of an abbreviation: each one a word start. */
  private initials = 0
  /** The word in lower case, for the frequent-word lookup (letters outside Russian as `?`). */
  private letters = ''

  start(context: WordContext): void {
    this.context = context
  }

  add(letter: CharModel, previous: CharModel): void {
    if (this.length === 0) this.firstUpper = letter.kind === 'upper'
    if (letter.kind === 'upper') this.uppers++
    const before =
      this.length > 0
        ? previous.symbol
        : this.context === 'afterNumber'
          ? NUMERAL_ENDING_CONTEXT
          : 0
    this.spelling += bigramLogProbability(before, letter.symbol)
    this.initials += bigramLogProbability(0, letter.symbol)
    // Frequent words are short: longer words are not spelled out (the lookup would miss anyway).
    if (this.length < LONGEST_FREQUENT_WORD) this.letters += BIGRAM_ALPHABET[letter.symbol] ?? '?'
    this.length++
  }

  end(last: CharModel): void {
    this.spelling += bigramLogProbability(last.symbol, 0)
  }

  reset(): void {
    this.length = this.uppers = this.spelling = this.initials = 0
    this.letters = ''
  }

  get case(): WordCase {
    const { length, uppers } = this
    if (uppers === 0) return 'lower'
    if (length === 1) return 'capital'
    if (uppers === 1 && this.firstUpper) return 'capitalised'
    if (uppers < length) return 'mixed'
    return length <= ABBREVIATION_MAX_LENGTH ? 'abbreviation' : 'allCaps'
  }

  /**
   * The letters' score for a word of this case: an abbreviation's letters are initials. In an ALL-CAPS
   * text a short capitalised word is also an ordinary word, so its spelling counts as well.
   */
  spelledFor(wordCase: WordCase, capsText: boolean): number {
    let letters: number
    if (wordCase !== 'abbreviation') letters = this.spelling
    else if (!capsText) letters = this.initials
    else
      letters = logSumExp(CAPS_TEXT_WORDS + this.spelling, CAPS_TEXT_ABBREVIATIONS + this.initials)
    const frequent =
      this.length <= LONGEST_FREQUENT_WORD ? frequentWordLogProbability(this.letters) : undefined
    if (frequent === undefined) return OTHER_WORD + letters
    return logSumExp(FREQUENT_WORD + frequent, OTHER_WORD + letters)
  }
}

const BOUNDARY: CharModel = { kind: 'other', role: 'newline', symbol: 0, logProbability: 0 }
