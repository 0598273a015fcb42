/**
 * The MT and its post-edit as track changes: a word-level diff (jsdiff), each part with its offsets in
 * the MT (deletions and unchanged text) and in the post-edit (insertions and unchanged text). Flags
 * index the MT, so they are drawn on the MT offsets of unchanged and deleted parts; a flag whose words
 * were all rewritten is reported as such.
 */
import { diffWordsWithSpace } from 'diff'
import type { Flag } from '@shared/domain/review'

export interface DiffPart {
  readonly kind: 'same' | 'deleted' | 'inserted'
  readonly text: string
  /** Offsets in the MT (`same`, `deleted`) or `null` for an insertion. */
  readonly mt: readonly [number, number] | null
}

const cache = new Map<string, readonly DiffPart[]>()

export function diffParts(mt: string, edit: string): readonly DiffPart[] {
  const key = `${mt}\u0000${edit}`
  const cached = cache.get(key)
  if (cached) return cached
  const parts: DiffPart[] = []
  let at = 0
  for (const change of diffWordsWithSpace(mt, edit)) {
    if (change.added) parts.push({ kind: 'inserted', text: change.value, mt: null })
    else {
      const end = at + change.value.length
      parts.push({ kind: change.removed ? 'deleted' : 'same', text: change.value, mt: [at, end] })
      at = end
    }
  }
  const grouped = groupChanges(parts)
  // Rows are re-rendered often while scrolling; the same pair is diffed once.
  if (cache.size > 5000) cache.clear()
  cache.set(key, grouped)
  return grouped
}

/**
 * A rewritten phrase reads as one deletion and one insertion, not as alternating words ("morning
 * first chairs deliver…"): changes separated only by spaces are gathered into one deleted run (the MT
 * words) followed by one inserted run (the post-edit's), as word processors show track changes.
 */
function groupChanges(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let i = 0
  while (i < parts.length) {
    if (parts[i]!.kind === 'same') {
      out.push(parts[i]!)
      i++
      continue
    }
    let j = i
    while (
      j < parts.length &&
      (parts[j]!.kind !== 'same' ||
        (/^\s+$/.test(parts[j]!.text) && j + 1 < parts.length && parts[j + 1]!.kind !== 'same'))
    ) {
      j++
    }
    const cluster = parts.slice(i, j)
    const hasDeleted = cluster.some((p) => p.kind === 'deleted')
    const hasInserted = cluster.some((p) => p.kind === 'inserted')
    if (!hasDeleted || !hasInserted) out.push(...cluster)
    else {
      const mtParts = cluster.filter((p) => p.kind !== 'inserted')
      out.push({
        kind: 'deleted',
        text: mtParts.map((p) => p.text).join(''),
        mt: [mtParts[0]!.mt![0], mtParts[mtParts.length - 1]!.mt![1]]
      })
      out.push({
        kind: 'inserted',
        text: cluster
          .filter((p) => p.kind !== 'deleted')
          .map((p) => p.text)
          .join(''),
        mt: null
      })
    }
    i = j
  }
  return out
}

/** How much of the MT changed: changed words / MT words, for the compare panel. */
export function changedShare(parts: readonly DiffPart[]): number {
  let changed = 0
  let total = 0
  for (const part of parts) {
    const words = part.text.trim() === '' ? 0 : part.text.trim().split(/\s+/).length
    if (part.kind !== 'inserted') total += words
    if (part.kind !== 'same') changed += words
  }
  return total === 0 ? (changed > 0 ? 1 : 0) : Math.min(1, changed / total)
}

/** Whether the words a flag covers were rewritten in the post-edit (none of them survives as it was). */
export function isRewritten(
  flag: Pick<Flag, 'span' | 'side'>,
  parts: readonly DiffPart[]
): boolean {
  if (flag.side !== 'target' || flag.span[1] <= flag.span[0]) return false
  const [start, end] = flag.span
  for (const part of parts) {
    if (part.kind !== 'same' || !part.mt) continue
    const from = Math.max(start, part.mt[0])
    const to = Math.min(end, part.mt[1])
    if (to > from && /\S/.test(part.text.slice(from - part.mt[0], to - part.mt[0]))) return false
  }
  return true
}
