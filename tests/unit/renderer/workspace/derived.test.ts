import { describe, expect, it } from 'vitest'
import type { Bead } from '@shared/domain/alignment'
import { nextRow } from '../../../../src/renderer/src/features/workspace/derived'

const bead = (id: string): Bead => ({ id, source: [], target: [], confidence: 1, origin: 'auto' })
const all = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5'].map(bead)
const number = (row: string) => Number(row.slice(1))
const unreviewed = new Set(['b1', 'b3', 'b4'])
const want = (b: Bead) => unreviewed.has(b.id)

describe('nextRow (Shift+J / Shift+K)', () => {
  it('finds the next and previous matching row, wrapping around', () => {
    expect(nextRow(all, 'b1', 1, want)?.id).toBe('b3')
    expect(nextRow(all, 'b4', 1, want)?.id).toBe('b1')
    expect(nextRow(all, 'b3', -1, want)?.id).toBe('b1')
    expect(nextRow(all, null, 1, want)?.id).toBe('b1')
    expect(nextRow(all, 'b1', 1, () => false)).toBeNull()
  })

  it('steps from where a row dropped by a filter stood, not from the top', () => {
    // "Needs work" shows b0, b2, b4, b5; b3 was current and just left the view.
    const shown = ['b0', 'b2', 'b4', 'b5'].map(bead)
    expect(nextRow(shown, 'b3', 1, want, number)?.id).toBe('b4')
    expect(nextRow(shown, 'b3', -1, (b) => b.id !== 'b4', number)?.id).toBe('b2')
    // Without the order the gap is unknown: the search starts at the top, as before.
    expect(nextRow(shown, 'b3', 1, (b) => b.id !== 'b4')?.id).toBe('b0')
  })
})
