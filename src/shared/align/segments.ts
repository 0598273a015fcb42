/**
 * One-level alignment of two lists of segment lengths (characters): the core used for presegmented
 * input, inside each paragraph block of `alignDocuments`, and by benchmarks.
 */
import {
  beadsWithPosteriors,
  findBestPath,
  type DpOptions,
  type DpResult,
  type LatticePath
} from './banded-dp'
import { DEFAULT_SHAPES, shapesFromPriors, type BeadShape } from './cost-model'
import { estimateRatio, GALE_CHURCH_VARIANCE, lengthScorer, type LengthModel } from './gale-church'

export interface SegmentLink {
  readonly source: number[]
  readonly target: number[]
  readonly confidence: number
}

export interface AlignOptions extends DpOptions {
  /** Length model; by default the ratio is estimated from the pair and the variance is Gale–Church's. */
  readonly model?: LengthModel
  readonly shapes?: readonly BeadShape[]
}

export const DEFAULT_BEAD_SHAPES: readonly BeadShape[] = shapesFromPriors(DEFAULT_SHAPES)

export function alignSegments(
  sourceLengths: readonly number[],
  targetLengths: readonly number[],
  options: AlignOptions = {}
): SegmentLink[] {
  return toLinks(alignLengths(sourceLengths, targetLengths, options))
}

/** Same, returning the raw DP result (bead costs, total cost). */
export function alignLengths(
  sourceLengths: readonly number[],
  targetLengths: readonly number[],
  options: AlignOptions = {}
): DpResult {
  return fitAndAlign(sourceLengths, targetLengths, options).result
}

/** Aligns, fitting the length model to the pair unless `options.model` is given; returns both. */
export function fitAndAlign(
  sourceLengths: readonly number[],
  targetLengths: readonly number[],
  options: AlignOptions = {}
): { model: LengthModel; result: DpResult } {
  const shapes = options.shapes ?? DEFAULT_BEAD_SHAPES
  const n = sourceLengths.length
  const m = targetLengths.length
  const scorerFor = (model: LengthModel) =>
    lengthScorer(sourceLengths, targetLengths, model, shapes)

  let model: LengthModel = options.model ?? {
    ratio: estimateRatio(sourceLengths, targetLengths),
    variance: GALE_CHURCH_VARIANCE
  }
  let path = findBestPath(n, m, scorerFor(model), options)
  for (let round = 0; !options.model && round < RATIO_ROUNDS; round++) {
    const ratio = ratioOfOneToOneBeads(path, sourceLengths, targetLengths)
    if (ratio === undefined || Math.abs(ratio / model.ratio - 1) < RATIO_TOLERANCE) break
    model = { ...model, ratio }
    path = findBestPath(n, m, scorerFor(model), options)
  }
  return { model, result: beadsWithPosteriors(n, m, scorerFor(model), path) }
}

/**
 * The whole-pair length ratio is skewed when a large part of one side has no counterpart (a lost
 * paragraph makes the translation look terse). So the ratio is re-estimated as the median ratio of
 * the 1-1 beads found with it — the median, so that the few wrong 1-1s an off ratio produces do not
 * pull it — and the pair is aligned again, until the ratio settles.
 */
const RATIO_ROUNDS = 3
const RATIO_TOLERANCE = 0.05

function ratioOfOneToOneBeads(
  path: LatticePath,
  sourceLengths: readonly number[],
  targetLengths: readonly number[]
): number | undefined {
  const ratios: number[] = []
  for (const [sourceStart, sourceEnd, targetStart, targetEnd] of path.spans) {
    if (sourceEnd - sourceStart !== 1 || targetEnd - targetStart !== 1) continue
    const source = sourceLengths[sourceStart]!
    const target = targetLengths[targetStart]!
    if (source > 0 && target > 0) ratios.push(target / source)
  }
  if (ratios.length === 0) return undefined
  ratios.sort((x, y) => x - y)
  const middle = ratios.length >> 1
  const median =
    ratios.length % 2 === 1 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2
  return estimateRatio([1], [median])
}

export function toLinks(
  result: DpResult,
  offsetSource = 0,
  offsetTarget = 0,
  scale = 1
): SegmentLink[] {
  return result.beads.map((bead) => ({
    source: range(offsetSource + bead.sourceStart, offsetSource + bead.sourceEnd),
    target: range(offsetTarget + bead.targetStart, offsetTarget + bead.targetEnd),
    confidence: bead.posterior * scale
  }))
}

function range(start: number, end: number): number[] {
  const out: number[] = []
  for (let k = start; k < end; k++) out.push(k)
  return out
}
