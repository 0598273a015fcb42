/** A project made from a pair of files, opened for writing: what service tests need in one call. */
import { buildPairArticle } from '../../src/main/services/article-build'
import type { AlignmentFile, Manifest } from '@shared/project/format'
import { ensurePairProject } from '../../src/main/services/project-create'
import { ProjectRegistry } from '../../src/main/services/project-session'
import type { ReviewLogWriter } from '../../src/main/services/review-log'

export interface OpenedPairProject {
  /** The project folder. */
  readonly dir: string
  /** The folder of its (only) article. */
  readonly articleDir: string
  readonly alignment: AlignmentFile
  /** Its manifest (the first article of a pair project has the project's id and name). */
  readonly manifest: Manifest
  /** The article's log writer. */
  readonly log: ReviewLogWriter
  readonly close: () => Promise<void>
}

export async function openOrCreatePairProject(
  root: string,
  sourcePath: string,
  targetPath: string,
  now: () => Date
): Promise<OpenedPairProject> {
  const dir = await ensurePairProject(root, await buildPairArticle({ sourcePath, targetPath }), now)
  const registry = new ProjectRegistry({ now })
  const session = await registry.open(dir)
  const article = await session.article(session.file.articles[0]!.id)
  if (!article.log.writer) throw new Error(`project ${dir} opened read-only`)
  return {
    dir,
    articleDir: article.dir,
    alignment: article.alignment,
    manifest: article.manifest,
    log: article.log.writer,
    close: () => registry.closeAll()
  }
}
