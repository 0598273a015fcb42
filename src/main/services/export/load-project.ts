/**
 * The articles of a project folder, as the exporters read them. Today's project (format version 1)
 * holds one article: its manifest, alignment and review log (replayed by `openProject`, with every
 * manual alignment fix). The log has flags and statuses but no post-edits yet, so every `edit` is
 * null, and plain text carries no heading structure, so no row is a heading.
 */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import type { ReviewedArticle } from '@shared/domain/article'
import { buildReviewedArticle } from '@shared/export/reviewed-article'
import { CalqueFailure } from '@shared/ipc/errors'
import { MANIFEST_FILE } from '@shared/project/format'
import { openProject } from '../project-store'

export async function loadProjectArticles(dir: string): Promise<ReviewedArticle[]> {
  try {
    await access(join(dir, MANIFEST_FILE))
  } catch {
    throw new CalqueFailure({ code: 'project-corrupt', path: dir, detail: `no ${MANIFEST_FILE}` })
  }
  const project = await openProject(dir, () => new Date())
  const { manifest, alignment, view } = project
  return [
    buildReviewedArticle({
      id: manifest.id,
      name: manifest.name,
      sourceLanguage: manifest.source.language,
      targetLanguage: manifest.target.language,
      sourceFile: manifest.source.fileName,
      targetFile: manifest.target.fileName,
      sourceSegments: alignment.source.segments,
      targetSegments: alignment.target.segments,
      beads: view.review.beads,
      flags: view.review.flags,
      statuses: view.review.statuses
    })
  ]
}
