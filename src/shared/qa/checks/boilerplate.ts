/**
 * Page furniture that came along with the article: rows that are navigation or sharing prompts
 * ("Other news", «Читайте также»; the lists are data in resources/qa/boilerplate.json), and a line
 * repeated verbatim within an article's length, as a page repeats its headline above the comments. The
 * first occurrence of a repeated line is the real one; the later ones are reported.
 */
import boilerplate from '../../../../resources/qa/boilerplate.json'
import type { QaContext } from '../context'
import { lineKey } from '../text/line-key'
import { foldCode, foldWord, isBlank } from '../text/words'
import type { DocumentCheck, QaRow } from '../types'
import { message } from './message'

interface Furniture {
  /** `lineKey`s of the phrases: a row is compared without making a string. */
  readonly whole: ReadonlySet<number>
  /** Phrases ending in a colon, folded: also match the start of a row ("photo:"). */
  readonly prefixes: readonly string[]
}

function furniture(phrases: readonly string[]): Furniture {
  return {
    whole: new Set(phrases.map((phrase) => lineKey(phrase).key)),
    prefixes: phrases.filter((p) => p.endsWith(':')).map(foldWord)
  }
}

const EN = furniture(boilerplate.en)
const RU = furniture(boilerplate.ru)

/** Furniture is short: longer lines are not looked at. */
const MAX_FURNITURE = 80

function isFurniture(
  context: QaContext,
  row: QaRow,
  side: 'source' | 'target',
  list: Furniture
): boolean {
  const text = side === 'source' ? row.source : row.target
  if (text.length > MAX_FURNITURE || isBlank(text)) return false
  return (
    list.whole.has(context.lineKey(row, side).key) ||
    list.prefixes.some((p) => startsFolded(text, p))
  )
}

/** `text`, after leading spaces and quotes, starts with the folded `prefix`. */
function startsFolded(text: string, prefix: string): boolean {
  let at = 0
  while (at < text.length && /[\s«“"„(]/.test(text[at]!)) at++
  if (text.length - at < prefix.length) return false
  for (let k = 0; k < prefix.length; k++) {
    if (foldCode(text.charCodeAt(at + k)) !== prefix.charCodeAt(k)) return false
  }
  return true
}

/** A page repeats its headline within the article: rows further apart than this are not compared. */
const ARTICLE_ROWS = 300

/** A repeated line must be this long to count: short lines ("Yes.", "Thank you.") repeat honestly. */
const MIN_REPEATED_WORDS = 4

export const boilerplateCheck: DocumentCheck = {
  id: 'boilerplate',
  scope: 'document',
  category: 'design-and-markup/layout',
  severity: 'minor',
  run(context, emit) {
    const firstSeen = new Map<number, QaRow>()
    for (const row of context.rows) {
      const hasTarget = !isBlank(row.target)
      const whole = (side: 'source' | 'target') =>
        [0, (side === 'source' ? row.source : row.target).length] as const
      if (
        hasTarget &&
        (isFurniture(context, row, 'target', EN) || isFurniture(context, row, 'source', RU))
      ) {
        emit({ row, side: 'target', span: whole('target'), message: message('pageFurniture') })
        continue
      }
      if (!hasTarget) {
        if (isFurniture(context, row, 'source', RU)) {
          emit({ row, side: 'source', span: whole('source'), message: message('pageFurniture') })
        }
        continue
      }
      const { key, words } = context.lineKey(row, 'target')
      if (words < MIN_REPEATED_WORDS) continue
      const first = firstSeen.get(key)
      // Beyond one article's length a repeat is another article's line, not this page's furniture.
      if (first === undefined || row.index - first.index > ARTICLE_ROWS) firstSeen.set(key, row)
      else {
        emit({
          row,
          side: 'target',
          span: whole('target'),
          message: message('repeatedLine', { number: first.index + 1 })
        })
      }
    }
  }
}
