/**
 * A sentence end the MT dropped, so that one sentence runs into the next: "…the minister said so The
 * talks resume on Monday…", or a headline running into the lead. Reported only where the English has
 * fewer sentence breaks than the Russian, at a junction that reads like one: a word, no punctuation, a
 * space and a capitalised word that usually opens a sentence (The, This, He, However…), or, when the
 * row joins more Russian sentences than English ones, any capitalised word near where the Russian
 * breaks.
 */
import { SENTENCE_OPENERS as OPENERS } from '../text/openers'
import type { QaRow, RowCheck } from '../types'
import { message } from './message'

/** Before a capitalised word these make it a title or a name ("in The Hague", "of The Times"). */
const BEFORE_A_NAME = new Set(
  'of the a an in at on by from to for with and or as than into via about like said says told'.split(
    ' '
  )
)

/** A sentence break inside a text: end punctuation, closing quotes, space, a capital. */
const BREAK = /(?<=[\p{L}\p{N}»”"')\]]{2})[.!?…]+["»”')\]]*\s+(?=["«„“(]?\p{Lu})/gu
/** A word without punctuation after it, a space, a capitalised word. */
const JUNCTION = /([\p{L}\p{N}]+) (\p{Lu}[\p{L}’'-]*)/gu

interface Junction {
  readonly start: number
  readonly end: number
  readonly at: number
  readonly opener: boolean
}

/** Sentence marks (. ! ? …) followed by a space, or by a closing quote and a space. */
function endMarks(text: string): number {
  let count = 0
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c !== 0x20 && c !== 0xa0) continue
    let p = text.charCodeAt(k - 1)
    if ((p === 0x22 || p === 0xbb || p === 0x201d) && k >= 2) p = text.charCodeAt(k - 2)
    if (p === 0x2e || p === 0x21 || p === 0x3f || p === 0x2026) count++
  }
  return count
}

function breaks(text: string): number[] {
  return [...text.matchAll(BREAK)].map((m) => m.index)
}

function junctions(text: string, anyCapital: boolean): Junction[] {
  const found: Junction[] = []
  for (const m of text.matchAll(JUNCTION)) {
    const [, before, after] = m
    if (!/\p{Ll}|\d/u.test(before!.at(-1)!)) continue
    const lower = before!.toLowerCase()
    if (BEFORE_A_NAME.has(lower)) continue
    const opener = OPENERS.has(after!)
    if (!opener && !anyCapital) continue
    const at = m.index + before!.length
    found.push({ start: m.index, end: m.index + m[0].length, at, opener })
  }
  return found
}

export const runOn: RowCheck = {
  id: 'run-on',
  scope: 'row',
  category: 'linguistic-conventions/punctuation',
  severity: 'minor',
  run(row, _context, emit) {
    if (row.target.length < 20 || row.source === '') return
    const joinedSegments = row.sourceSegments.length > row.targetSegments.length
    // Cheap first: a row whose English has as many sentence marks as its Russian has no dropped end.
    if (!joinedSegments && endMarks(row.source) <= endMarks(row.target)) return
    const sourceBreaks = breaks(row.source)
    const targetBreaks = breaks(row.target)
    const sourceCount = Math.max(sourceBreaks.length, row.sourceSegments.length - 1)
    const targetCount = Math.max(targetBreaks.length, row.targetSegments.length - 1)
    if (sourceCount <= targetCount) return
    const candidates = junctions(row.target, joinedSegments)
    if (candidates.length === 0) return
    const sourceAt = sourceBreaks.map((at) => at / row.source.length)
    if (joinedSegments)
      sourceAt.push(...junctions(row.source, true).map((j) => j.at / row.source.length))
    const best = closest(candidates, sourceAt, row)
    if (!best) return
    emit({
      row,
      side: 'target',
      span: [best.start, best.end],
      message: message('runOnSentence')
    })
  }
}

/** The candidate nearest a Russian break; a generic capital must be near one, an opener need not. */
function closest(
  candidates: readonly Junction[],
  sourceAt: readonly number[],
  row: QaRow
): Junction | undefined {
  let best: Junction | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const at = candidate.at / row.target.length
    const distance =
      sourceAt.length === 0 ? 0.5 : Math.min(...sourceAt.map((s) => Math.abs(s - at)))
    if (!candidate.opener && distance > 0.15) continue
    const score = distance - (candidate.opener ? 0.1 : 0)
    if (score < bestDistance) {
      bestDistance = score
      best = candidate
    }
  }
  return best
}
