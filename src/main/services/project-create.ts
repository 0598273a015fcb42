/**
 * Making projects and articles on disk. An article is built from the user's files (imported,
 * segmented and aligned — see article-build.ts) and written as a folder under `articles/`; a new
 * project is a folder with project.json and its first article. Everything is written under a temporary
 * name and renamed into place, so a crash or bad input never leaves half of either. Opening the same
 * files again finds the same project (ids are derived from the files' real paths).
 */
import { createHash, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { CalqueFailure } from '@shared/domain/errors'
import {
  ALIGNMENT_FILE,
  ARTICLES_DIR,
  DEFAULT_PROJECT_SETTINGS,
  MANIFEST_FILE,
  PROJECT_FILE,
  PROJECT_FILE_VERSION,
  REVIEW_LOG_FILE,
  slugify,
  type ArticleEntry,
  type ProjectFile
} from '@shared/project/format'
import type { EncodingName } from '@shared/import/types'
import {
  alignmentFileOf,
  manifestJson,
  rebuildWithEncoding,
  type BuiltArticle,
  type ImportRunner
} from './article-build'
import { writeAlignmentFile, type UserRulesByLanguage } from './import-job'
import { fsFailure } from './fs-errors'
import { nodeFs, writeFileAtomic, writeFully, type FsPort } from './fs-port'
import { exists } from './project-files'
import type { ProjectSession } from './project-session'
import { temporaryName } from './temporaries'

/** `<slug of the headline>-<8 hex of the files' real paths>`: the same files give the same id. */
export function articleIdFor(built: BuiltArticle): string {
  return `${slugify(built.name)}-${shortHash(built.identity)}`
}

/**
 * The folder of the project for these files under `projectsRoot`: made (with the article as its
 * only one) unless it exists already. Returns the folder.
 */
export async function ensurePairProject(
  projectsRoot: string,
  built: BuiltArticle,
  now: () => Date,
  fs: FsPort = nodeFs
): Promise<string> {
  const id = articleIdFor(built)
  const dir = join(projectsRoot, id)
  if (await exists(fs, join(dir, PROJECT_FILE))) return dir
  // A first-format project for the same files: it opens (and migrates) as it is.
  if (await exists(fs, join(dir, MANIFEST_FILE))) return dir
  await guard(projectsRoot, () => fs.mkdir(projectsRoot, true))
  const tmp = join(projectsRoot, temporaryName(id, randomBytes(4).toString('hex')))
  await guard(projectsRoot, () => fs.mkdir(join(tmp, ARTICLES_DIR), true))
  try {
    const entry = await writeArticleDir(fs, join(tmp, ARTICLES_DIR), id, built, now)
    const file: ProjectFile = {
      formatVersion: PROJECT_FILE_VERSION,
      app: 'calque',
      id,
      name: built.name,
      createdAt: now().toISOString(),
      articles: [entry],
      settings: DEFAULT_PROJECT_SETTINGS
    }
    await writeFileAtomic(fs, join(tmp, PROJECT_FILE), JSON.stringify(file, null, 2) + '\n')
    await fs.syncDir(tmp)
    await fs.rename(tmp, dir)
    await fs.syncDir(projectsRoot)
  } catch (error) {
    await fs.rm(tmp).catch(() => undefined)
    throw fsFailure(error, projectsRoot, 'write')
  }
  return dir
}

/**
 * Adds an article to an open project: its folder first (atomically), then project.json. Adding the
 * same files twice adds nothing and returns the article already there.
 */
export async function addArticle(
  session: ProjectSession,
  built: BuiltArticle,
  now: () => Date,
  fs: FsPort = nodeFs
): Promise<ArticleEntry> {
  if (session.readOnly) {
    throw new CalqueFailure({
      code: 'project-read-only',
      path: session.dir,
      detail: session.readOnly.code
    })
  }
  const id = articleIdFor(built)
  const known = session.file.articles.find((a) => a.id === id)
  if (known) return known
  const articlesDir = join(session.dir, ARTICLES_DIR)
  await guard(articlesDir, () => fs.mkdir(articlesDir, true))
  const entry = await writeArticleDir(fs, articlesDir, id, built, now)
  await session.updateFile((file) => ({ ...file, articles: [...file.articles, entry] }))
  return entry
}

/**
 * Reads one side of an article again with the encoding the user chose and rebuilds its rows. Refused
 * once the article's log holds anything (checked on the live log, inside its write queue): review
 * work is anchored to the rows, which would all change under it.
 */
export async function reencodeArticle(
  session: ProjectSession,
  articleId: string,
  side: 'source' | 'target',
  encoding: EncodingName,
  userRules: UserRulesByLanguage,
  fs: FsPort = nodeFs,
  run?: ImportRunner
): Promise<void> {
  const article = await session.article(articleId)
  const writer = article.log.writer
  if (!writer) {
    const reason = article.log.readOnly ?? session.readOnly
    throw new CalqueFailure({
      code: 'project-read-only',
      path: session.dir,
      ...(reason ? { detail: reason.code } : {})
    })
  }
  await writer.exclusive(async () => {
    if (writer.recordCount > 0) {
      throw new CalqueFailure({
        code: 'project-has-review',
        path: article.dir,
        detail: `${writer.recordCount}`
      })
    }
    const built = await rebuildWithEncoding(
      article.dir,
      article.manifest,
      side,
      encoding,
      userRules,
      run
    )
    // The alignment first: a crash between the two writes leaves rows that match their text.
    await writeAlignmentFile(join(article.dir, ALIGNMENT_FILE), alignmentFileOf(built), fs)
    await writeFileAtomic(
      fs,
      join(article.dir, MANIFEST_FILE),
      manifestJson(article.manifest.id, built, article.manifest.createdAt)
    )
  })
  await session.reload(articleId)
}

/** Writes `articles/<id>/` under a temporary name, then renames it into place. */
async function writeArticleDir(
  fs: FsPort,
  articlesDir: string,
  id: string,
  built: BuiltArticle,
  now: () => Date
): Promise<ArticleEntry> {
  const dir = join(articlesDir, id)
  if (!(await exists(fs, dir))) {
    const tmp = join(articlesDir, temporaryName(id, randomBytes(4).toString('hex')))
    try {
      await fs.mkdir(tmp, false)
      for (const [file, bytes] of built.copies) await writeDurable(fs, join(tmp, file), bytes)
      // Streamed: a 100k-row alignment is too long a string to build whole.
      await writeAlignmentFile(join(tmp, ALIGNMENT_FILE), alignmentFileOf(built), fs)
      await writeDurable(fs, join(tmp, REVIEW_LOG_FILE), new Uint8Array())
      await writeDurable(fs, join(tmp, MANIFEST_FILE), manifestJson(id, built, now().toISOString()))
      await fs.syncDir(tmp)
      await fs.rename(tmp, dir)
      await fs.syncDir(articlesDir)
    } catch (error) {
      await fs.rm(tmp).catch(() => undefined)
      throw fsFailure(error, articlesDir, 'write')
    }
  }
  return { id, dir: `${ARTICLES_DIR}/${id}`, name: built.name, addedAt: now().toISOString() }
}

async function writeDurable(fs: FsPort, path: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'wx')
  try {
    await writeFully(handle, typeof data === 'string' ? new TextEncoder().encode(data) : data, 0)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function guard(path: string, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    throw fsFailure(error, path, 'write')
  }
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}
