/**
 * English spelling (Hunspell dictionaries through `Speller`), with names left alone: a capitalised word
 * is not reported (the document's names, linked to the Russian or not, and any other proper noun: at
 * the start of a sentence a name and a common word look the same), nor is an acronym, a word with
 * digits or Cyrillic, or a web or e-mail address. An unknown word is reported only when it is one
 * slip from a known one (see `Speller.nearest`): on professional translations nearly every other
 * unknown word is a real word the dictionary lacks.
 */
import type { RowCheck } from '../types'
import { isDigitCode, isUpperCode } from '../text/words'
import { message } from './message'

const ADDRESS =
  /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\S+\.(?:com|org|net|ru|by|ua|io|gov|info)\b\S*/gi
/** Shorter words are one edit from too many others to tell a slip from a rare word. */
const MIN_LENGTH = 5

export const spelling: RowCheck = {
  id: 'spelling',
  scope: 'row',
  category: 'linguistic-conventions/spelling',
  severity: 'minor',
  needs: 'spelling',
  run(row, context, emit) {
    const speller = context.options.spelling
    if (!speller || row.target === '') return
    const text = row.target
    const words = context.words(row, 'target')
    let addresses: RegExpMatchArray[] | undefined
    for (let k = 0; k < words.count; k++) {
      const start = words.starts[k]!
      const end = words.ends[k]!
      // Shorter words are never reported (see MIN_LENGTH): not even looked up. Nor are capitalised
      // ones: a name as likely as not (at a sentence start the document may not show it elsewhere).
      if (end - start < MIN_LENGTH || isUpperCode(text.charCodeAt(start))) continue
      if (!isPlainWord(text, start, end)) continue
      // Parts of a compound one by one ("ex-presidential"); the possessive ’s off.
      let partStart = start
      for (let at = start; at <= end; at++) {
        if (at < end && text.charCodeAt(at) !== 0x2d) continue
        let partEnd = at
        const apostrophe = text.charCodeAt(partEnd - 2)
        const s = text.charCodeAt(partEnd - 1)
        if (
          partEnd - partStart > 2 &&
          (apostrophe === 0x27 || apostrophe === 0x2019) &&
          (s === 0x73 || s === 0x53)
        ) {
          partEnd -= 2
        }
        const first = partStart === start
        const begin = partStart
        partStart = at + 1
        if (partEnd - begin < MIN_LENGTH || speller.correctSpan(text, begin, partEnd)) continue
        const word = text.slice(begin, partEnd)
        if (word === word.toUpperCase() || /\p{Lu}/u.test(word.slice(1))) continue
        // The second part of a compound adjective ("kind-hearted", "double-decker").
        if (!first && /(?:ed|er|ing)$/.test(word)) continue
        if (isUpperCode(word.charCodeAt(0))) continue
        addresses ??= /[/@.]\p{L}/u.test(text) ? [...text.matchAll(ADDRESS)] : []
        if (addresses.some((m) => begin >= m.index! && begin < m.index! + m[0].length)) continue
        // Only a likely slip is reported: a word one edit from a known word.
        const nearest = speller.nearest(word)
        if (nearest.length === 0) continue
        emit({
          row,
          side: 'target',
          span: [begin, partEnd],
          message: message('misspelled', { word, suggestions: nearest.join(', ') })
        })
      }
    }
  }
}

/** Latin letters, apostrophes and hyphens only (no digits, no Cyrillic), not all capitals. */
function isPlainWord(text: string, start: number, end: number): boolean {
  let lower = false
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k)
    if (isDigitCode(code) || (code >= 0x400 && code <= 0x4ff)) return false
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0x24f)) lower = true
  }
  return lower
}
