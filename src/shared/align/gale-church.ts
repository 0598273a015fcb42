/**
 * Gale & Church (1993) length model: a translation's length in characters is roughly proportional to
 * the original's, with a variance that grows with length. For a bead of source length ls and target
 * length lt, z = (c·ls − lt) / sqrt(s²·mean) with mean = (ls + lt/c) / 2, and the cost is
 * −log P(|Z| ≥ |z|). `c` (target chars per source char) is estimated from the pair itself: Russian
 * runs about 10–20 % longer than its English translation, German and French differ the other way.
 */
import type { BeadScorer, BeadShape } from './cost-model'
import { tailCost } from './normal'

export interface LengthModel {
  /** Target characters per source character. */
  readonly ratio: number
  /** Variance per character (Gale & Church measured 6.8). */
  readonly variance: number
}

export const GALE_CHURCH_VARIANCE = 6.8

/** Total target length over total source length, kept in a sane range; 1 when a side is empty. */
export function estimateRatio(
  sourceLengths: ArrayLike<number>,
  targetLengths: ArrayLike<number>
): number {
  const source = sum(sourceLengths)
  const target = sum(targetLengths)
  if (source === 0 || target === 0) return 1
  return Math.min(4, Math.max(0.25, target / source))
}

export function lengthCost(sourceLength: number, targetLength: number, model: LengthModel): number {
  // A segment left unaligned (1-0, 0-1) has nothing to compare its length with: its cost is its
  // shape's prior alone. (Gale & Church scored it as a match against length 0, which makes leaving
  // out a long sentence all but impossible: the DP then hides omissions inside 2-1 beads.)
  if (sourceLength === 0 || targetLength === 0) return 0
  const { ratio, variance } = model
  const mean = (sourceLength + targetLength / ratio) / 2
  const z = (ratio * sourceLength - targetLength) / Math.sqrt(variance * mean)
  return tailCost(z)
}

/** A `BeadScorer` over segment lengths (prefix sums make every bead's length O(1)). */
export function lengthScorer(
  sourceLengths: ArrayLike<number>,
  targetLengths: ArrayLike<number>,
  model: LengthModel,
  shapes: readonly BeadShape[]
): BeadScorer {
  const s = prefixSums(sourceLengths)
  const t = prefixSums(targetLengths)
  return {
    shapes,
    cost: (s0, s1, t0, t1) => lengthCost(s[s1]! - s[s0]!, t[t1]! - t[t0]!, model)
  }
}

function prefixSums(values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(values.length + 1)
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!
  return sums
}

function sum(values: ArrayLike<number>): number {
  let total = 0
  for (let i = 0; i < values.length; i++) total += values[i]!
  return total
}
