/**
 * What the workspace computes from the review state for display: rows after filters, their article
 * numbers, find hits by row. Memoised by the caller on the inputs' identities; each is linear.
 */
import type { Bead } from '@shared/domain/alignment'
import type { FindHit, FindRow } from '@shared/review/find'
import type { ReviewBase } from '@shared/review/apply'
import type { ReviewState } from '@shared/review/state'
import { rowInfo } from '../../store/rows'
import type { RowHits } from './grid/ReviewRow'

export function rowNumbers(beads: readonly Bead[]): Map<string, number> {
  const numbers = new Map<string, number>()
  beads.forEach((bead, i) => numbers.set(bead.id, i + 1))
  return numbers
}

/** Rows as find and replace read them. */
export function findRows(
  beads: readonly Bead[],
  base: ReviewBase,
  state: Pick<ReviewState, 'notes'>
): FindRow[] {
  return beads.map((bead) => {
    const { texts } = rowInfo(bead, base)
    return {
      id: bead.id,
      source: texts.source,
      mt: texts.target,
      edit: state.notes.get(bead.id)?.edit ?? null
    }
  })
}

export function hitsByRow(hits: readonly FindHit[], current: FindHit | null): Map<string, RowHits> {
  const byRow = new Map<
    string,
    {
      source: RowHits['source'][number][]
      target: RowHits['target'][number][]
      edit: RowHits['edit'][number][]
    }
  >()
  for (const hit of hits) {
    let entry = byRow.get(hit.row)
    if (!entry) byRow.set(hit.row, (entry = { source: [], target: [], edit: [] }))
    const mark = { start: hit.start, end: hit.end, current: hit === current }
    if (hit.field === 'source') entry.source.push(mark)
    else if (hit.field === 'mt') entry.target.push(mark)
    else entry.edit.push(mark)
  }
  return byRow
}

/**
 * The next row (in `rows` order) after `from` that satisfies `want`, wrapping around; `null` if none.
 * When `from` is not among `rows` (a filter dropped it), the search starts from the gap where it
 * stood, by `orderOf` (its row number), so the row shown right after it is not skipped.
 */
export function nextRow(
  rows: readonly Bead[],
  from: string | null,
  direction: 1 | -1,
  want: (bead: Bead) => boolean,
  orderOf?: (row: string) => number | undefined
): Bead | null {
  if (rows.length === 0) return null
  let start = from === null ? -1 : rows.findIndex((b) => b.id === from)
  const place = from === null ? undefined : orderOf?.(from)
  if (start === -1 && place !== undefined) {
    const after = rows.findIndex((b) => (orderOf?.(b.id) ?? 0) > place)
    start = (after === -1 ? rows.length : after) - (direction > 0 ? 1 : 0)
  }
  for (let step = 1; step <= rows.length; step++) {
    const index = (((start + direction * step) % rows.length) + rows.length) % rows.length
    const bead = rows[index]!
    if (want(bead)) return bead
  }
  return null
}
