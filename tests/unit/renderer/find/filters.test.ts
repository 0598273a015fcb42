/** Which rows the grid shows under each filter, on the sample with real review work in its log. */
import { describe, expect, it } from 'vitest'
import type { Severity } from '@shared/domain/review'
import { replay } from '@shared/review/apply'
import type { ReviewEvent } from '@shared/review/events'
import {
  activeFilterCount,
  filterRows,
  isFiltering,
  NO_FILTERS,
  type RowFilters
} from '../../../../src/renderer/src/features/find/filters'
import { createFlag } from '../../../../src/renderer/src/features/flags/new-flag'
import { flagsByRow } from '../../../../src/renderer/src/store/rows'
import { baseOf, rowWith, sampleArticle, withUnpairedRow } from '../helpers/sample-project'

const article = withUnpairedRow(sampleArticle(), 'b20')
const idiom = rowWith(article, 'morning chairs')
const voices = rowWith(article, 'Voices of America')
const senate = rowWith(article, 'Senate approval')
const bush = rowWith(article, 'George W. Bush')

function flag(
  row: { bead: { id: string }; texts: { target: string } },
  phrase: string,
  category: string,
  severity: Severity
): ReviewEvent {
  const start = row.texts.target.indexOf(phrase)
  return {
    type: 'flag.add',
    flag: createFlag(
      {
        row: row.bead.id,
        side: 'target',
        span: [start, start + phrase.length],
        category,
        severity,
        comment: ''
      },
      `f-${row.bead.id}-${start}`,
      new Date('2026-11-27T10:00:00.000Z')
    )
  }
}

const events: ReviewEvent[] = [
  flag(idiom, 'morning chairs –money in the evening', 'accuracy/mistranslation', 'critical'),
  flag(voices, 'Voices of America', 'terminology', 'minor'),
  { type: 'status.set', row: idiom.bead.id, status: 'needs-work' },
  { type: 'status.set', row: senate.bead.id, status: 'needs-work' },
  { type: 'status.set', row: 'b0', status: 'reviewed' },
  {
    type: 'edit.set',
    row: senate.bead.id,
    text: 'A candidate must first be approved by the Senate.'
  }
]
const state = replay(
  events.map((event, seq) => ({
    formatVersion: 2,
    seq,
    at: '2026-11-27T10:00:00.000Z',
    author: 'anna',
    event
  })),
  baseOf(article)
)
const flags = flagsByRow(state.flags)
/** Row ids in article order, as the grid lists them. */
const inOrder = (...rows: string[]): string[] =>
  state.beads.map((b) => b.id).filter((id) => rows.includes(id))
const ids = (filters: Partial<RowFilters>): string[] =>
  filterRows(state.beads, state, flags, { ...NO_FILTERS, ...filters }).map((b) => b.id)

describe('row filters', () => {
  it('show every row, as the same array, when no filter is on', () => {
    expect(filterRows(state.beads, state, flags, NO_FILTERS)).toBe(state.beads)
    expect(isFiltering(NO_FILTERS)).toBe(false)
    expect(activeFilterCount(NO_FILTERS)).toBe(0)
  })

  it('keep flagged rows only, or unflagged rows only', () => {
    expect(ids({ flagged: 'flagged' })).toEqual(inOrder(idiom.bead.id, voices.bead.id))
    expect(ids({ flagged: 'unflagged' })).toHaveLength(state.beads.length - 2)
  })

  it('keep rows that need work, and combine with other filters as "and"', () => {
    expect(ids({ statuses: ['needs-work'] })).toEqual(inOrder(idiom.bead.id, senate.bead.id))
    expect(ids({ statuses: ['needs-work'], flagged: 'flagged' })).toEqual([idiom.bead.id])
    expect(ids({ statuses: ['reviewed', 'needs-work'] })).toEqual(
      inOrder('b0', idiom.bead.id, senate.bead.id)
    )
    expect(ids({ statuses: ['unreviewed'] })).toHaveLength(state.beads.length - 3)
  })

  it('match a dimension’s error types, and a severity', () => {
    expect(ids({ categories: ['accuracy'] })).toEqual([idiom.bead.id])
    expect(ids({ categories: ['accuracy/omission'] })).toEqual([])
    expect(ids({ severities: ['minor'] })).toEqual([voices.bead.id])
    // One flag must satisfy both: the idiom's flag is critical, not minor.
    expect(ids({ categories: ['accuracy'], severities: ['minor'] })).toEqual([])
  })

  it('keep post-edited rows, or the others', () => {
    expect(ids({ edited: 'edited' })).toEqual([senate.bead.id])
    expect(ids({ edited: 'unedited' })).not.toContain(senate.bead.id)
  })

  it('keep the rows the aligner doubted: low confidence, a side with no counterpart, or either', () => {
    const unmatched = ['b20', 'b21']
    expect(ids({ unmatched: true })).toEqual(unmatched)
    const low = ids({ lowConfidence: true })
    expect(low).toContain(bush.bead.id)
    expect(low).toEqual(state.beads.filter((b) => b.confidence < 0.5).map((b) => b.id))
    expect(ids({ lowConfidence: true, unmatched: true })).toEqual(
      state.beads
        .filter((b) => b.confidence < 0.5 || b.source.length === 0 || b.target.length === 0)
        .map((b) => b.id)
    )
    expect(activeFilterCount({ ...NO_FILTERS, lowConfidence: true, unmatched: true })).toBe(2)
  })
})
