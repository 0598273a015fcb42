/**
 * The articles of a project folder, as the exporters read them: every article, each log replayed
 * over its rows (post-edits, statuses, flags, alignment fixes), opened read-only.
 */
import type { ReviewedArticle } from '@shared/domain/article'
import { loadProjectArticles as loadArticles } from '../project-articles'

export async function loadProjectArticles(dir: string): Promise<ReviewedArticle[]> {
  return (await loadArticles(dir)).map((loaded) => loaded.article)
}
