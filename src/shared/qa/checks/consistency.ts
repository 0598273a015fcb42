/**
 * Inconsistency in both directions, as Xbench and memoQ report it: the same Russian sentence translated
 * two ways, and one English sentence standing for two different Russian ones. Sentences are compared
 * with case, spaces and punctuation ignored (`lineKey`), through hash maps (linear in the rows). The translation
 * most rows use is taken as the reference; the others are reported, each naming a row that differs.
 */
import type { QaContext } from '../context'
import type { DocumentCheck, QaRow } from '../types'
import { message } from './message'

/** Shorter sentences ("Yes.", "Thank you.") are translated by context, not by rule. */
const MIN_WORDS = 3

/** The rows of one sentence, split by how their other side reads (usually one variant). */
interface Variant {
  readonly key: number
  readonly rows: QaRow[]
}

/**
 * Sentences seen with more than one rendering, each with its variants. A first pass keeps one row per
 * sentence (most sentences occur once), a second builds variant lists only for the few that differ.
 */
function groups(context: QaContext, by: 'source' | 'target'): Variant[][] {
  const other = by === 'source' ? 'target' : 'source'
  const first = new Map<number, QaRow>()
  const differing = new Set<number>()
  const keyed = (row: QaRow) => {
    const own = context.lineKey(row, by)
    if (own.words < MIN_WORDS) return undefined
    const theirs = context.lineKey(row, other)
    return theirs.words === 0 ? undefined : { key: own.key, variant: theirs.key }
  }
  for (const row of context.rows) {
    const k = keyed(row)
    if (!k) continue
    const seen = first.get(k.key)
    if (seen === undefined) first.set(k.key, row)
    else if (context.lineKey(seen, other).key !== k.variant) differing.add(k.key)
  }
  if (differing.size === 0) return []
  const result = new Map<number, Variant[]>()
  for (const row of context.rows) {
    const k = keyed(row)
    if (!k || !differing.has(k.key)) continue
    const variants = result.get(k.key)
    if (!variants) result.set(k.key, [{ key: k.variant, rows: [row] }])
    else {
      const same = variants.find((v) => v.key === k.variant)
      if (same) same.rows.push(row)
      else variants.push({ key: k.variant, rows: [row] })
    }
  }
  return [...result.values()]
}

function check(
  by: 'source' | 'target',
  context: QaContext,
  emit: Parameters<DocumentCheck['run']>[1]
) {
  for (const variants of groups(context, by)) {
    if (variants.length < 2) continue
    // The reference: the variant most rows use; on a tie, the first seen.
    const reference = variants.reduce((best, v) => (v.rows.length > best.rows.length ? v : best))
    const model = reference.rows[0]!
    for (const variant of variants) {
      if (variant === reference) continue
      for (const row of variant.rows) {
        emit({
          row,
          side: 'target',
          span: [0, row.target.length],
          message: message(by === 'source' ? 'sameSourceOtherTarget' : 'sameTargetOtherSource', {
            number: model.index + 1,
            other: by === 'source' ? model.target : model.source
          })
        })
      }
    }
  }
}

export const inconsistentTarget: DocumentCheck = {
  id: 'inconsistent-target',
  scope: 'document',
  category: 'terminology/inconsistent-use',
  severity: 'minor',
  run(context, emit) {
    check('source', context, emit)
  }
}

export const inconsistentSource: DocumentCheck = {
  id: 'inconsistent-source',
  scope: 'document',
  category: 'accuracy/mistranslation',
  severity: 'minor',
  run(context, emit) {
    check('target', context, emit)
  }
}
