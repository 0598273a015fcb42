/**
 * A project folder's articles as `ReviewedArticle`s (and their logs), for the CLI's export, check and
 * score commands: opened read-only — no lock taken, nothing repaired or migrated — so reading a
 * project the app has open is safe. Works on first-format folders too.
 */
import type { ReviewedArticle } from '@shared/domain/article'
import type { LogRecord } from '@shared/review/events'
import type { ReviewBase } from '@shared/review/apply'
import { reviewedArticle } from '@shared/review/reviewed-article'
import { openArticle } from './article-store'
import { nodeFs, type FsPort } from './fs-port'
import { readProjectFile } from './project-files'
import { MQM_CORE } from '@shared/typology/profile'

export interface LoadedArticle {
  readonly article: ReviewedArticle
  readonly base: ReviewBase
  readonly records: readonly LogRecord[]
}

export async function loadProjectArticles(
  dir: string,
  options: { readonly fs?: FsPort; readonly now?: () => Date } = {}
): Promise<LoadedArticle[]> {
  const fs = options.fs ?? nodeFs
  const now = options.now ?? (() => new Date())
  const { file } = await readProjectFile(fs, dir)
  const loaded: LoadedArticle[] = []
  for (const entry of file.articles) {
    const opened = await openArticle(dir, entry, {
      fs,
      now,
      typology: MQM_CORE,
      readOnly: { code: 'project-read-only', path: dir, detail: 'read by the command line' }
    })
    const { manifest, alignment } = opened
    loaded.push({
      article: reviewedArticle(
        {
          id: entry.id,
          name: entry.name,
          sourceLanguage: manifest.source.language,
          targetLanguage: manifest.target.language,
          sourceFile: manifest.source.fileName,
          targetFile: manifest.target.fileName
        },
        opened.log.state,
        { source: alignment.source.segments, target: alignment.target.segments }
      ),
      base: opened.base,
      records: opened.log.records
    })
  }
  return loaded
}
