/**
 * The bead cost Calque aligns with, in the spirit of hunalign (a length score combined with lexical
 * evidence), but with anchors that need no dictionary:
 *
 *   cost = Gale–Church length cost
 *        + Σ miss weights of the bead's anchors − Σ (match + miss) of those found on the other side
 *        + paragraph disagreement
 *
 * so shared numbers, dates and names make a bead cheaper, and a number present on one side only
 * makes it dearer. A 1-0 or 0-1 bead pays its shape prior only: a sentence the translation lost takes
 * its anchors with it, which is no evidence against leaving it out. An anchor counts once per bead,
 * however many segments on the other side share it (or a 2-2 bead would collect the evidence of two
 * 1-1 beads twice).
 *
 * Paragraph disagreement: the bead starts a paragraph on one side only, or swallows a paragraph
 * break on one side only. Both are rare in translated news, so they cost a little; a translation that
 * merged or lost paragraphs pays the same on every path, which leaves the choice to the other terms.
 *
 * This is the aligner's innermost loop (tens of millions of calls for 100k segments), so the work
 * that depends only on the source row is done once per row, and nothing allocates.
 */
import type { Band } from './band'
import type { BeadScorer, BeadShape } from './cost-model'
import type { PairAnchors } from './anchors/features'
import type { LengthModel } from './gale-church'
import { PairTable } from './pair-table'
import {
  TAIL_TABLE,
  TAIL_TABLE_LAST,
  TAIL_TABLE_STEPS_PER_UNIT,
  tailCost as importedTailCost
} from './normal'

// Bound once: under a CommonJS transform (tsx, which runs the benchmark) each use of an imported
// binding is a getter call, a cost this loop notices.
const tailCost = importedTailCost
const TAIL = TAIL_TABLE
const TAIL_LAST = TAIL_TABLE_LAST
const TAIL_STEPS = TAIL_TABLE_STEPS_PER_UNIT

export interface ParagraphWeights {
  /** The bead starts a paragraph on one side and not on the other. */
  readonly boundary: number
  /** Each paragraph break inside the bead on one side without one on the other. */
  readonly inner: number
}

export const DEFAULT_PARAGRAPH_WEIGHTS: ParagraphWeights = { boundary: 1.5, inner: 2.5 }

export interface ScorerInput {
  readonly sourceLengths: ArrayLike<number>
  readonly targetLengths: ArrayLike<number>
  readonly model: LengthModel
  readonly shapes: readonly BeadShape[]
  readonly anchors?: PairAnchors
  /** Paragraph index of every segment, on both sides; left out when it says nothing. */
  readonly paragraphs?: {
    readonly source: readonly number[]
    readonly target: readonly number[]
  }
  readonly paragraphWeights?: ParagraphWeights
}

export class AnchoredScorer implements BeadScorer {
  readonly shapes: readonly BeadShape[]
  private readonly shapeSource: Int32Array
  private readonly shapeTarget: Int32Array
  private readonly ratio: number
  private readonly variance: number
  private readonly sourceSums: Float64Array
  private readonly targetSums: Float64Array
  private readonly pairs: PairTable | undefined
  private readonly sourceStarts: Int32Array | undefined
  private readonly targetStarts: Int32Array | undefined
  private readonly boundaryWeight: number
  private readonly innerWeight: number

  /**
   * Per-row cache for `costsEndingAt`: values for the source span [i − a, i), a = 0 .. the widest
   * source side of a shape.
   */
  private row = -1
  private readonly widest: number
  private readonly rowLength: Float64Array
  private readonly rowMiss: Float64Array
  private readonly rowGain: Float64Array
  private readonly rowStarts: Int32Array
  private readonly rowInner: Int32Array
  /** Scratch of `costsEndingAt`: the found gain of each shape. */
  private readonly found: Float64Array

  constructor(
    private readonly input: ScorerInput,
    /** The anchor comparisons of a scorer for the same pair (see `withModel`). */
    pairs?: PairTable
  ) {
    this.shapes = input.shapes
    this.shapeSource = Int32Array.from(input.shapes, (shape) => shape.source)
    this.shapeTarget = Int32Array.from(input.shapes, (shape) => shape.target)
    this.widest = Math.max(0, ...this.shapeSource)
    this.rowLength = new Float64Array(this.widest + 1)
    this.rowMiss = new Float64Array(this.widest + 1)
    this.rowGain = new Float64Array(this.widest + 1)
    this.rowStarts = new Int32Array(this.widest + 1)
    this.rowInner = new Int32Array(this.widest + 1)
    this.ratio = input.model.ratio
    this.variance = input.model.variance
    this.sourceSums = prefixSums(input.sourceLengths)
    this.targetSums = prefixSums(input.targetLengths)
    this.found = new Float64Array(input.shapes.length)
    const anchors = input.anchors
    this.pairs =
      pairs ??
      (anchors && new PairTable(anchors.source, anchors.target, anchors.keyCount, input.shapes))
    this.sourceStarts = input.paragraphs ? startPrefix(input.paragraphs.source) : undefined
    this.targetStarts = input.paragraphs ? startPrefix(input.paragraphs.target) : undefined
    const weights = input.paragraphWeights ?? DEFAULT_PARAGRAPH_WEIGHTS
    this.boundaryWeight = weights.boundary
    this.innerWeight = weights.inner
  }

  /** The same scorer with another length model (the ratio re-estimated): anchors are kept. */
  withModel(model: LengthModel): AnchoredScorer {
    return new AnchoredScorer({ ...this.input, model }, this.pairs)
  }

  /**
   * Lengths and paragraphs without anchors, and only the 1-1, 1-0 and 0-1 shapes: a fraction of the
   * work, and its path strays from this one's by a few segments at most (a merge becomes a 1-1 and a
   * 1-0 in the same place).
   */
  rough(): AnchoredScorer | undefined {
    if (!this.pairs) return undefined
    const simple = this.shapes.filter((shape) => shape.source + shape.target <= 3)
    return new AnchoredScorer({
      ...this.input,
      anchors: undefined,
      shapes: simple.length > 0 ? simple : this.shapes
    })
  }

  /** Blocks of k segments, scored by length alone: enough to guide the fine alignment. */
  coarsen(k: number, shapes: readonly BeadShape[]): AnchoredScorer {
    return new AnchoredScorer({
      sourceLengths: blockLengths(this.input.sourceLengths, k),
      targetLengths: blockLengths(this.input.targetLengths, k),
      model: this.input.model,
      shapes
    })
  }

  /** Caches the anchor comparisons a DP over `band` will make. */
  prepare(band: Band): void {
    this.pairs?.cover(band)
  }

  cost(s0: number, s1: number, t0: number, t1: number): number {
    const sourceLength = this.sourceSums[s1]! - this.sourceSums[s0]!
    const targetLength = this.targetSums[t1]! - this.targetSums[t0]!
    let cost = this.lengthCost(sourceLength, targetLength)
    if (s1 === s0 || t1 === t0) return cost
    const pairs = this.pairs
    if (pairs) {
      const { source, target } = pairs
      const possible =
        source.gainPrefix[s1]! -
        source.gainPrefix[s0]! +
        target.gainPrefix[t1]! -
        target.gainPrefix[t0]!
      if (possible > 0) {
        const missed =
          source.missPrefix[s1]! -
          source.missPrefix[s0]! +
          target.missPrefix[t1]! -
          target.missPrefix[t0]!
        cost += missed - pairs.foundGain(s0, s1, t0, t1)
      }
    }
    const sourceStarts = this.sourceStarts
    const targetStarts = this.targetStarts
    if (sourceStarts && targetStarts) {
      cost += this.paragraphCost(
        sourceStarts[s0 + 1]! - sourceStarts[s0]!,
        sourceStarts[s1]! - sourceStarts[s0 + 1]!,
        targetStarts[t0 + 1]! - targetStarts[t0]!,
        targetStarts[t1]! - targetStarts[t0 + 1]!
      )
    }
    return cost
  }

  costsEndingAt(i: number, j: number, out: Float64Array): void {
    this.costsInRow(i, j, j, out)
  }

  /**
   * The whole stretch of row i at once: lengths shape by shape along the row (a tight loop, and all
   * a length-only scorer needs), then anchors and paragraphs cell by cell. Each cost is built term
   * by term in the same order as `cost` would, so both give the same numbers.
   */
  costsInRow(i: number, from: number, to: number, out: Float64Array): void {
    if (i !== this.row) this.enterRow(i)
    const targetSums = this.targetSums
    const shapeSource = this.shapeSource
    const shapeTarget = this.shapeTarget
    const count = shapeSource.length
    const rowLength = this.rowLength
    const ratio = this.ratio
    const inverseRatio = 1 / ratio
    const halfVariance = this.variance / 2
    for (let k = 0; k < count; k++) {
      const a = shapeSource[k]!
      const b = shapeTarget[k]!
      if (a > i) {
        for (let j = from, at = k; j <= to; j++, at += count) out[at] = Infinity
        continue
      }
      // A segment left unaligned has nothing to compare its length with: it costs its prior alone.
      if (a === 0 || b === 0) {
        for (let j = from, at = k; j <= to; j++, at += count) out[at] = b > j ? Infinity : 0
        continue
      }
      // Gale–Church, as `lengthCost`, inlined with the table lookup of `tailCost`.
      const sourceLength = rowLength[a]!
      for (let j = from, at = k; j <= to; j++, at += count) {
        if (b > j) {
          out[at] = Infinity
          continue
        }
        const targetLength = targetSums[j]! - targetSums[j - b]!
        let cost = 0
        if (sourceLength > 0 && targetLength > 0) {
          const d = ratio * sourceLength - targetLength
          const x =
            ((d < 0 ? -d : d) /
              Math.sqrt(halfVariance * (sourceLength + targetLength * inverseRatio))) *
            TAIL_STEPS
          if (x < TAIL_LAST) {
            const step = x | 0
            const low = TAIL[step]!
            cost = low + (TAIL[step + 1]! - low) * (x - step)
          } else cost = tailCost(x / TAIL_STEPS)
        }
        out[at] = cost
      }
    }
    if (this.pairs || this.targetStarts) this.addAnchorsAndParagraphs(i, from, to, out)
  }

  private addAnchorsAndParagraphs(i: number, from: number, to: number, out: Float64Array): void {
    const pairs = this.pairs
    const found = this.found
    const targetGain = pairs?.target.gainPrefix
    const targetMiss = pairs?.target.missPrefix
    const targetStarts = this.targetStarts
    const shapeSource = this.shapeSource
    const shapeTarget = this.shapeTarget
    const count = shapeSource.length
    const rowGain = this.rowGain
    const rowMiss = this.rowMiss
    for (let j = from, base = 0; j <= to; j++, base += count) {
      const shared = pairs ? pairs.foundGains(i, j, found) : false
      const gainEnd = targetGain ? targetGain[j]! : 0
      const missEnd = targetMiss ? targetMiss[j]! : 0
      for (let k = 0; k < count; k++) {
        const a = shapeSource[k]!
        const b = shapeTarget[k]!
        if (a > i || b > j || a === 0 || b === 0) continue
        let cost = out[base + k]!
        if (targetGain && rowGain[a]! + gainEnd - targetGain[j - b]! > 0) {
          cost += rowMiss[a]! + missEnd - targetMiss![j - b]!
          if (shared) cost -= found[k]!
        }
        if (targetStarts) {
          cost += this.paragraphCost(
            this.rowStarts[a]!,
            this.rowInner[a]!,
            targetStarts[j - b + 1]! - targetStarts[j - b]!,
            targetStarts[j]! - targetStarts[j - b + 1]!
          )
        }
        out[base + k] = cost
      }
    }
  }

  private enterRow(i: number): void {
    this.row = i
    const sums = this.sourceSums
    const anchors = this.pairs?.source
    const starts = this.sourceStarts
    for (let a = 0; a <= this.widest && a <= i; a++) {
      this.rowLength[a] = sums[i]! - sums[i - a]!
      if (anchors) {
        this.rowMiss[a] = anchors.missPrefix[i]! - anchors.missPrefix[i - a]!
        this.rowGain[a] = anchors.gainPrefix[i]! - anchors.gainPrefix[i - a]!
      }
      if (starts && a > 0) {
        this.rowStarts[a] = starts[i - a + 1]! - starts[i - a]!
        this.rowInner[a] = starts[i]! - starts[i - a + 1]!
      }
    }
  }

  /**
   * Gale & Church: −log P(|Z| ≥ |z|) for z = (c·ls − lt) / sqrt(s²·(ls + lt/c)/2). A segment left
   * unaligned has nothing to compare its length with: its cost is its shape's prior alone.
   */
  private lengthCost(sourceLength: number, targetLength: number): number {
    if (sourceLength === 0 || targetLength === 0) return 0
    const ratio = this.ratio
    const mean = (sourceLength + targetLength / ratio) / 2
    return tailCost((ratio * sourceLength - targetLength) / Math.sqrt(this.variance * mean))
  }

  private paragraphCost(
    sourceStarts: number,
    sourceInner: number,
    targetStarts: number,
    targetInner: number
  ): number {
    let cost = sourceStarts === targetStarts ? 0 : this.boundaryWeight
    if (sourceInner !== targetInner) cost += this.innerWeight * Math.abs(sourceInner - targetInner)
    return cost
  }
}

/** Prefix counts of paragraph starts: starts[k + 1] - starts[k] is 1 when segment k opens a paragraph. */
function startPrefix(paragraphOf: readonly number[]): Int32Array {
  const starts = new Int32Array(paragraphOf.length + 1)
  for (let k = 0; k < paragraphOf.length; k++) {
    const opens = k === 0 || paragraphOf[k] !== paragraphOf[k - 1] ? 1 : 0
    starts[k + 1] = starts[k]! + opens
  }
  return starts
}

function blockLengths(lengths: ArrayLike<number>, k: number): Float64Array {
  const blocks = new Float64Array(Math.ceil(lengths.length / k))
  for (let i = 0; i < lengths.length; i++) blocks[(i / k) | 0]! += lengths[i]!
  return blocks
}

function prefixSums(values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(values.length + 1)
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!
  return sums
}
