/** Sentence alignment: an ordered list of beads that covers every segment of both sides exactly once. */

export type BeadOrigin = 'auto' | 'manual'

export interface Bead {
  /** Stable row id (`b0`, `b1`, …): flags and statuses point at it, so it never changes for a row. */
  readonly id: string
  /** 0-based source segment indices, ascending and contiguous. */
  readonly source: readonly number[]
  /** 0-based target segment indices, ascending and contiguous. */
  readonly target: readonly number[]
  /** 0..1: how sure the aligner is that this row is right. */
  readonly confidence: number
  readonly origin: BeadOrigin
}

/** Below this a row is marked for the reviewer's attention. */
export const LOW_CONFIDENCE = 0.5

/** `1-1`, `2-1`, `0-1`, … as in the alignment literature (source count first). */
export function beadShape(bead: Pick<Bead, 'source' | 'target'>): string {
  return `${bead.source.length}-${bead.target.length}`
}
