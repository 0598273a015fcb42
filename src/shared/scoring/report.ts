/**
 * The numbers of a score report, as one JSON-serialisable value: what was scored, under which profile,
 * when, and per unit (whole input, each system, each document or article) the words, segments, errors
 * by severity and category, penalty, score, pass/fail, errors per 1,000 words, share of rows flagged
 * and post-edit distance. The dashboard, the HTML report, the CSV/XLSX/JSON writers and `calque
 * score` all read this one structure, so they always agree.
 */
import type { ScoringInput } from './input'
import type { ScoringProfile } from './profile'
import { scoreInput, type UnitScore } from './score'

export const SCORE_REPORT_FORMAT_VERSION = 1

export interface ScoreReport {
  readonly formatVersion: typeof SCORE_REPORT_FORMAT_VERSION
  /** When the report was made (ISO 8601). */
  readonly date: string
  readonly input: {
    readonly kind: ScoringInput['kind']
    readonly name: string
    readonly segments: number
  }
  /** The whole profile the numbers were computed with, so a report can be checked and redone. */
  readonly profile: ScoringProfile
  /** How words were counted (src/shared/metrics/word-count.ts). */
  readonly wordCount: string
  /** Severity columns: the profile's, then any others the data has, in that order. */
  readonly severities: readonly string[]
  /** Categories that occur, most frequent first. */
  readonly categories: readonly string[]
  readonly totals: UnitScore
  /** Per MT system, best first; empty for a Calque project. */
  readonly systems: readonly UnitScore[]
  /** Per document of each system, or per article of a project, in input order. */
  readonly docs: readonly UnitScore[]
}

export const WORD_COUNT_RULE =
  'white-space tokens with a letter or digit; apostrophes split words (calque countWords v1)'

export function buildScoreReport(
  input: ScoringInput,
  profile: ScoringProfile,
  date: Date | string
): ScoreReport {
  const scores = scoreInput(input, profile)
  const totals = scores.totals
  const seenSeverities = Object.keys(totals.errorsBySeverity)
  const known = profile.severities.map((s) => s.id)
  const categoryCounts = Object.entries(totals.errorsByCategory).map(
    ([category, bySeverity]) =>
      [category, Object.values(bySeverity).reduce((a, b) => a + b, 0)] as const
  )
  return {
    formatVersion: SCORE_REPORT_FORMAT_VERSION,
    date: typeof date === 'string' ? date : date.toISOString(),
    input: { kind: input.kind, name: input.name, segments: input.segments.length },
    profile,
    wordCount: WORD_COUNT_RULE,
    severities: [...known, ...seenSeverities.filter((s) => !known.includes(s)).sort()],
    categories: categoryCounts
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([category]) => category),
    totals,
    systems: scores.systems,
    docs: scores.docs
  }
}
