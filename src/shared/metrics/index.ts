/** Text metrics for scores and reports: the word count, post-edit distance (word edit rate, chrF). */
export { countWords } from './word-count'
export { editRate, wordEditCounts, wordEditRate, type EditCounts } from './edit-rate'
export {
  CHRF_BETA,
  CHRF_ORDER,
  addChrfStatistics,
  chrfFromStatistics,
  chrfStatistics,
  corpusChrf,
  sentenceChrf,
  type ChrfStatistics
} from './chrf'
