/**
 * A Russian file and its English MT, read and aligned as the app does, as an article with no review
 * yet (every row unreviewed, no flags, no post-edits): what `calque export SOURCE TARGET` exports.
 */
import { createHash } from 'node:crypto'
import { realpath } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { alignDocuments } from '@shared/align'
import type { ReviewedArticle } from '@shared/domain/article'
import { buildReviewedArticle } from '@shared/export/reviewed-article'
import type { ImportWarning } from '@shared/import/types'
import { CalqueFailure } from '@shared/domain/errors'
import { slugify } from '@shared/project/format'
import { importPairSide } from '../import-file'

export interface LoadedPair {
  readonly article: ReviewedArticle
  readonly warnings: {
    readonly source: readonly ImportWarning[]
    readonly target: readonly ImportWarning[]
  }
}

export async function loadPairArticle(sourcePath: string, targetPath: string): Promise<LoadedPair> {
  if (await sameFile(sourcePath, targetPath)) {
    throw new CalqueFailure({ code: 'pair-same-file', path: sourcePath })
  }
  const [source, target] = await Promise.all([
    importPairSide(sourcePath, 'source', { language: 'ru' }),
    importPairSide(targetPath, 'target', { language: 'en' })
  ])
  const headline = target.document.segments[0]?.text.trim().slice(0, 120)
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
      sourceSegments: source.document.segments,
      targetSegments: target.document.segments,
      beads: alignDocuments(source.document, target.document)
    }),
    warnings: { source: source.warnings, target: target.warnings }
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true
  try {
    return (await realpath(a)) === (await realpath(b))
  } catch {
    return false // one of them is missing: reading it will say so
  }
}
