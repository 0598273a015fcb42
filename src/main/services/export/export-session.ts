/**
 * Exporting from an open project: the articles as they stand in the live review state (every
 * acknowledged action included), in the chosen format, written atomically where the user chose.
 */
import type { ReviewedArticle } from '@shared/domain/article'
import { EXPORT_FORMAT_INFO, type ExportFormat } from '@shared/export/formats'
import type { ExportOptions } from '@shared/export'
import { reviewedArticle } from '@shared/review/reviewed-article'
import { slugify } from '@shared/project/format'
import { currentState, type OpenArticle } from '../article-store'
import type { ProjectSession } from '../project-session'
import { renderExport } from './render'

export function articleForExport(article: OpenArticle): ReviewedArticle {
  const { manifest, alignment, entry } = article
  return reviewedArticle(
    {
      id: entry.id,
      name: entry.name,
      sourceLanguage: manifest.source.language,
      targetLanguage: manifest.target.language,
      sourceFile: manifest.source.fileName,
      targetFile: manifest.target.fileName
    },
    currentState(article),
    { source: alignment.source.segments, target: alignment.target.segments }
  )
}

export interface PreparedExport {
  readonly data: string | Uint8Array
  /** A file name to offer in the save dialog. */
  readonly defaultName: string
}

export async function prepareExport(
  session: ProjectSession,
  articleIds: readonly string[] | null,
  format: ExportFormat,
  options: ExportOptions
): Promise<PreparedExport> {
  const ids = articleIds ?? session.file.articles.map((a) => a.id)
  const articles: ReviewedArticle[] = []
  for (const id of ids) articles.push(articleForExport(await session.article(id)))
  const data = await renderExport(articles, format, { typology: session.typology, ...options })
  const base = ids.length === 1 ? slugify(articles[0]!.name) : slugify(session.file.name)
  return { data, defaultName: `${base}.${EXPORT_FORMAT_INFO[format].extension}` }
}
