/**
 * Property: whatever valid fixes a reviewer makes, in any order, with undo and redo mixed in, the
 * rows cover every segment of both sides exactly once and in order, flags stay inside their rows (and
 * on exactly their words when they lie within one sentence), and undoing everything restores the
 * rows, flags and statuses as they were before the first fix.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitPoints } from '@shared/review/alignment-ops'
import { checkEvent } from '@shared/review/check-event'
import type { ReviewEvent } from '@shared/review/events'
import { replay } from '@shared/review/apply'
import type { ReviewState } from '@shared/review/state'
import { rowTextLength } from '@shared/review/span-anchor'
import { applyAll, flagOn, flagged, records, sampleBase } from './sample-review'

const base = sampleBase()
const start = applyAll(base, [])
/** Flags on words inside single sentences, and statuses, all over the article. */
const work: ReviewEvent[] = [
  flagOn(base, start, 'b0', 'target', 'ambassadors', 'f0'),
  flagOn(base, start, 'b14', 'target', 'too early', 'f14'),
  flagOn(base, start, 'b15', 'source', 'в Сенате', 'f15'),
  flagOn(base, start, 'b20', 'target', 'the ball', 'f20'),
  flagOn(base, start, 'b21', 'target', 'very important', 'f21'),
  flagOn(base, start, 'b49', 'target', 'Other news', 'f49'),
  { type: 'status.set', row: 'b14', status: 'reviewed' },
  { type: 'status.set', row: 'b21', status: 'needs-work' },
  { type: 'status.set', row: 'b33', status: 'reviewed' }
]
const reviewed = applyAll(base, work)
const words = new Map(
  [...reviewed.flags.values()].map((f) => [f.id, flagged(base, reviewed, f.id)])
)

const intent = fc.record({
  kind: fc.constantFrom('merge', 'split', 'move', 'unlink', 'undo', 'redo'),
  row: fc.nat(),
  side: fc.constantFrom('source' as const, 'target' as const),
  direction: fc.constantFrom('up' as const, 'down' as const),
  cut: fc.nat()
})
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never

/** The intent as an event on the current rows, or `null` if it cannot be done there. */
function toEvent(state: ReviewState, i: Intent): ReviewEvent | null {
  const bead = state.beads[i.row % state.beads.length]!
  let event: ReviewEvent
  if (i.kind === 'undo' || i.kind === 'redo') {
    // Only alignment fixes are undone here: the review work below them stays as the test set it.
    const step = i.kind === 'undo' ? state.history.done.at(-1) : state.history.undone.at(-1)
    if (!step?.kind.startsWith('align.')) return null
    event = { type: `history.${i.kind}` }
  } else if (i.kind === 'merge' || i.kind === 'unlink')
    event = { type: `align.${i.kind}`, row: bead.id }
  else if (i.kind === 'move') {
    event = { type: 'align.move', row: bead.id, side: i.side, direction: i.direction }
  } else {
    const points = splitPoints(bead)
    if (points.length === 0) return null
    event = { type: 'align.split', row: bead.id, ...points[i.cut % points.length]! }
  }
  return checkEvent(state, event, { sides: base }) === null ? event : null
}

function expectCoverage(state: ReviewState): void {
  for (const side of ['source', 'target'] as const) {
    const covered = state.beads.flatMap((b) => b[side])
    expect(covered).toEqual(base[side].map((_, i) => i))
  }
  for (const bead of state.beads) expect(bead.source.length + bead.target.length).toBeGreaterThan(0)
  expect(new Set(state.beads.map((b) => b.id)).size).toBe(state.beads.length)
}

function expectFlagsInPlace(state: ReviewState): void {
  for (const flag of state.flags.values()) {
    const bead = state.beads.find((b) => b.id === flag.row)
    expect(bead, `row of flag ${flag.id}`).toBeDefined()
    expect(flag.span[1]).toBeLessThanOrEqual(rowTextLength(bead![flag.side], base[flag.side]))
    expect(flagged(base, state, flag.id)).toBe(words.get(flag.id))
  }
  for (const row of state.notes.keys()) {
    expect(state.beads.some((b) => b.id === row)).toBe(true)
  }
}

describe('alignment fixes, any sequence', () => {
  it('keep coverage, keep flags on their words, and undo back to the start', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 1, maxLength: 60, size: 'max' }), (intents) => {
        let state = reviewed
        const applied: ReviewEvent[] = []
        for (const i of intents) {
          const event = toEvent(state, i)
          if (!event) continue
          state = applyAll(base, [event], state)
          applied.push(event)
          expectCoverage(state)
          expectFlagsInPlace(state)
        }
        // Replaying the log from scratch gives exactly the state built one event at a time.
        expect(replay(records([...work, ...applied]), base)).toEqual(state)
        while (state.history.done.some((s) => s.kind.startsWith('align.')))
          state = applyAll(base, [{ type: 'history.undo' }], state)
        expect(state.beads).toEqual(base.beads)
        expect(state.flags).toEqual(reviewed.flags)
        expect(state.notes).toEqual(reviewed.notes)
      }),
      { numRuns: 100 }
    )
  })

  it('refuse, through checkEvent, every intent that does not fit; applying one anyway changes no row', () => {
    fc.assert(
      fc.property(intent, (i) => {
        const bead = reviewed.beads[i.row % reviewed.beads.length]!
        const events: ReviewEvent[] = [
          { type: 'align.split', row: bead.id, sourceAt: 2 + (i.cut % 3), targetAt: 0 },
          { type: 'align.merge', row: 'b49' },
          { type: 'align.move', row: 'b0', side: i.side, direction: 'up' }
        ]
        for (const event of events) {
          expect(checkEvent(reviewed, event, { sides: base })).not.toBeNull()
          const after = applyAll(base, [event], reviewed)
          expect(after.beads).toBe(reviewed.beads)
          expect(after.flags).toBe(reviewed.flags)
        }
      })
    )
  })
})
