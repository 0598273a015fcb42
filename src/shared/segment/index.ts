/**
 * Segmentation, for the hosts (main process, CLI): paragraphs and sentences of normalised text.
 *
 * - `buildDocument(text, language, { presegmented?, segmenter? })` -> `TextDocument`
 * - `createSegmenter(language, userRules?)` for rules the user has extended
 * - `parseUserRules(json)` / `parseUserRulesText(text)` to read a user's rule file with clear errors
 */
export { buildDocument, type BuildOptions } from './document'
export { splitParagraphs } from './paragraphs'
export { createSegmenter, defaultSegmenter, type RuleDecision, type Segmenter } from './segmenter'
export {
  parseUserRules,
  parseUserRulesText,
  type RulesFileError,
  type UserRulesResult
} from './user-rules'
export {
  builtInRules,
  SegmentationRulesError,
  segmentationRulesSchema,
  userRulesSchema,
  type RuleIssue,
  type SegmentationRule,
  type SegmentationRules,
  type UserRules,
  type UserRulesInput
} from './rules'
