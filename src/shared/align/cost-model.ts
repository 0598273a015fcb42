/**
 * What the dynamic programme asks of a cost model. Costs are negative log probabilities (nats), so the
 * DP can both minimise them (best path) and sum their exponentials (posterior confidence per bead).
 *
 * Implementations: the length-only Gale–Church scorer (`lengthScorer`) and the anchored scorer
 * (`AnchoredScorer`: length plus numbers, dates, names, punctuation and paragraph breaks).
 */
import type { Band } from './band'

/** A bead shape the DP may use: `source`-`target` segment counts and the -log of its prior. */
export interface BeadShape {
  readonly source: number
  readonly target: number
  readonly penalty: number
}

export interface BeadScorer {
  readonly shapes: readonly BeadShape[]
  /**
   * -log P(content | the bead is right) for source segments `[sourceStart, sourceEnd)` against
   * target segments `[targetStart, targetEnd)`. The shape's penalty is added by the DP.
   */
  cost(sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number): number
  /**
   * Optional fast path: `out[k]` = cost of the bead of shape k that ends in lattice cell (i, j), i.e.
   * `cost(i − source, i, j − target, j)`, or Infinity where the bead would start outside the lattice.
   * The DP calls it for every cell, row by row, so a scorer can share work between the shapes.
   */
  costsEndingAt?(i: number, j: number, out: Float64Array): void
  /**
   * Optional faster path still: the costs of every cell j = from .. to of row i, cell after cell,
   * `out[(j − from) · shapes + k]` as `costsEndingAt` would give them.
   */
  costsInRow?(i: number, from: number, to: number, out: Float64Array): void
  /**
   * A scorer for the coarser lattice whose segments are blocks of `k` segments of this one (the last
   * block may be shorter), with the given shapes: what the coarse levels of a long alignment use.
   * Something cheap such as length alone will do. Without it, the DP scores block beads by calling
   * `cost` over the spans the blocks cover.
   */
  coarsen?(k: number, shapes: readonly BeadShape[]): BeadScorer
  /**
   * A cheaper scorer whose best path runs close to this one's (for the anchored scorer: lengths and
   * paragraphs, without anchors). A long alignment finds that path in a wide corridor first, then
   * this scorer's in a narrow corridor around it.
   */
  rough?(): BeadScorer | undefined
  /** Called before the DP runs over `band`, e.g. to cache what it will look up there. */
  prepare?(band: Band): void
}

/**
 * Bead priors. Gale & Church (1993) measured 1-1 0.89, 1-0 or 0-1 0.0099, 2-1 or 1-2 0.089, 2-2 0.011
 * on parliamentary proceedings. A reviewer of translated news needs omissions and additions
 * surfaced, and real pairs have more of them: the Text+Berg gold has 6 % 1-0/0-1 links, and about
 * 1 % each of 2-2, 3-1 and 1-3. These were tuned with the anchor weights (see `DEFAULT_ANCHOR_WEIGHTS`),
 * kept symmetric (the development data only merges and drops on the target side, real MT also
 * splits and adds). The wide shapes stay rare: each is also a 1-1 plus a 1-2 (and so on), and should
 * win only where the pieces fit badly on their own.
 */
export const BEAD_PRIORS = {
  '1-1': 0.89,
  '1-0': 0.018,
  '0-1': 0.018,
  '2-1': 0.034,
  '1-2': 0.034,
  '2-2': 0.0015,
  '3-1': 0.0022,
  '1-3': 0.0022
} as const

export type ShapeName = keyof typeof BEAD_PRIORS

/** Every shape the aligner knows; pass a subset as `AlignOptions.shapes` to restrict it. */
export const DEFAULT_SHAPES: readonly ShapeName[] = [
  '1-1',
  '1-0',
  '0-1',
  '2-1',
  '1-2',
  '2-2',
  '3-1',
  '1-3'
]

/** Shapes with penalties from priors renormalised over the shapes in use. */
export function shapesFromPriors(
  names: readonly ShapeName[],
  priors: Readonly<Record<ShapeName, number>> = BEAD_PRIORS
): BeadShape[] {
  const total = names.reduce((sum, name) => sum + priors[name], 0)
  return names.map((name) => {
    const [source, target] = name.split('-').map(Number) as [number, number]
    return { source, target, penalty: -Math.log(priors[name] / total) }
  })
}
