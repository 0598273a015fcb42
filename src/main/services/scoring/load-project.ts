/**
 * A Calque project folder as scoring input: `loadProjectForScoring` opens it as the app does
 * (`openProject`: manifest, alignment, review log replayed over the rows) and returns its article.
 * Format version 1 holds one article per project; the multi-article format will return several.
 * `loadProjectTrendArticles` gives the same article with its raw log, for `scoreTrend`.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ReviewedArticle } from '@shared/domain/article'
import { ALIGNMENT_FILE, REVIEW_LOG_FILE, alignmentFileSchema } from '@shared/project/format'
import { parseLog, reviewBase } from '@shared/review/replay'
import { reviewedRowsFromState } from '@shared/scoring/reviewed-rows'
import type { TrendArticle } from '@shared/scoring/trend'
import { openProject, readManifestIfAny, readProjectJson } from '../project-store'

/**
 * Throws `CalqueFailure` (`project-corrupt`) when the folder is not a readable project. Opening
 * repairs a torn last log line exactly as the app does (a copy of the log is kept).
 */
export async function loadProjectForScoring(
  dir: string,
  now: () => Date = () => new Date()
): Promise<ReviewedArticle[]> {
  const project = await openProject(dir, now)
  const { manifest, alignment, view } = project
  return [
    {
      id: manifest.id,
      name: manifest.name,
      sourceLanguage: manifest.source.language,
      targetLanguage: manifest.target.language,
      sourceFile: manifest.source.fileName,
      targetFile: manifest.target.fileName,
      rows: reviewedRowsFromState(view.review, {
        source: alignment.source.segments,
        target: alignment.target.segments
      })
    }
  ]
}

/** Read-only: the log is parsed, never repaired (a torn last line is simply not in the trend). */
export async function loadProjectTrendArticles(dir: string): Promise<TrendArticle[]> {
  const manifest = await readManifestIfAny(dir)
  if (manifest === null) return []
  const alignment = await readProjectJson(dir, ALIGNMENT_FILE, alignmentFileSchema)
  const log = await readFile(join(dir, REVIEW_LOG_FILE), 'utf8').catch(() => '')
  return [
    {
      id: manifest.id,
      name: manifest.name,
      base: reviewBase(alignment),
      records: parseLog(log).records
    }
  ]
}
