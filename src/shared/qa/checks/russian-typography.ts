/**
 * Russian typography left in the English: guillemets « » and low-high quotes „ “ (-> “ ” or, inside
 * another quotation, ‘ ’); a dash that introduces the author's words after a quotation («…», — сказал
 * он -> “…,” he said) or resumes it (— Также он… -> “He also…); a dash glued to the next word
 * ("chairs –money"); the numero sign. Each finding carries its one-key fix.
 */
import type { Emit, QaRow, RowCheck } from '../types'
import { message } from './message'

/**
 * `.», –`, `?" –`, `», –`: the end of a quotation, a spaced dash, then the author's words (lower case),
 * the Russian direct-speech frame. A quoted phrase followed by a dash and a comment ("a phrase" — and
 * that is right) is English and is left alone: the frame needs punctuation at the quote or a guillemet.
 */
const DASH_AFTER_QUOTE = /([.,!?…]?)([»”"])(,?)[ \u00a0]+[–—-][ \u00a0]+(?=\p{Ll})/gu
/** Inside an open quotation: ", — пояснил он" without a closing quote before the dash. */
const DASH_AFTER_PUNCTUATION = /([,.!?…])[ \u00a0]+[–—][ \u00a0]+(?=\p{Ll})/gu
/** A dash that opens a sentence: the quotation resumes after the author's words. */
const OPENING_DASH = /(?:^|(?<=[.!?…][»”"]?[ \u00a0]+))[–—][ \u00a0]+(?=[\p{Lu}«“"])/gu
/** "chairs –money" and "chairs– money": a spaced dash with one of its spaces missing. */
const HALF_SPACED_DASH = /(?<=\p{L}) [–—](?=\p{L})|(?<=\p{L})[–—] (?=\p{L})/gu

export const russianTypography: RowCheck = {
  id: 'russian-typography',
  scope: 'row',
  category: 'linguistic-conventions/punctuation',
  severity: 'minor',
  run(row, _context, emit) {
    const text = row.target
    if (!/[«»„“–—№]/.test(text)) return
    quotes(row, text, emit)
    dashes(row, text, emit)
    for (const match of text.matchAll(/№[ \u00a0]?/g)) {
      const span: [number, number] = [match.index, match.index + match[0].length]
      emit({
        row,
        side: 'target',
        span,
        message: message('numeroSign'),
        fix: { side: 'target', span, replacement: 'No. ' }
      })
    }
  }
}

function quotes(row: QaRow, text: string, emit: Emit): void {
  let depth = 0
  let lowOpen = false
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!
    let replacement: string | undefined
    if (c === '«' || c === '„') {
      replacement = depth === 0 ? '“' : '‘'
      depth++
      if (c === '„') lowOpen = true
    } else if (c === '»' || (c === '“' && lowOpen)) {
      depth = Math.max(0, depth - 1)
      replacement = depth === 0 ? '”' : '’'
      if (c === '“') lowOpen = false
    } else if (c === '“' || c === '"') depth++
    else if (c === '”') depth = Math.max(0, depth - 1)
    if (replacement === undefined) continue
    const span: [number, number] = [k, k + 1]
    emit({
      row,
      side: 'target',
      span,
      message: message(c === '«' || c === '»' ? 'guillemet' : 'lowHighQuote', {
        mark: c,
        replacement
      }),
      fix: { side: 'target', span, replacement }
    })
  }
}

function dashes(row: QaRow, text: string, emit: Emit): void {
  const done: number[] = []
  const fix = (start: number, end: number, replacement: string, key: string) => {
    done.push(start, end)
    const span: [number, number] = [start, end]
    emit({
      row,
      side: 'target',
      span,
      message: message(key),
      fix: { side: 'target', span, replacement }
    })
  }
  for (const m of text.matchAll(DASH_AFTER_QUOTE)) {
    if (m[1] === '' && m[3] === '' && m[2] !== '»') continue
    const mark = m[1] === '?' || m[1] === '!' || m[1] === '…' ? m[1] : ','
    fix(m.index, m.index + m[0].length, `${mark}” `, 'dashAfterQuote')
  }
  for (const m of text.matchAll(DASH_AFTER_PUNCTUATION)) {
    if (overlaps(done, m.index) || !insideQuotation(text, m.index)) continue
    const mark = m[1] === '?' || m[1] === '!' || m[1] === '…' ? m[1] : ','
    fix(m.index, m.index + m[0].length, `${mark}” `, 'dashAfterQuote')
  }
  for (const m of text.matchAll(OPENING_DASH)) {
    // Only where a quotation closes later in the row: a dash before a list item is not speech.
    if (overlaps(done, m.index) || !/[»”"]/.test(text.slice(m.index))) continue
    fix(m.index, m.index + m[0].length, '“', 'openingDash')
  }
  for (const m of text.matchAll(HALF_SPACED_DASH)) {
    const dash = m[0].trim()
    fix(m.index, m.index + 2, ` ${dash} `, 'halfSpacedDash')
  }
}

function overlaps(spans: readonly number[], at: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (at >= spans[k]! && at < spans[k + 1]!) return true
  return false
}

/** More quotations opened than closed before `at` (any style; a straight quote by its position). */
function insideQuotation(text: string, at: number): boolean {
  let open = 0
  for (let k = 0; k < at; k++) {
    const c = text[k]!
    if (c === '«' || c === '„' || c === '“') open++
    else if (c === '»' || c === '”') open = Math.max(0, open - 1)
    else if (c === '"') open += k === 0 || /[\s([]/.test(text[k - 1]!) ? 1 : -1
  }
  return open > 0
}
