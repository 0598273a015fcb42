/**
 * What was worked out for a row, found again for a row with the same texts (and as many sentences on
 * each side): keyed by a hash of the two texts, a small integer, so a document whose rows are all
 * different pays a hash per row and no long string keys; texts are compared only when hashes meet.
 */
import { spanHash } from './text/hash'
import type { QaRow } from './types'

type Texts = Pick<QaRow, 'source' | 'target' | 'sourceSegments' | 'targetSegments'>

export class RowMemo<T> {
  private readonly buckets = new Map<number, { row: Texts; value: T }[]>()

  private key(row: Texts): number {
    const source = spanHash(row.source, 0, row.source.length)
    const target = spanHash(row.target, 0, row.target.length)
    return (
      (source ^
        Math.imul(target | 0, 31) ^
        row.sourceSegments.length ^
        (row.targetSegments.length << 8)) &
      0x3fffffff
    )
  }

  get(row: Texts): T | undefined {
    const bucket = this.buckets.get(this.key(row))
    if (!bucket) return undefined
    for (const entry of bucket) if (sameTexts(entry.row, row)) return entry.value
    return undefined
  }

  set(row: Texts, value: T): void {
    const key = this.key(row)
    const bucket = this.buckets.get(key)
    if (bucket) bucket.push({ row, value })
    else this.buckets.set(key, [{ row, value }])
  }
}

function sameTexts(a: Texts, b: Texts): boolean {
  return (
    a.sourceSegments.length === b.sourceSegments.length &&
    a.targetSegments.length === b.targetSegments.length &&
    a.source === b.source &&
    a.target === b.target
  )
}
