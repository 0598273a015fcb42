/**
 * Numbers, dates, times and percentages that differ between the Russian and the English, whatever
 * the notation on either side (see numbers/extract.ts), and numbers the English writes the Russian
 * way (a decimal comma "1,5 million", thousands grouped with spaces "25 000"). A number the other
 * side spells out as a word ("пять", "five", "twice") is not a mismatch.
 *
 * A value is looked for anywhere in the other side of the row (a set, not a count), because
 * translations legitimately repeat or merge a number ("5 … 5" -> "both 5"); what is reported is a
 * value the other side never mentions.
 */
import { canonicalNumber } from '../../align/anchors/numbers'
import { extractNumbers, type NumberItem } from '../numbers/extract'
import { numberWordKeys, romanKeys } from '../numbers/number-words'
import type { RowCheck } from '../types'
import { message } from './message'

function keySet(items: readonly NumberItem[], words: Set<string>): Set<string> {
  const keys = new Set(words)
  for (const item of items) for (const key of item.keys) keys.add(key)
  return keys
}

const found = (item: NumberItem, other: Set<string>) => item.keys.some((key) => other.has(key))

export const numbers: RowCheck = {
  id: 'numbers',
  scope: 'row',
  category: 'accuracy/mistranslation',
  severity: 'major',
  run(row, context, emit) {
    const sourceHas = /\d/.test(row.source)
    const targetHas = /\d/.test(row.target)
    if (!sourceHas && !targetHas) return
    if (row.source === '' || row.target === '') return // the unpaired check reports the whole row
    if (sameNumbers(row.source, row.target)) return
    const source = sourceHas ? extractNumbers(row.source) : []
    const target = targetHas ? extractNumbers(row.target) : []
    let sourceKeys = keySet(source, new Set())
    let targetKeys = keySet(target, new Set())
    let extra = target.filter((item) => !found(item, sourceKeys))
    let missing = source.filter((item) => !found(item, targetKeys))
    if (extra.length > 0 || missing.length > 0) {
      // Only now look for numbers written as words (most rows never get here).
      const sourceWords = numberWordKeys(context.words(row, 'source'), 'ru')
      const targetWords = numberWordKeys(context.words(row, 'target'), 'en')
      for (const key of romanKeys(row.source, 1)) sourceWords.add(key)
      for (const key of romanKeys(row.target, 2)) targetWords.add(key)
      sourceKeys = keySet(source, sourceWords)
      targetKeys = keySet(target, targetWords)
      extra = target.filter((item) => !found(item, sourceKeys))
      missing = source.filter((item) => !found(item, targetKeys))
    }
    for (const item of extra) {
      emit({
        row,
        side: 'target',
        span: [item.start, item.end],
        message: message(missing.length > 0 ? 'numberDiffers' : 'numberNotInSource', {
          number: item.text,
          source: missing.map((m) => m.text).join(', ')
        })
      })
    }
    if (extra.length === 0) {
      for (const item of missing) {
        emit({
          row,
          side: 'source',
          span: [item.start, item.end],
          message: message('numberMissing', { number: item.text })
        })
      }
    }
    for (const item of target) {
      if (item.notation === 'plain') continue
      // Next to a letter it is a code, not a quantity: "R20 108V", "B13 180x220".
      if (
        /\p{L}/u.test(row.target[item.start - 1] ?? '') ||
        /\p{L}/u.test(row.target[item.end] ?? '')
      )
        continue
      const replacement =
        item.notation === 'decimal-comma'
          ? item.text.replace(/\./g, ',').replace(/,(\d+)$/, '.$1')
          : item.text.replace(/[ \u00a0\u2009\u202f](?=\d{3})/g, ',')
      const span: [number, number] = [item.start, item.start + item.text.length]
      emit({
        row,
        side: 'target',
        span,
        category: 'locale-conventions/number-format',
        severity: 'minor',
        message: message(
          item.notation === 'decimal-comma' ? 'decimalComma' : 'spaceGroupedNumber',
          {
            number: item.text,
            replacement
          }
        ),
        fix: { side: 'target', span, replacement }
      })
    }
  }
}

/**
 * The fast path most rows take: both sides write the same numbers the same way (years, percentages
 * copied as they are), and the English groups and marks decimals the English way. Decided in one pass
 * over the characters, without the regular expressions of `extractNumbers`.
 */
function sameNumbers(source: string, target: string): boolean {
  const ours = plainNumbers(source)
  const theirs = plainNumbers(target)
  if (ours === undefined || theirs === undefined || ours.size !== theirs.size) return false
  for (const value of ours) if (!theirs.has(value)) return false
  return true
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39

/** Canonical values of the simple numbers of a text; undefined if one is written the Russian way. */
function plainNumbers(text: string): Set<string> | undefined {
  const values = new Set<string>()
  for (let k = 0; k < text.length; k++) {
    if (!isDigit(text.charCodeAt(k))) continue
    const start = k
    while (k < text.length) {
      const code = text.charCodeAt(k)
      if (isDigit(code)) k++
      else if ((code === 0x2c || code === 0x2e) && isDigit(text.charCodeAt(k + 1))) k++
      else break
    }
    const token = text.slice(start, k)
    // Grouped with spaces, or a decimal comma: the full reader decides what it is.
    if (text.charCodeAt(k) === 0x20 && isDigit(text.charCodeAt(k + 1))) return undefined
    if (/,(?:\d{1,2}|\d{4,})$/.test(token)) return undefined
    values.add(canonicalNumber(token))
  }
  return values
}
