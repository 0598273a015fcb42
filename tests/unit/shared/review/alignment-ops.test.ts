/** Manual alignment fixes on the real sample's beads (segmented and aligned by the real engine). */
import { describe, expect, it } from 'vitest'
import type { Bead } from '@shared/domain/alignment'
import { planOp, splitPoints } from '@shared/review/alignment-ops'
import { sampleBase } from './sample-review'

const base = sampleBase()
const beads = base.beads

function shapes(plan: ReturnType<typeof planOp>) {
  if (!plan.ok) throw new Error(plan.reason)
  return plan.plan
}

describe('the sample as aligned', () => {
  it('is 50 one-to-one rows b0…b49, the ground the fixes below start from', () => {
    expect(beads).toHaveLength(50)
    expect(beads.every((b, i) => b.id === `b${i}` && b.source[0] === i && b.target[0] === i)).toBe(
      true
    )
  })
})

describe('planOp', () => {
  it('merges a row with the next: both sides concatenated in order', () => {
    // "It is too early to speak about the date…" + "A candidate for this post must first pass…"
    expect(shapes(planOp(beads, { type: 'align.merge', row: 'b14' }))).toEqual({
      at: 14,
      remove: 2,
      insert: [{ source: [14, 15], target: [14, 15] }],
      focus: 0
    })
    expect(planOp(beads, { type: 'align.merge', row: 'b49' })).toEqual({
      ok: false,
      reason: 'row b49 is the last row: nothing to merge it with'
    })
  })

  it('splits at any boundary that leaves both parts non-empty', () => {
    const merged: Bead[] = [
      ...beads.slice(0, 14),
      { ...beads[14]!, id: 'b50', source: [14, 15], target: [14, 15] },
      ...beads.slice(16)
    ]
    expect(
      shapes(planOp(merged, { type: 'align.split', row: 'b50', sourceAt: 1, targetAt: 1 }))
    ).toEqual({
      at: 14,
      remove: 1,
      insert: [
        { source: [14], target: [14] },
        { source: [15], target: [15] }
      ],
      focus: 0
    })
    // A 2-1 and a 0-1 is a legitimate cut (the MT merged two sentences and the reviewer says so).
    expect(
      shapes(planOp(merged, { type: 'align.split', row: 'b50', sourceAt: 2, targetAt: 1 })).insert
    ).toEqual([
      { source: [14, 15], target: [14] },
      { source: [], target: [15] }
    ])
    for (const [sourceAt, targetAt] of [
      [0, 0],
      [2, 2],
      [3, 0],
      [0, 3]
    ] as const) {
      expect(planOp(merged, { type: 'align.split', row: 'b50', sourceAt, targetAt }).ok).toBe(false)
    }
  })

  it('moves the first segment up to the end of the previous row, the last one down to the next', () => {
    expect(
      shapes(planOp(beads, { type: 'align.move', row: 'b15', side: 'target', direction: 'up' }))
    ).toEqual({
      at: 14,
      remove: 2,
      insert: [
        { source: [14], target: [14, 15] },
        { source: [15], target: [] }
      ],
      focus: 1
    })
    expect(
      shapes(planOp(beads, { type: 'align.move', row: 'b14', side: 'source', direction: 'down' }))
    ).toEqual({
      at: 14,
      remove: 2,
      insert: [
        { source: [], target: [14] },
        { source: [14, 15], target: [15] }
      ],
      focus: 0
    })
  })

  it('dissolves a row that gives away its only segment, selecting the row that took it', () => {
    const unpaired: Bead[] = [
      ...beads.slice(0, 15),
      { ...beads[15]!, id: 'b50', target: [] },
      { ...beads[15]!, id: 'b51', source: [] },
      ...beads.slice(16)
    ]
    // The 0-1 row "A candidate for this post…" belongs with the row before it.
    expect(
      shapes(planOp(unpaired, { type: 'align.move', row: 'b51', side: 'target', direction: 'up' }))
    ).toEqual({ at: 15, remove: 2, insert: [{ source: [15], target: [15] }], focus: 0 })
  })

  it('refuses a move with no neighbour or no segment on that side', () => {
    expect(
      planOp(beads, { type: 'align.move', row: 'b0', side: 'target', direction: 'up' })
    ).toMatchObject({ ok: false, reason: 'row b0 is the first row: no row to move into' })
    expect(
      planOp(beads, { type: 'align.move', row: 'b49', side: 'source', direction: 'down' }).ok
    ).toBe(false)
    const oneSided: Bead[] = [{ ...beads[0]!, target: [] }, ...beads.slice(1)]
    expect(
      planOp(oneSided, { type: 'align.move', row: 'b0', side: 'target', direction: 'down' })
    ).toMatchObject({ ok: false, reason: 'row b0 has no target segment to move' })
  })

  it('unlinks a row into a source-only row followed by a target-only row', () => {
    expect(shapes(planOp(beads, { type: 'align.unlink', row: 'b20' })).insert).toEqual([
      { source: [20], target: [] },
      { source: [], target: [20] }
    ])
    const oneSided: Bead[] = [{ ...beads[0]!, target: [] }, ...beads.slice(1)]
    expect(planOp(oneSided, { type: 'align.unlink', row: 'b0' }).ok).toBe(false)
  })

  it('refuses a row that does not exist', () => {
    expect(planOp(beads, { type: 'align.unlink', row: 'b999' })).toEqual({
      ok: false,
      reason: 'no row b999'
    })
  })
})

describe('splitPoints', () => {
  it('lists every cut of a 2-1 row that leaves two non-empty rows', () => {
    expect(splitPoints({ source: [3, 4], target: [3] })).toEqual([
      { sourceAt: 0, targetAt: 1 },
      { sourceAt: 1, targetAt: 0 },
      { sourceAt: 1, targetAt: 1 },
      { sourceAt: 2, targetAt: 0 }
    ])
    expect(splitPoints({ source: [3], target: [] })).toEqual([])
  })
})
