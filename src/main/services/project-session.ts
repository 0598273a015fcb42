/**
 * An open project: its project.json, its lock, and its articles (opened on first use, each with its
 * log writer). There is one session per project folder per process (`ProjectRegistry`), so opening a
 * project that is already open reuses its writers instead of racing them; another process gets the
 * project read-only (project-lock.ts).
 */
import { realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import type { ArticleSummary, ProjectNotice, ProjectView } from '@shared/domain/project'
import type { ArticleEntry, ProjectFile } from '@shared/project/format'
import { MQM_CORE, type Typology } from '@shared/typology/profile'
import { openArticle, summarise, type OpenArticle } from './article-store'
import { fsFailure } from './fs-errors'
import { nodeFs, type FsPort } from './fs-port'
import { acquireProjectLock, holderText, type LockEnv, type ProjectLock } from './project-lock'
import { readProjectFile, writeProjectFile } from './project-files'
import { removeStaleTemporaries } from './temporaries'

export interface SessionEnv {
  readonly fs?: FsPort
  readonly now: () => Date
  readonly lock?: LockEnv
}

export class ProjectSession {
  private readonly articles = new Map<string, Promise<OpenArticle>>()

  constructor(
    readonly dir: string,
    private projectFile: ProjectFile,
    readonly lock: ProjectLock | null,
    readonly readOnly: CalqueError | null,
    readonly notices: readonly ProjectNotice[],
    private readonly env: Required<Pick<SessionEnv, 'now'>> & { readonly fs: FsPort }
  ) {}

  get file(): ProjectFile {
    return this.projectFile
  }

  get id(): string {
    return this.projectFile.id
  }

  get typology(): Typology {
    // Only MQM Core ships today; a project naming another falls back to it (settings say which).
    return MQM_CORE
  }

  entry(articleId: string): ArticleEntry {
    const entry = this.projectFile.articles.find((a) => a.id === articleId)
    if (!entry)
      throw new CalqueFailure({ code: 'project-not-open', detail: `no article ${articleId}` })
    return entry
  }

  /** The article, opened once; a failure is not cached, so fixing the files and retrying works. */
  article(articleId: string, fresh = false): Promise<OpenArticle> {
    const cached = this.articles.get(articleId)
    if (cached) return cached
    const opening = openArticle(this.dir, this.entry(articleId), {
      fs: this.env.fs,
      now: this.env.now,
      typology: this.typology,
      readOnly: this.readOnly,
      fresh,
      ...(this.lock ? { assertLock: () => this.lock!.assertHeld() } : {})
    })
    this.articles.set(articleId, opening)
    opening.catch(() => this.articles.delete(articleId))
    return opening
  }

  /** Forgets an article's open state (after its files were rewritten, e.g. another encoding). */
  async reload(articleId: string): Promise<OpenArticle> {
    const old = this.articles.get(articleId)
    if (old) await (await old.catch(() => null))?.log.writer?.flushed()
    this.articles.delete(articleId)
    return this.article(articleId)
  }

  async updateFile(change: (file: ProjectFile) => ProjectFile): Promise<ProjectFile> {
    if (this.readOnly)
      throw new CalqueFailure({
        code: 'project-read-only',
        path: this.dir,
        detail: this.readOnly.code
      })
    const next = change(this.projectFile)
    await writeProjectFile(this.env.fs, this.dir, next)
    this.projectFile = next
    return next
  }

  async view(): Promise<ProjectView> {
    const articles = await Promise.all(
      this.projectFile.articles.map(async (entry): Promise<ArticleSummary> => {
        try {
          return summarise(await this.article(entry.id))
        } catch (error) {
          const failure =
            error instanceof CalqueFailure ? error.error : fsFailure(error, this.dir, 'read').error
          return {
            id: entry.id,
            name: entry.name,
            sourceFile: '',
            targetFile: '',
            pairing: 'aligned',
            rows: 0,
            reviewedRows: 0,
            editedRows: 0,
            flags: 0,
            openFlags: 0,
            sourceWords: 0,
            error: failure
          }
        }
      })
    )
    return {
      id: this.projectFile.id,
      name: this.projectFile.name,
      dir: this.dir,
      readOnly: this.readOnly,
      settings: this.projectFile.settings,
      articles,
      notices: this.notices
    }
  }

  /** Waits for every pending append, then lets the project go. */
  async close(): Promise<void> {
    for (const opening of this.articles.values()) {
      const article = await opening.catch(() => null)
      await article?.log.writer?.flushed()
    }
    await this.lock?.release()
  }
}

/** Opens a project folder: lock, migration of a first-format folder, clean-up of interrupted work. */
export async function openProjectSession(dir: string, env: SessionEnv): Promise<ProjectSession> {
  const fs = env.fs ?? nodeFs
  const { file, legacy } = await readProjectFile(fs, dir).catch((error: unknown) => {
    if (error instanceof CalqueFailure && error.error.code === 'project-newer-version') throw error
    throw error instanceof CalqueFailure ? error : fsFailure(error, dir, 'read')
  })
  const notices: ProjectNotice[] = []
  let readOnly: CalqueError | null = null
  let lock: ProjectLock | null = null
  try {
    const attempt = await acquireProjectLock(dir, { ...env.lock, fs })
    if (attempt.ok) lock = attempt.lock
    else {
      readOnly = {
        code: 'project-locked',
        path: dir,
        detail: attempt.holder ? holderText(attempt.holder) : 'an unreadable lock file'
      }
    }
  } catch (error) {
    const failure = fsFailure(error, dir, 'write')
    if (failure.error.code !== 'folder-read-only') throw failure
    readOnly = failure.error
  }
  if (legacy && !readOnly) {
    await writeProjectFile(fs, dir, file)
    notices.push({ kind: 'migrated', from: 1, to: file.formatVersion })
  }
  if (!readOnly) await removeStaleTemporaries(fs, join(dir, 'articles'), env.now())
  return new ProjectSession(dir, file, lock, readOnly, notices, { fs, now: env.now })
}

/** Every open project of this process, by real folder path: one session (and writer) per project. */
export class ProjectRegistry {
  private readonly sessions = new Map<string, Promise<ProjectSession>>()

  constructor(private readonly env: SessionEnv) {}

  async open(dir: string): Promise<ProjectSession> {
    const key = await realpath(dir).catch((error: unknown) => {
      throw fsFailure(error, dir, 'read')
    })
    const cached = this.sessions.get(key)
    if (cached) return cached
    const opening = openProjectSession(key, this.env)
    this.sessions.set(key, opening)
    opening.catch(() => this.sessions.delete(key))
    return opening
  }

  async byId(projectId: string): Promise<ProjectSession | undefined> {
    for (const opening of this.sessions.values()) {
      const session = await opening.catch(() => null)
      if (session?.id === projectId) return session
    }
    return undefined
  }

  async closeAll(): Promise<void> {
    const all = [...this.sessions.values()]
    this.sessions.clear()
    for (const opening of all) await (await opening.catch(() => null))?.close()
  }
}
