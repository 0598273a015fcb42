/**
 * Doubled and mixed punctuation in the English: "September 17..", ".»." and ".»," (a period inside
 * the quotation and another outside), ",,", "?.", ",.". An ellipsis (three or more periods, or …),
 * "?!" and "!!" are left alone, and so is a period that ends an abbreviation before a comma
 * ("U.S., Inc.,").
 */
import type { Emit, QaRow, RowCheck } from '../types'
import { message } from './message'

const PUNCTUATION = '.,;:!?'
/** Closing quotes (not brackets: "etc.)." closes an abbreviation, then the sentence). */
const CLOSERS = '»”"’'

export const doubledPunctuation: RowCheck = {
  id: 'doubled-punctuation',
  scope: 'row',
  category: 'linguistic-conventions/punctuation',
  severity: 'minor',
  run(row, _context, emit) {
    const text = row.target
    // Most rows have no two punctuation marks close together: a scan of codes says so.
    for (let k = 0; k < text.length - 1; k++) {
      if (!isMark(text.charCodeAt(k))) continue
      const next = text.charCodeAt(k + 1)
      if (!isMark(next) && !isCloser(next)) continue
      k = inspect(row, text, k, emit)
    }
  }
}

/** . , ; : ! ? */
const isMark = (c: number) =>
  c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f
/** » ” " ’ */
const isCloser = (c: number) => c === 0xbb || c === 0x201d || c === 0x22 || c === 0x2019

/** Looks at the punctuation mark at `k`; returns the last index it consumed. */
function inspect(row: QaRow, text: string, k: number, emit: Emit): number {
  const first = text[k]!
  if (first === '.' && text[k + 1] === '.') {
    let end = k
    while (text[end] === '.') end++
    if (end - k >= 3 || text[k - 1] === '…' || text[end] === '…') return end - 1 // an ellipsis
    emit({
      row,
      side: 'target',
      span: [k, end],
      message: message('doubledPeriod'),
      fix: { side: 'target', span: [k, end], replacement: '.' }
    })
    return end - 1
  }
  let j = k + 1
  while (j < text.length && CLOSERS.includes(text[j]!)) j++
  const second = text[j]
  if (second === undefined || !PUNCTUATION.includes(second)) return k
  if (second === '.' && text[j + 1] === '.') return j - 1 // an ellipsis follows: seen on its own
  const closers = text.slice(k + 1, j)
  const span: [number, number] = [k, j + 1]
  const fixWith = (replacement: string) => ({
    row,
    side: 'target' as const,
    span,
    fix: { side: 'target' as const, span, replacement }
  })
  if (first === second) {
    if (first === '!' || first === '?') return j // "!!", "??": emphasis, not an error
    emit({
      ...fixWith(first + closers),
      message: message(closers ? 'punctuationBothSidesOfQuote' : 'doubledPunctuation', {
        mark: first
      })
    })
    return j
  }
  if ((first === '?' || first === '!') && second === '.') {
    emit({ ...fixWith(first + closers), message: message('periodAfterQuestion', { mark: first }) })
    return j
  }
  if (first === '.' && second === ',' && closers) {
    // «…relations.», – he said: the period belongs to a sentence the comma continues.
    emit({ ...fixWith(`,${closers}`), message: message('periodBeforeComma') })
    return j
  }
  if (first === '.' && closers === '' && endsAbbreviation(text, k)) return j
  if ((first === '?' || first === '!') && second !== '.') return j // "?!", "?:" in quotes
  emit({
    row,
    side: 'target',
    span,
    message: message('mixedPunctuation', { marks: text.slice(k, j + 1) })
  })
  return j
}

/** The period at `dot` ends an abbreviation: U.S., Inc., etc., a.m., a single capital (W.). */
function endsAbbreviation(text: string, dot: number): boolean {
  let start = dot
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--
  const word = text.slice(start, dot)
  return word.length <= 4 || word.includes('.')
}
