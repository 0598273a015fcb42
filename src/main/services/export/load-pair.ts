/**
 * A Russian file and its English MT, read and aligned as the app does (`readAlignedInput`), as an
 * article with no review yet (every row unreviewed, no flags, no post-edits): what
 * `calque export SOURCE TARGET` exports.
 */
import { createHash } from 'node:crypto'
import { basename, resolve } from 'node:path'
import type { ReviewedArticle } from '@shared/domain/article'
import { buildReviewedArticle } from '@shared/export/reviewed-article'
import type { ImportWarning } from '@shared/import/types'
import { slugify } from '@shared/project/format'
import { readAlignedInput } from '../aligned-input'

export interface LoadedPair {
  readonly article: ReviewedArticle
  readonly warnings: {
    readonly source: readonly ImportWarning[]
    readonly target: readonly ImportWarning[]
  }
}

export async function loadPairArticle(sourcePath: string, targetPath: string): Promise<LoadedPair> {
  const input = await readAlignedInput({ source: sourcePath, target: targetPath })
  const headline = input.target.segments[0]?.text.trim().slice(0, 120)
  const name = headline || basename(targetPath)
  const hash = createHash('sha256')
    .update(`${resolve(sourcePath)}\0${resolve(targetPath)}`)
    .digest('hex')
  return {
    article: buildReviewedArticle({
      id: `${slugify(name)}-${hash.slice(0, 8)}`,
      name,
      sourceLanguage: 'ru',
      targetLanguage: 'en',
      sourceFile: basename(sourcePath),
      targetFile: basename(targetPath),
      sourceSegments: input.source.segments,
      targetSegments: input.target.segments,
      beads: input.beads
    }),
    warnings: input.warnings
  }
}
