/**
 * Alignment fixes in the review state, on the real sample: rows, ids, statuses and flags after each
 * fix, and exactly the previous state after undo — through the legacy `align.undo`/`align.redo`
 * events of first-format logs (which undo the latest alignment fix even under later actions).
 */
import { describe, expect, it } from 'vitest'
import type { ReviewEvent } from '@shared/review/events'
import { replay, replayRecords } from '@shared/review/apply'
import { initialReviewState } from '@shared/review/state'
import {
  applyAll,
  flagById,
  flagOn,
  flagged,
  records,
  sampleBase,
  statuses,
  textOf
} from './sample-review'

const base = sampleBase()
const start = initialReviewState(base.beads)

/** What undo must restore: rows, flags where they were, statuses. */
function reviewOf(state: ReturnType<typeof applyAll>) {
  return { beads: state.beads, flags: state.flags, statuses: statuses(state) }
}

/** Review work on the rows the fixes below touch (b14, b15) and on rows they do not (b2, b30). */
const work: ReviewEvent[] = [
  flagOn(base, start, 'b14', 'target', 'too early', 'early'),
  flagOn(base, start, 'b15', 'target', 'Senate approval', 'senate'),
  flagOn(base, start, 'b15', 'source', 'утверждение', 'ru'),
  flagOn(base, start, 'b2', 'target', 'diplomatic relations', 'untouched'),
  { type: 'status.set', row: 'b14', status: 'reviewed' },
  { type: 'status.set', row: 'b15', status: 'needs-work' },
  { type: 'status.set', row: 'b30', status: 'reviewed' }
]
const reviewed = applyAll(base, work)

describe('merge', () => {
  const merged = applyAll(base, [{ type: 'align.merge', row: 'b14' }], reviewed)

  it('makes one manual row with a fresh id, leaving every other row as it was', () => {
    expect(merged.beads).toHaveLength(49)
    expect(merged.beads[14]).toEqual({
      id: 'b50',
      source: [14, 15],
      target: [14, 15],
      confidence: 1,
      origin: 'manual'
    })
    expect(merged.beads.filter((b) => b.origin === 'auto')).toEqual(
      base.beads.filter((b) => b.id !== 'b14' && b.id !== 'b15')
    )
  })

  it('shifts flags of the second row by the first row’s text plus one space', () => {
    const first = textOf(base, reviewed, 'b14', 'target')
    const before = flagById(reviewed, 'senate')
    const after = flagById(merged, 'senate')
    expect(after.row).toBe('b50')
    expect(after.span).toEqual([
      before.span[0] + first.length + 1,
      before.span[1] + first.length + 1
    ])
    expect(flagged(base, merged, 'senate')).toBe('Senate approval')
    expect(flagged(base, merged, 'early')).toBe('too early')
    expect(flagged(base, merged, 'ru')).toBe('утверждение')
    expect(merged.flags.get('untouched')).toBe(reviewed.flags.get('untouched'))
  })

  it('starts the changed row unreviewed and keeps the statuses of untouched rows', () => {
    expect(statuses(merged)).toEqual({ b30: 'reviewed' })
  })

  it('is undone exactly: rows, flags and statuses as before', () => {
    const undone = applyAll(base, [{ type: 'align.undo' }], merged)
    expect(reviewOf(undone)).toEqual(reviewOf(reviewed))
    expect(undone.history.done.filter((s) => s.kind.startsWith('align.'))).toEqual([])
    expect(undone.history.undone).toHaveLength(1)
  })

  it('is redone with the same row id, and a status set on it before the undo comes back', () => {
    const worked = applyAll(
      base,
      [{ type: 'status.set', row: 'b50', status: 'reviewed' }, { type: 'align.undo' }],
      merged
    )
    expect(statuses(worked)).toEqual({ b14: 'reviewed', b15: 'needs-work', b30: 'reviewed' })
    const redone = applyAll(base, [{ type: 'align.redo' }], worked)
    expect(redone.beads).toEqual(merged.beads)
    expect(redone.flags).toEqual(merged.flags)
    expect(statuses(redone)).toEqual({ b50: 'reviewed', b30: 'reviewed' })
  })
})

describe('split', () => {
  const merged = applyAll(base, [{ type: 'align.merge', row: 'b14' }], reviewed)

  it('puts each flag back into the part holding its segments', () => {
    const split = applyAll(
      base,
      [{ type: 'align.split', row: 'b50', sourceAt: 1, targetAt: 1 }],
      merged
    )
    expect(split.beads.slice(14, 16).map((b) => [b.id, b.source, b.target])).toEqual([
      ['b51', [14], [14]],
      ['b52', [15], [15]]
    ])
    expect(flagged(base, split, 'senate')).toBe('Senate approval')
    expect(flagById(split, 'senate').span).toEqual(flagById(reviewed, 'senate').span)
    expect(flagById(split, 'ru').row).toBe('b52')
    expect(flagById(split, 'early').row).toBe('b51')
  })

  it('clamps a flag that now straddles the cut to the row holding its start', () => {
    const text = textOf(base, merged, 'b50', 'target')
    const across = flagOn(base, merged, 'b50', 'target', 'in Minsk. A candidate', 'across')
    const split = applyAll(
      base,
      [across, { type: 'align.split', row: 'b50', sourceAt: 1, targetAt: 1 }],
      merged
    )
    const flag = flagById(split, 'across')
    expect(flag.row).toBe('b51')
    expect(flagged(base, split, 'across')).toBe('in Minsk.')
    // Undo puts it back whole: the edit remembers where it was.
    const undone = applyAll(base, [{ type: 'align.undo' }], split)
    expect(flagged(base, undone, 'across')).toBe('in Minsk. A candidate')
    expect(text).toContain('in Minsk. A candidate')
  })
})

describe('move', () => {
  it('carries a flag with its segment into the previous row, and back on undo', () => {
    const moved = applyAll(
      base,
      [{ type: 'align.move', row: 'b15', side: 'target', direction: 'up' }],
      reviewed
    )
    expect(moved.beads.slice(14, 16).map((b) => [b.id, b.source, b.target])).toEqual([
      ['b50', [14], [14, 15]],
      ['b51', [15], []]
    ])
    const senate = flagById(moved, 'senate')
    expect(senate.row).toBe('b50')
    expect(flagged(base, moved, 'senate')).toBe('Senate approval')
    // The Russian flag stays with its sentence, now alone in its row.
    expect(flagById(moved, 'ru').row).toBe('b51')
    expect(statuses(moved)).toEqual({ b30: 'reviewed' })
    const undone = applyAll(base, [{ type: 'align.undo' }], moved)
    expect(reviewOf(undone)).toEqual(reviewOf(reviewed))
  })

  it('re-anchors by segment a flag added after the fix when the fix is undone', () => {
    const moved = applyAll(
      base,
      [{ type: 'align.move', row: 'b15', side: 'target', direction: 'up' }],
      reviewed
    )
    const later = applyAll(
      base,
      [flagOn(base, moved, 'b50', 'target', 'first pass', 'later'), { type: 'align.undo' }],
      moved
    )
    expect(flagById(later, 'later').row).toBe('b15')
    expect(flagged(base, later, 'later')).toBe('first pass')
  })
})

describe('unlink', () => {
  it('leaves the Russian flags on the source-only row and the English ones on the target-only row', () => {
    const unlinked = applyAll(base, [{ type: 'align.unlink', row: 'b15' }], reviewed)
    expect(unlinked.beads.slice(15, 17)).toEqual([
      { id: 'b50', source: [15], target: [], confidence: 1, origin: 'manual' },
      { id: 'b51', source: [], target: [15], confidence: 1, origin: 'manual' }
    ])
    expect(flagById(unlinked, 'ru').row).toBe('b50')
    expect(flagById(unlinked, 'senate').row).toBe('b51')
    expect(flagged(base, unlinked, 'senate')).toBe('Senate approval')
    expect(reviewOf(applyAll(base, [{ type: 'align.undo' }], unlinked))).toEqual(reviewOf(reviewed))
  })
})

describe('undo and redo', () => {
  it('walk back through several fixes in order and forward again; a new fix forgets the redo', () => {
    const fixes: ReviewEvent[] = [
      { type: 'align.merge', row: 'b14' },
      { type: 'align.unlink', row: 'b20' },
      { type: 'align.move', row: 'b50', side: 'source', direction: 'down' }
    ]
    const states = [reviewed]
    for (const fix of fixes) states.push(applyAll(base, [fix], states.at(-1)))
    let state = states.at(-1)!
    for (let i = fixes.length - 1; i >= 0; i--) {
      state = applyAll(base, [{ type: 'align.undo' }], state)
      expect(reviewOf(state)).toEqual(reviewOf(states[i]!))
    }
    for (let i = 1; i <= fixes.length; i++) {
      state = applyAll(base, [{ type: 'align.redo' }], state)
      expect(reviewOf(state)).toEqual(reviewOf(states[i]!))
    }
    state = applyAll(base, [{ type: 'align.undo' }, { type: 'align.merge', row: 'b0' }], state)
    expect(state.history.undone).toEqual([])
    // Ids are never reused: b50–b52 are live, b53 and b54 were undone and forgotten.
    expect(state.beads[0]!.id).toBe('b55')
  })
})

describe('replay', () => {
  const log = [
    ...work,
    { type: 'align.merge', row: 'b14' },
    flagOn(
      base,
      applyAll(base, [{ type: 'align.merge', row: 'b14' }], reviewed),
      'b50',
      'target',
      'Minsk',
      'm'
    ),
    { type: 'align.split', row: 'b50', sourceAt: 2, targetAt: 1 },
    { type: 'align.undo' },
    { type: 'align.undo' },
    { type: 'align.redo' }
  ] satisfies ReviewEvent[]

  it('gives the same state as applying the records one by one, every time', () => {
    const once = replay(records(log), base)
    expect(once).toEqual(applyAll(base, log))
    expect(replay(records(log), base)).toEqual(once)
    expect(once.lastSeq).toBe(log.length - 1)
  })

  it('skips, with a notice, an alignment record that does not fit the rows', () => {
    const { state, skipped } = replayRecords(
      records([{ type: 'align.merge', row: 'b49' }, { type: 'align.undo' }]),
      base
    )
    expect(state.beads).toEqual(base.beads)
    expect(skipped).toEqual([
      { seq: 0, reason: 'row b49 is the last row: nothing to merge it with' },
      { seq: 1, reason: 'no alignment fix to undo' }
    ])
  })
})
