/** Which alignment command a row offers, and where the selection goes, on the sample's rows. */
import { describe, expect, it } from 'vitest'
import {
  alignmentCommand,
  defaultSplit,
  historyKind,
  rowAfter
} from '../../../../src/renderer/src/features/alignment/alignment-actions'
import {
  alignmentShortcut,
  isMacPlatform
} from '../../../../src/renderer/src/features/alignment/shortcuts'
import type { ReviewEvent } from '@shared/review/events'
import { applyRecord, initialReviewState, type ReviewState } from '@shared/review/replay'
import { sampleProject } from '../helpers/sample-project'

const project = sampleProject()
const base = { source: project.source.segments, target: project.target.segments }
const start = initialReviewState(project.beads)
const last = `b${project.beads.length - 1}`
/** The id the n-th new row gets (ids continue after the highest one). */
const fresh = (n: number) => `b${project.beads.length - 1 + n}`

function applyAll(events: readonly ReviewEvent[], from: ReviewState): ReviewState {
  return events.reduce(
    (state, event, i) =>
      applyRecord(
        state,
        { formatVersion: 1, seq: i, at: '2026-11-27T10:00:00.000Z', author: 'anna', event },
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
    expect(alignmentCommand('undo', start, 'b0', base)).toBeNull()
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

describe('rowAfter and historyKind', () => {
  it('selects the merged row, the row a move leaves, the first restored row after undo', () => {
    expect(rowAfter(start, { type: 'align.merge', row: 'b14' })).toBe(14)
    expect(
      rowAfter(start, { type: 'align.move', row: 'b15', side: 'target', direction: 'up' })
    ).toBe(15)
    const merged = applyAll([{ type: 'align.merge', row: 'b14' }], start)
    expect(historyKind(merged, 'undo')).toBe('merge')
    expect(historyKind(merged, 'redo')).toBeNull()
    expect(rowAfter(merged, { type: 'align.undo' })).toBe(14)
    const undone = applyAll([{ type: 'align.undo' }], merged)
    expect(rowAfter(undone, { type: 'align.redo' })).toBe(14)
    expect(rowAfter(undone, { type: 'align.undo' })).toBeNull()
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

describe('shortcuts', () => {
  const t = ((key: string) =>
    ({ 'keys.shift': 'Shift', 'keys.ctrl': 'Ctrl', 'keys.cmd': '⌘' })[key] ?? key) as Parameters<
    typeof alignmentShortcut
  >[1]

  it('spells Ctrl on Linux and Windows and ⌘ on macOS', () => {
    expect(alignmentShortcut('undo', t, false)).toEqual({ label: 'Ctrl+Z', aria: 'Control+Z' })
    expect(alignmentShortcut('redo', t, true)).toEqual({ label: '⇧⌘Z', aria: 'Meta+Shift+Z' })
    expect(alignmentShortcut('move-source-up', t, false)).toEqual({
      label: 'Shift+[',
      aria: 'Shift+['
    })
    expect(isMacPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe(true)
    expect(isMacPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe(false)
  })
})
