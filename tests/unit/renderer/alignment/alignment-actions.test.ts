/** Which alignment command a row offers, on the sample's rows: the event to record, or the split chooser. */
import { describe, expect, it } from 'vitest'
import {
  alignmentCommand,
  defaultSplit
} from '../../../../src/renderer/src/features/alignment/alignment-actions'
import { applyRecord } from '@shared/review/apply'
import { REVIEW_LOG_FORMAT_VERSION, type ReviewEvent } from '@shared/review/events'
import { initialReviewState, type ReviewState } from '@shared/review/state'
import { sampleArticle } from '../helpers/sample-project'

const article = sampleArticle()
const base = { source: article.source.segments, target: article.target.segments }
const start = initialReviewState(article.beads)
const last = `b${article.beads.length - 1}`
/** The id the n-th new row gets (ids continue after the highest one, never reused). */
const fresh = (n: number) => `b${article.beads.length - 1 + n}`

function applyAll(events: readonly ReviewEvent[], from: ReviewState): ReviewState {
  return events.reduce(
    (state, event, i) =>
      applyRecord(
        state,
        {
          formatVersion: REVIEW_LOG_FORMAT_VERSION,
          seq: i,
          at: '2026-11-27T10:00:00.000Z',
          author: 'anna',
          event
        },
        base
      ),
    from
  )
}

describe('alignmentCommand', () => {
  it('records merge, unlink and moves where they fit, and nothing where they do not', () => {
    expect(alignmentCommand('merge', start, 'b3', base)).toEqual({
      kind: 'record',
      event: { type: 'align.merge', row: 'b3' }
    })
    expect(alignmentCommand('merge', start, last, base)).toBeNull()
    expect(alignmentCommand('move-target-up', start, 'b0', base)).toBeNull()
    expect(alignmentCommand('move-source-down', start, 'b0', base)).toEqual({
      kind: 'record',
      event: { type: 'align.move', row: 'b0', side: 'source', direction: 'down' }
    })
    expect(alignmentCommand('unlink', start, undefined, base)).toBeNull()
    expect(alignmentCommand('unlink', start, 'b999', base)).toBeNull()
  })

  it('splits a one-to-one row at once, and asks where to cut a row with more sentences', () => {
    expect(alignmentCommand('split', start, 'b7', base)).toEqual({
      kind: 'record',
      event: { type: 'align.split', row: 'b7', sourceAt: 1, targetAt: 0 }
    })
    const merged = applyAll([{ type: 'align.merge', row: 'b7' }], start)
    expect(alignmentCommand('split', merged, fresh(1), base)).toEqual({
      kind: 'choose-split',
      bead: merged.beads[7]
    })
    // A source-only row of two sentences has one cut only: done at once.
    const unlinked = applyAll([{ type: 'align.unlink', row: fresh(1) }], merged)
    expect(alignmentCommand('split', unlinked, fresh(2), base)).toEqual({
      kind: 'record',
      event: { type: 'align.split', row: fresh(2), sourceAt: 1, targetAt: 0 }
    })
    expect(alignmentCommand('split', unlinked, fresh(3), base)).toMatchObject({ kind: 'record' })
    const single = applyAll([{ type: 'align.unlink', row: 'b3' }], start)
    expect(alignmentCommand('split', single, fresh(1), base)).toBeNull()
  })
})

describe('defaultSplit', () => {
  it('offers the most even cut that leaves both rows non-empty', () => {
    expect(defaultSplit({ source: [3, 4], target: [3, 4] })).toEqual({ sourceAt: 1, targetAt: 1 })
    expect(defaultSplit({ source: [3, 4, 5], target: [3] })).toEqual({ sourceAt: 2, targetAt: 1 })
    expect(defaultSplit({ source: [3], target: [3, 4] })).toEqual({ sourceAt: 1, targetAt: 1 })
    expect(defaultSplit({ source: [], target: [3, 4, 5] })).toEqual({ sourceAt: 0, targetAt: 2 })
  })
})
