/**
 * Calque articles as scoring input: one row = one segment, its flags = its errors.
 *
 * Which flags count: open and resolved ones, not rejected ones. A resolved flag is an error the MT
 * made and someone fixed, and LQA scores the MT as delivered, so it still counts; a rejected flag was
 * judged not to be an error. Flags on either side count (an omission is marked on the source).
 * A Calque article is one review, however many people flagged it, so every row has one rater and a
 * row's penalty is the sum of its flags (never averaged over the flags' authors).
 */
import { correctedText, type ReviewedArticle, type ReviewedRow } from '../domain/article'
import type { Flag } from '../domain/review'
import { countWords } from '../metrics/word-count'
import type { ScoringInput, ScoringSegment } from './input'

/** The rater name of a Calque review in scoring input (and in MQM TSV written from a project). */
export const CALQUE_RATER = 'calque'

export interface ArticleScoringOptions {
  /** The project's name for the report; defaults to the single article's name. */
  readonly name?: string
  /**
   * Score only rows somebody looked at: reviewed, needs-work or confirmed, or carrying a counted flag.
   * Off by default: an article is scored as a whole, and the report shows how much was reviewed.
   */
  readonly onlyReviewedRows?: boolean
}

export function countsInScore(flag: Pick<Flag, 'status'>): boolean {
  return flag.status !== 'rejected'
}

export function scoringInputFromArticles(
  articles: readonly ReviewedArticle[],
  options: ArticleScoringOptions = {}
): ScoringInput {
  const segments: ScoringSegment[] = []
  const docNames: Record<string, string> = {}
  for (const article of articles) {
    docNames[article.id] = article.name
    for (const row of article.rows) {
      const flags = row.flags.filter(countsInScore)
      if (options.onlyReviewedRows && !looked(row, flags)) continue
      segments.push({
        system: null,
        doc: article.id,
        docSegId: String(row.index + 1),
        sourceWords: countWords(row.source),
        targetWords: countWords(row.target),
        raters: [CALQUE_RATER],
        errors: flags.map((f) => ({
          rater: CALQUE_RATER,
          category: f.category,
          severity: f.severity
        })),
        mt: row.target,
        postEdit: correctedText(row)
      })
    }
  }
  const name = options.name ?? (articles.length === 1 ? articles[0]!.name : '')
  return { kind: 'calque-project', name, segments, docNames }
}

function looked(row: ReviewedRow, flags: readonly Flag[]): boolean {
  return row.status !== 'unreviewed' || flags.length > 0
}
