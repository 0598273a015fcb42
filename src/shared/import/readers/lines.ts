/**
 * Lines of a normalised text (LF only) and the one-sentence-per-line test shared by the plain-text and
 * Markdown readers.
 */

export interface Line {
  /** Offset of the first character of the line. */
  readonly start: number
  /** Offset of the line's end (its LF, or the text's end). */
  readonly end: number
  /** `[contentStart, contentEnd)`: the line without surrounding whitespace (empty when blank). */
  readonly contentStart: number
  readonly contentEnd: number
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    let contentStart = start
    let contentEnd = end
    while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
    lines.push({ start, end, contentStart, contentEnd })
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

export const isBlank = (line: Line): boolean => line.contentStart === line.contentEnd

/** Space or tab (the normaliser turned every other space into one of these). */
const isSpace = (code: number): boolean => code === 0x20 || code === 0x09

/** A sentence end at the end of a line (`.` `!` `?` `…`, or `:` before a quote or a list), closed or not. */
const SENTENCE_END = /[.!?…:]['"»”’)\]]*$/u
/** What a sentence starts with: a capital, a digit, an opening quote, bracket or dash. */
const SENTENCE_START = /^[\p{Lu}\p{N}«"„“'([—–-]/u

/**
 * Share of in-paragraph line breaks that must look like sentence breaks for a file to be read as one
 * sentence (or heading) per line. Hard-wrapped prose breaks lines wherever a word ends, so only about
 * one break in eight falls after a sentence end and most next lines start with a lower-case word.
 */
const SENTENCE_PER_LINE_SHARE = 0.6

/**
 * Whether single line breaks in this text separate sentences (a corpus, a subtitle-like export, MT
 * output written one sentence per line) rather than wrap a paragraph. Only breaks INSIDE blank-line
 * separated blocks are looked at: a text whose every block is one line reads the same either way.
 *
 * A break counts as a sentence break when the line before it ends a sentence, or when the next line
 * starts like a sentence and the line before it is short (a heading, a list item, a dateline).
 */
export function isSentencePerLine(text: string, lines: readonly Line[]): boolean {
  let breaks = 0
  let sentenceBreaks = 0
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]!
    const next = lines[k + 1]!
    if (isBlank(line) || isBlank(next)) continue
    breaks++
    const content = text.slice(line.contentStart, line.contentEnd)
    const nextContent = text.slice(next.contentStart, next.contentEnd)
    if (SENTENCE_END.test(content)) sentenceBreaks++
    else if (SENTENCE_START.test(nextContent) && content.length <= SHORT_LINE) sentenceBreaks++
  }
  return breaks > 0 && sentenceBreaks >= breaks * SENTENCE_PER_LINE_SHARE
}

/** Characters up to which an unpunctuated line may be a heading rather than a wrapped line. */
const SHORT_LINE = 60
