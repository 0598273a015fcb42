/**
 * Word edit rate between the MT and its post-edit: how much of the corrected text the post-editor had
 * to type or delete.
 *
 * Exactly: both texts are split on white space into tokens (case-sensitive, punctuation stays attached
 * to its word, nothing is normalised); `edits` is the Levenshtein distance between the two token
 * sequences (insertions, deletions and substitutions of whole tokens, each costing 1); the rate is
 * `edits / tokens of the post-edit` (the reference). This is TER without block shifts (so a moved
 * phrase costs its deletion plus its insertion, never less), i.e. a word error rate of the MT against
 * its post-edit — HTER-like, not sacrebleu's TER (which also lower-cases and allows shifts).
 * A post-edit with no tokens gives rate 1 when the MT had any (everything was deleted), 0 otherwise.
 */

export interface EditCounts {
  /** Token-level Levenshtein distance MT -> post-edit. */
  readonly edits: number
  /** Tokens of the post-edit (the reference length). */
  readonly referenceWords: number
}

const tokens = (text: string): string[] => text.split(/\s+/u).filter((t) => t !== '')

export function wordEditCounts(mt: string, postEdit: string): EditCounts {
  const ref = tokens(postEdit)
  // Most rows are not post-edited: nothing to compare.
  if (mt === postEdit) return { edits: 0, referenceWords: ref.length }
  const hyp = tokens(mt)
  return { edits: levenshtein(hyp, ref), referenceWords: ref.length }
}

/** The rate of one pair, or of summed counts (a corpus rate is total edits over total reference words). */
export function editRate(counts: EditCounts): number {
  if (counts.referenceWords > 0) return counts.edits / counts.referenceWords
  return counts.edits > 0 ? 1 : 0
}

export function wordEditRate(mt: string, postEdit: string): number {
  return editRate(wordEditCounts(mt, postEdit))
}

/** Two-row dynamic programme: memory linear in the shorter side, time |a| x |b|. */
function levenshtein(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) return levenshtein(b, a)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length]!
}
