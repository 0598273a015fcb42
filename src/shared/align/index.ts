/** Sentence alignment: `alignDocuments` for segmented documents, `alignSegments` for bare lengths. */
export { alignDocuments, alignDocumentLinks, toBeads } from './documents'
export {
  alignSegments,
  alignLengths,
  fitAndAlign,
  DEFAULT_BEAD_SHAPES,
  type AlignOptions,
  type SegmentLink
} from './segments'
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
  type Link,
  type StrictScore
} from './score'
