/**
 * MQM scoring: profiles as data, one normalised input for Calque projects and MQM TSV files, scores
 * per segment/document/system/project, the report numbers and their CSV/JSON writers, the trend.
 */
export {
  BUILTIN_SCORING_PROFILES,
  GOOGLE_WMT_MQM_PROFILE,
  MQM_CORE_PROFILE,
  UNBABEL_WMT21_MQM_PROFILE,
  findBuiltinProfile
} from './builtin-profiles'
export { OTHER_DIMENSION, mqmCoreCategoryOf, mqmDimensionOf } from './categories'
export {
  CALQUE_RATER,
  countsInScore,
  scoringInputFromArticles,
  type ArticleScoringOptions
} from './from-articles'
export { scoringInputFromMqmRecords } from './from-mqm-tsv'
export type { ScoringError, ScoringInput, ScoringSegment } from './input'
export {
  copyScoringProfile,
  parseScoringProfile,
  scoringProfileSchema,
  type ProfileParse,
  type ScoringProfile,
  type WordBasis
} from './profile'
export {
  SCORE_REPORT_FORMAT_VERSION,
  WORD_COUNT_RULE,
  buildScoreReport,
  type ScoreReport
} from './report'
export {
  profileSummaryLines,
  reportTables,
  round,
  type Cell,
  type ReportTables,
  type Table
} from './report-tables'
export {
  scoreReportCategoriesCsv,
  scoreReportCsv,
  scoreReportJson,
  type WriterOptions
} from './report-writers'
export { reviewedRows, type SideSegments } from '../review/reviewed-article'
export {
  rankUnits,
  scoreInput,
  scoreSegment,
  type InputScores,
  type PostEditFigures,
  type SegmentScore,
  type UnitScore
} from './score'
export { dimensionLabel, scoringTranslator, severityLabel, type Translate } from './translate'
export { scoreTrend, utcDay, type TrendArticle, type TrendOptions, type TrendPoint } from './trend'
export { createWeigher, type ErrorWeight, type Weigher } from './weights'
