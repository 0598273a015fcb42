/**
 * Sentence alignment: `alignDocuments` for segmented documents, `alignTexts` for lists of segment
 * texts (presegmented input), `alignSegments` for bare lengths.
 */
export { alignDocuments, alignDocumentLinks, toBeads } from './documents'
export {
  alignSegments,
  alignTexts,
  alignPair,
  alignLengths,
  fitAndAlign,
  DEFAULT_BEAD_SHAPES,
  type AlignOptions,
  type PairInput,
  type SegmentLink
} from './segments'
export {
  AnchoredScorer,
  DEFAULT_PARAGRAPH_WEIGHTS,
  type ParagraphWeights,
  type ScorerInput
} from './anchored-scorer'
export {
  DEFAULT_ANCHOR_WEIGHTS,
  sideAnchorsOf,
  type AnchorWeight,
  type AnchorWeights,
  type PairAnchors,
  type SideAnchors
} from './anchors/features'
export { segmentAnchors } from './anchors/extract'
export { ANCHOR_KINDS, type Anchor, type AnchorKind } from './anchors/types'
export {
  BEAD_PRIORS,
  DEFAULT_SHAPES,
  shapesFromPriors,
  type BeadScorer,
  type BeadShape,
  type ShapeName
} from './cost-model'
export {
  estimateRatio,
  GALE_CHURCH_VARIANCE,
  lengthCost,
  lengthScorer,
  type LengthModel
} from './gale-church'
export { alignLattice, type DpBead, type DpOptions, type DpResult } from './banded-dp'
export {
  parseGoldLinks,
  strictScore,
  sumScores,
  linkKey,
  vecalignCounts,
  vecalignScore,
  type Link,
  type StrictScore,
  type VecalignCounts,
  type VecalignScore
} from './score'
