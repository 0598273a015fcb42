/**
 * The sentence-final punctuation of the row differs: a question turned into a statement, a period lost
 * at the end of a sentence. Closing quotes and brackets and smileys are looked through (`».` ends like
 * `."`), a doubled mark counts once (that is `doubled-punctuation`'s finding), an ellipsis is its own
 * mark. Left alone, because translators do them on purpose: a Russian exclamation or ellipsis that
 * becomes a period, a period added to a headline, a comma or semicolon where a fragment was cut, and
 * a period missing from a short line (a headline, a caption).
 */
import type { QaRow, RowCheck } from '../types'
import { message } from './message'

type End = '.' | '?' | '!' | '…' | ':' | ';' | ',' | ''

/** Closing quotes and brackets, smileys (":)", ")))"), spaces. */
const CLOSER = '\t\n »”"’\')]'
const SMILEY = /[:;]-?[()DPp]+$/

/** The text without what closes it. By hand: a regular expression anchored at the end scans the whole row. */
function bodyOf(text: string): string {
  let end = text.length
  while (end > 0) {
    const smiley = SMILEY.exec(text.slice(Math.max(0, end - 6), end))
    if (smiley) end -= smiley[0].length
    else if (CLOSER.includes(text[end - 1]!)) end--
    else break
  }
  return text.slice(0, end)
}

function endOf(text: string): { mark: End; at: number } {
  const body = bodyOf(text)
  if (body.endsWith('...') || body.endsWith('…')) return { mark: '…', at: body.length - 1 }
  const last = body.at(-1) ?? ''
  if ('.?!:;,'.includes(last) && last !== '') {
    // "?!" and "!!!?" read as a question, "!!!" as an exclamation.
    let start = body.length
    while (start > 0 && (body[start - 1] === '?' || body[start - 1] === '!')) start--
    const run = body.slice(start)
    const mark = (run.length > 1 ? (run.includes('?') ? '?' : '!') : last) as End
    return { mark, at: body.length - 1 }
  }
  return { mark: '', at: body.length }
}

/** Differences translators make on purpose: an exclamation or ellipsis toned down or dropped. */
function accepted(source: End, target: End): boolean {
  if (source === '!' || source === '…') return target === '.' || target === '' || target === '…'
  return target === '…' && source !== ''
}
const CLOSING_QUOTES = ['”', '"', '»', '’', "'"]

/** The source's final mark sits inside closing quotes: a quoted title's, not the sentence's. */
function titleMark(text: string, end: { mark: End; at: number }): boolean {
  return (
    (end.mark === '?' || end.mark === '!') && /^["»”]/u.test(text.slice(end.at + 1).trimStart())
  )
}

/**
 * The article's headline: its first row, one sentence, a paragraph of its own where the rows carry
 * paragraphs (a text without any, such as a corpus of plain sentences, is given the benefit).
 */
function isHeadline(row: QaRow, rows: readonly QaRow[]): boolean {
  if (row.index !== 0 || row.sourceSegments.length > 1) return false
  const next = rows[1]
  if (next === undefined || row.sourceParagraph == null) return true
  if (next.sourceParagraph !== row.sourceParagraph) return true
  return rows.every((other) => other.sourceParagraph === row.sourceParagraph)
}

/** Below this many words a line without its period is a headline or a caption. */
const MIN_WORDS_FOR_MISSING = 8

export const endPunctuation: RowCheck = {
  id: 'end-punctuation',
  scope: 'row',
  category: 'linguistic-conventions/punctuation',
  severity: 'minor',
  run(row, context, emit) {
    if (row.source === '' || row.target === '') return
    // A smiley ends a sentence as well as a period does.
    if (SMILEY.test(row.target.trimEnd())) return
    const source = endOf(row.source)
    const target = endOf(row.target)
    if (source.mark === target.mark || accepted(source.mark, target.mark)) return
    if (/[,;]/.test(source.mark + target.mark)) return
    if (source.mark === '' && target.mark === '.') return
    const text = row.target
    if (target.mark === '') {
      if (context.words(row, 'target').count < MIN_WORDS_FOR_MISSING) return
      // A headline takes no period in English, whatever the Russian did.
      if (source.mark === '.' && isHeadline(row, context.rows)) return
      // Point at the last word; the fix puts the source's mark after it (inside closing quotes, as
      // English does).
      const word = /[\p{L}\p{N}]+$/u.exec(text.slice(0, target.at))
      const start = word ? word.index : Math.max(0, target.at - 1)
      const span: [number, number] = [start, target.at]
      const mark = source.mark
      emit({
        row,
        side: 'target',
        span,
        message: message('endPunctuationMissing', { mark: source.mark }),
        ...(mark && span[1] > span[0]
          ? {
              fix: {
                side: 'target' as const,
                span,
                replacement: text.slice(start, target.at) + mark
              }
            }
          : {})
      })
      return
    }
    // "…the film «Куда ты идешь, Аида?»": the mark belongs to the quoted title, which the English
    // moved inside the sentence with its mark ("Quo Vadis, Aida?"), not to the sentence.
    if (
      titleMark(row.source, source) &&
      !titleMark(row.target, target) &&
      CLOSING_QUOTES.some((quote) => row.target.includes(source.mark + quote))
    )
      return
    const span: [number, number] = [target.at, target.at + 1]
    emit({
      row,
      side: 'target',
      span,
      message:
        source.mark === ''
          ? message('endPunctuationAdded', { mark: target.mark })
          : message('endPunctuationDiffers', { mark: target.mark, source: source.mark })
    })
  }
}
