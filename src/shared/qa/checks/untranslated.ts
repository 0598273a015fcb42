/**
 * Russian left in the English: the whole row copied from the source, runs of Cyrillic words, and
 * single words that mix the scripts (a Cyrillic "о" inside "Mоscow" looks right and breaks search and
 * spelling; the fix swaps in the Latin look-alikes).
 */
import type { RowCheck } from '../types'
import { message } from './message'

const CYRILLIC_RUN = /[\u0400-\u04ff]+(?:[\s\-–—,.]+[\u0400-\u04ff]+)*/g
/** Cyrillic letters that look exactly like Latin ones. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'h',
  в: 'b',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  і: 'i',
  І: 'I',
  ј: 'j'
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()

export const untranslated: RowCheck = {
  id: 'untranslated',
  scope: 'row',
  category: 'accuracy/untranslated',
  severity: 'major',
  run(row, context, emit) {
    const text = row.target
    if (!/[\u0400-\u04ff]/.test(text)) return
    if (/[\u0400-\u04ff]{2}/.test(row.source) && normalise(text) === normalise(row.source)) {
      emit({
        row,
        side: 'target',
        span: [0, text.length],
        message: message('copiedSource'),
        severity: 'critical'
      })
      return
    }
    const words = context.words(row, 'target')
    const mixed: number[] = []
    for (let k = 0; k < words.count; k++) {
      const word = words.word(k)
      if (!/[a-z]/i.test(word) || !/[\u0400-\u04ff]/.test(word)) continue
      const start = words.starts[k]!
      const latin = [...word].map((c) => LOOK_ALIKES[c] ?? c).join('')
      mixed.push(start, words.ends[k]!)
      emit({
        row,
        side: 'target',
        span: [start, words.ends[k]!],
        category: 'linguistic-conventions/character-encoding',
        message: message('mixedScripts'),
        ...(/[\u0400-\u04ff]/.test(latin)
          ? {}
          : {
              fix: {
                side: 'target' as const,
                span: [start, words.ends[k]!] as const,
                replacement: latin
              }
            })
      })
    }
    for (const m of text.matchAll(CYRILLIC_RUN)) {
      // A Cyrillic web address (стопкоронавирус.рф) is its name, not untranslated text.
      if (
        /^\.(?:рф|рус|бел|укр|онлайн|сайт)\b/.test(text.slice(m.index + m[0].length)) ||
        /[./]рф$/.test(m[0])
      )
        continue
      if (mixed.some((at, k) => k % 2 === 0 && m.index >= at && m.index < mixed[k + 1]!)) continue
      emit({
        row,
        side: 'target',
        span: [m.index, m.index + m[0].length],
        message: message('cyrillicInTarget')
      })
    }
  }
}
