/**
 * A Calque project folder as scoring input: `loadProjectForScoring` returns its articles (each log
 * replayed over its rows, as the app does); `loadProjectTrendArticles` adds the raw logs for
 * `scoreTrend`.
 */
import type { ReviewedArticle } from '@shared/domain/article'
import type { TrendArticle } from '@shared/scoring/trend'
import { loadProjectArticles } from '../project-articles'

/**
 * Every article of the project, opened read-only (nothing repaired, no lock taken). Throws
 * `CalqueFailure` (`project-corrupt`) when the folder is not a readable project.
 */
export async function loadProjectForScoring(
  dir: string,
  now: () => Date = () => new Date()
): Promise<ReviewedArticle[]> {
  return (await loadProjectArticles(dir, { now })).map((loaded) => loaded.article)
}

/** The same articles with their logs, for `scoreTrend`. */
export async function loadProjectTrendArticles(dir: string): Promise<TrendArticle[]> {
  return (await loadProjectArticles(dir)).map(({ article, base, records }) => ({
    id: article.id,
    name: article.name,
    base,
    records
  }))
}
