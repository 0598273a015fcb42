/**
 * One-level alignment of two lists of segments: `alignTexts` (lengths and anchors, what presegmented
 * input should use), `alignSegments` (bare lengths, plain Gale–Church with this DP), and `alignPair`,
 * the core `alignDocuments` also runs on.
 */
import { AnchoredScorer, type ParagraphWeights } from './anchored-scorer'
import { DEFAULT_ANCHOR_WEIGHTS, sideAnchorsOf, type AnchorWeights } from './anchors/features'
import {
  beadsWithPosteriors,
  BLOCK,
  blockShapes,
  findBestPath,
  fromBlocks,
  isBanded,
  type DpOptions,
  type DpResult,
  type Guide,
  type LatticePath
} from './banded-dp'
import { DEFAULT_SHAPES, shapesFromPriors, type BeadShape } from './cost-model'
import { estimateRatio, GALE_CHURCH_VARIANCE, type LengthModel } from './gale-church'

export interface SegmentLink {
  readonly source: number[]
  readonly target: number[]
  readonly confidence: number
}

export interface AlignOptions extends DpOptions {
  /** Length model; by default the ratio is estimated from the pair and the variance is Gale–Church's. */
  readonly model?: LengthModel
  /** Bead shapes and their penalties (`shapesFromPriors`); by default all eight. */
  readonly shapes?: readonly BeadShape[]
  /** What each kind of anchor is worth; `false` aligns on lengths (and paragraphs) alone. */
  readonly anchorWeights?: AnchorWeights | false
  readonly paragraphWeights?: ParagraphWeights
}

export const DEFAULT_BEAD_SHAPES: readonly BeadShape[] = shapesFromPriors(DEFAULT_SHAPES)

/** What is known about the two sides: lengths always; texts (for anchors) and paragraphs if any. */
export interface PairInput {
  readonly sourceLengths: readonly number[]
  readonly targetLengths: readonly number[]
  readonly sourceTexts?: readonly string[]
  readonly targetTexts?: readonly string[]
  /** Paragraph index of each segment, both sides. */
  readonly paragraphs?: { readonly source: readonly number[]; readonly target: readonly number[] }
}

/** Aligns segment texts by length and lexical anchors. */
export function alignTexts(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  options: AlignOptions = {}
): SegmentLink[] {
  const input: PairInput = {
    sourceLengths: sourceTexts.map((text) => text.length),
    targetLengths: targetTexts.map((text) => text.length),
    sourceTexts,
    targetTexts
  }
  return toLinks(alignPair(input, options).result)
}

/** Aligns by segment lengths alone (characters). */
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

/** Aligns lengths, fitting the length model to the pair unless `options.model` is given; returns both. */
export function fitAndAlign(
  sourceLengths: readonly number[],
  targetLengths: readonly number[],
  options: AlignOptions = {}
): { model: LengthModel; result: DpResult } {
  return alignPair({ sourceLengths, targetLengths }, options)
}

/** Aligns, fitting the length model to the pair unless `options.model` is given; returns both. */
export function alignPair(
  input: PairInput,
  options: AlignOptions = {}
): { model: LengthModel; result: DpResult } {
  const { sourceLengths, targetLengths, sourceTexts, targetTexts } = input
  const shapes = options.shapes ?? DEFAULT_BEAD_SHAPES
  const n = sourceLengths.length
  const m = targetLengths.length
  const weights = options.anchorWeights ?? DEFAULT_ANCHOR_WEIGHTS
  const anchors =
    weights && sourceTexts && targetTexts && n > 0 && m > 0
      ? sideAnchorsOf(sourceTexts, targetTexts, weights)
      : undefined
  let model: LengthModel = options.model ?? {
    ratio: estimateRatio(sourceLengths, targetLengths),
    variance: GALE_CHURCH_VARIANCE
  }
  let guide: Guide | undefined
  if (!options.model && isBanded(n, m, options)) {
    const fitted = fitOnBlocks(sourceLengths, targetLengths, model, shapes, options)
    model = fitted.model
    guide = fitted.guide
  }
  let scorer = new AnchoredScorer({
    sourceLengths,
    targetLengths,
    model,
    shapes,
    anchors,
    paragraphs: input.paragraphs,
    paragraphWeights: options.paragraphWeights
  })
  let path = findBestPath(n, m, scorer, options, guide)
  for (let round = 0; !options.model && round < RATIO_ROUNDS; round++) {
    const ratio = ratioOfOneToOneBeads(path.spans, sourceLengths, targetLengths)
    if (ratio === undefined || Math.abs(ratio / model.ratio - 1) < RATIO_TOLERANCE) break
    model = { ...model, ratio }
    scorer = scorer.withModel(model)
    path = findBestPath(n, m, scorer, options, { points: path.steps, coarse: false })
  }
  return { model, result: beadsWithPosteriors(n, m, scorer, path) }
}

/**
 * The whole-pair length ratio is skewed when a large part of one side has no counterpart (a lost
 * paragraph makes the translation look terse). So the ratio is re-estimated as the median ratio of
 * the 1-1 beads found with it — the median, so that the few wrong 1-1s an off ratio produces do not
 * pull it — and the pair is aligned again, until the ratio settles.
 */
const RATIO_ROUNDS = 3
const RATIO_TOLERANCE = 0.05

/**
 * The same fitting over blocks of BLOCK segments, for a long pair: each round costs a sixteenth of
 * one over the segments, and the block path it ends with guides the one alignment of the segments.
 */
function fitOnBlocks(
  sourceLengths: readonly number[],
  targetLengths: readonly number[],
  initial: LengthModel,
  shapes: readonly BeadShape[],
  options: AlignOptions
): { model: LengthModel; guide: Guide } {
  const sourceBlocks = blockLengths(sourceLengths)
  const targetBlocks = blockLengths(targetLengths)
  const coarseShapes = blockShapes(shapes)
  let model = initial
  let path: LatticePath | undefined
  for (let round = 0; round <= RATIO_ROUNDS; round++) {
    const scorer = new AnchoredScorer({
      sourceLengths: sourceBlocks,
      targetLengths: targetBlocks,
      model,
      shapes: coarseShapes
    })
    const near: Guide | undefined = path && { points: path.steps, coarse: false }
    path = findBestPath(sourceBlocks.length, targetBlocks.length, scorer, options, near, false)
    const ratio = ratioOfOneToOneBeads(path.spans, sourceBlocks, targetBlocks)
    if (ratio === undefined || Math.abs(ratio / model.ratio - 1) < RATIO_TOLERANCE) break
    model = { ...model, ratio }
  }
  const points = fromBlocks(path!.steps, sourceLengths.length, targetLengths.length)
  return { model, guide: { points, coarse: true } }
}

function blockLengths(lengths: readonly number[]): number[] {
  const blocks = new Array<number>(Math.ceil(lengths.length / BLOCK)).fill(0)
  lengths.forEach((length, k) => (blocks[(k / BLOCK) | 0]! += length))
  return blocks
}

function ratioOfOneToOneBeads(
  spans: LatticePath['spans'],
  sourceLengths: readonly number[],
  targetLengths: readonly number[]
): number | undefined {
  const ratios: number[] = []
  for (const [sourceStart, sourceEnd, targetStart, targetEnd] of spans) {
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
