/**
 * Spaces in the English: double spaces, a space at the start or end of the row, a space before a
 * comma or period ("word ,"), and none after one between two words ("word,word", "said so.The talks").
 * One pass over the characters: this check reads every character of every row.
 */
import { FUNCTION_OPENERS } from '../text/openers'
import { isLetterCode, isLowerCode, isUpperCode } from '../text/words'
import type { RowCheck } from '../types'
import { message } from './message'

const isSpace = (code: number) => code === 0x20 || code === 0xa0 || code === 0x09
const isWordish = (code: number) =>
  isLetterCode(code) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0xbb ||
  code === 0x201d ||
  code === 0x22 ||
  code === 0x27 ||
  code === 0x29

export const whitespace: RowCheck = {
  id: 'whitespace',
  scope: 'row',
  category: 'linguistic-conventions/punctuation',
  severity: 'minor',
  run(row, _context, emit) {
    const text = row.target
    const n = text.length
    if (n === 0) return
    const fix = (start: number, end: number, replacement: string, key: string) => {
      const span: [number, number] = [start, end]
      emit({
        row,
        side: 'target',
        span,
        message: message(key),
        fix: { side: 'target', span, replacement }
      })
    }
    let k = 0
    while (k < n && /\s/.test(text[k]!)) k++
    if (k > 0 && k < n) fix(0, k, '', 'leadingSpace')
    let last = n
    while (last > k && /\s/.test(text[last - 1]!)) last--
    if (last < n && last > 0) fix(last, n, '', 'trailingSpace')
    for (; k < last; k++) {
      const code = text.charCodeAt(k)
      if (isSpace(code)) {
        let end = k + 1
        while (end < last && isSpace(text.charCodeAt(end))) end++
        if (end - k > 1) fix(k, end, ' ', 'doubleSpace')
        else if (isBadBefore(text, end) && k > 0 && isWordish(text.charCodeAt(k - 1))) {
          fix(k, end, '', 'spaceBeforePunctuation')
        }
        k = end - 1
        continue
      }
      if (code === 0x2c || code === 0x3b) {
        // "word,word": a comma glued to the next word (not "1,000").
        if (k > 0 && isLowerCode(text.charCodeAt(k - 1)) && isLetterCode(text.charCodeAt(k + 1))) {
          fix(k, k + 1, `${text[k]} `, 'missingSpaceAfter')
        }
      } else if (
        (code === 0x2e || code === 0x21 || code === 0x3f) &&
        k >= 2 &&
        isUpperCode(text.charCodeAt(k + 1))
      ) {
        // "said so.The talks": only before a word that opens sentences ("Kostroma.Today" is a name).
        if (!isLowerCode(text.charCodeAt(k - 1)) || !isLowerCode(text.charCodeAt(k - 2))) continue
        let end = k + 2
        while (end < n && isLetterCode(text.charCodeAt(end))) end++
        if (end < n && text[end] === '.') continue
        if (FUNCTION_OPENERS.has(text.slice(k + 1, end)))
          fix(k, k + 1, `${text[k]} `, 'missingSpaceAfter')
      }
    }
  }
}

/** A , ; ! ? or a lone period at `at`: no space before it in English (not ":)", "...", ".NET"). */
function isBadBefore(text: string, at: number): boolean {
  const c = text[at]
  if (c === ',' || c === ';' || c === '!' || c === '?') return true
  if (c === ':') return !/[-()DPp]/.test(text[at + 1] ?? '')
  if (c === '.') return !/[.\p{L}\p{N}]/u.test(text[at + 1] ?? '')
  return false
}
