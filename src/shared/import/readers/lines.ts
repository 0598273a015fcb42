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
    lines.push(lineAt(text, start, end))
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

function lineAt(text: string, start: number, end: number): Line {
  let contentStart = start
  let contentEnd = end
  while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
  return { start, end, contentStart, contentEnd }
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
  const vote = new SentenceBreakVote(text)
  let previous: Line | undefined
  for (const line of lines) {
    if (previous && !isBlank(previous) && !isBlank(line)) vote.add(previous, line)
    previous = line
  }
  return vote.sentencePerLine()
}

/** Counts the in-paragraph line breaks of a text, and those that look like sentence breaks. */
export class SentenceBreakVote {
  private breaks = 0
  private sentenceBreaks = 0

  constructor(private readonly text: string) {}

  add(line: Line, next: Line): void {
    this.breaks++
    const content = this.text.slice(line.contentStart, line.contentEnd)
    if (SENTENCE_END.test(content)) this.sentenceBreaks++
    else if (
      content.length <= SHORT_LINE &&
      SENTENCE_START.test(this.text.slice(next.contentStart, next.contentEnd))
    ) {
      this.sentenceBreaks++
    }
  }

  sentencePerLine(): boolean {
    return this.breaks > 0 && this.sentenceBreaks >= this.breaks * SENTENCE_PER_LINE_SHARE
  }
}

export interface TextShape {
  /** Runs of non-blank lines between blank lines. */
  readonly paragraphs: number
  readonly nonBlankLines: number
  /** `isSentencePerLine` of all the lines. */
  readonly sentencePerLine: boolean
}

/**
 * The shape of a text in one pass that keeps no line: how many paragraphs and lines it has, and
 * whether it is one sentence per line. Enough to know, before any reader builds anything per line,
 * that a file holds more segments than the limit (each paragraph — each line, one sentence per line —
 * is at least one segment).
 */
export function textShape(text: string): TextShape {
  const vote = new SentenceBreakVote(text)
  let paragraphs = 0
  let nonBlankLines = 0
  let previous: Line | null = null
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = lineAt(text, start, end)
    if (isBlank(line)) previous = null
    else {
      nonBlankLines++
      if (previous === null) paragraphs++
      else vote.add(previous, line)
      previous = line
    }
    if (newline === -1) break
    start = newline + 1
  }
  return { paragraphs, nonBlankLines, sentencePerLine: vote.sentencePerLine() }
}

/** Characters up to which an unpunctuated line may be a heading rather than a wrapped line. */
const SHORT_LINE = 60
