/**
 * The main process's logic behind the contract's handlers, with no `electron` import: the Electron
 * wiring (index.ts, menu.ts, ipc/) and the end-to-end harness both build one and call its handlers.
 * Dialogs, the user-data folder, the clock and the file system come in as parameters.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import type { ProjectNotice } from '@shared/domain/project'
import type { Handlers, ImportProgress, OpenedProject, Settings } from '@shared/ipc/contract'
import { pairFiles } from '@shared/project/pair-files'
import type { ReviewEvent } from '@shared/review/events'
import { articleView } from './services/article-store'
import {
  buildBilingualArticle,
  buildPairArticle,
  type BuiltArticle
} from './services/article-build'
import { fsFailure } from './services/fs-errors'
import { nodeFs, type FsPort } from './services/fs-port'
import { prepareExport } from './services/export/export-session'
import { writeExportFile } from './services/export/write-export'
import { importReviewedFile } from './services/import-reviewed'
import { readMqmEvaluation } from './services/reports/mqm-evaluation'
import { reportBytes } from './services/reports/save-report'
import { listUserProfiles, saveUserProfile } from './services/scoring/user-profiles'
import { EXPORT_FORMAT_INFO } from '@shared/export/formats'
import { BUILTIN_SCORING_PROFILES } from '@shared/scoring/builtin-profiles'
import { PlacesStore } from './services/places'
import { addArticle, ensurePairProject, reencodeArticle } from './services/project-create'
import { ProjectRegistry, type ProjectSession } from './services/project-session'
import { RecentProjects } from './services/recent-projects'
import type { WorkerEntry } from './services/import-job'
import { ImportJobs } from './services/import-jobs'
import { createArticleChecker } from './services/qa/check-article'
import { CheckWorker } from './services/qa/check-worker'
import { loadUserRules } from './services/segmentation-rules'
import { SettingsStore } from './services/settings'
import { removeStaleTemporaries } from './services/temporaries'
import { consoleLogger, guarded, type ErrorLogger } from './to-user-error'

export const SAMPLE_NAME = 'belarus-usa-ambassadors'

export interface PairChoice {
  readonly source: string
  readonly target: string
}

export interface BackendDeps {
  /** Electron's `app.getPath('userData')`, or a temporary folder in tests. */
  readonly userDataDir: string
  /** Folder holding `belarus-usa-ambassadors/{ru,en}.txt`. */
  readonly samplesDir: string
  /** Asks the user for the source and then the target file; `null` if cancelled. */
  readonly choosePair: () => Promise<PairChoice | null>
  /** Asks the user for one bilingual file (XLIFF, TMX, CSV/TSV); `null` if cancelled. */
  readonly chooseBilingualFile: () => Promise<string | null>
  /** Asks the user for the folder new projects go into; `null` if cancelled. */
  readonly chooseDirectory: () => Promise<string | null>
  /** Asks the user for a project folder to open; `null` if cancelled. */
  readonly chooseProjectFolder?: () => Promise<string | null>
  /** Asks the user for a folder of article pairs to add; `null` if cancelled. */
  readonly chooseFolderOfPairs?: () => Promise<string | null>
  /** Asks where to save a file (an export, a report); `null` if cancelled. */
  readonly chooseSavePath?: (request: SaveRequest) => Promise<string | null>
  /** Asks for a reviewed bilingual file to import (Calque JSON, XLIFF, TMX); `null` if cancelled. */
  readonly chooseReviewedFile?: () => Promise<string | null>
  /** Asks for an MQM evaluation (Google MQM TSV); `null` if cancelled. */
  readonly chooseMqmFile?: () => Promise<string | null>
  /** OS locale (`app.getLocale()`), used until the user picks a language. */
  readonly systemLocale: string
  /** Recorded as the author of review events unless the project names a reviewer. */
  readonly author: string
  readonly now?: () => Date
  readonly fs?: FsPort
  /** Written into exports that record their tool. */
  readonly appVersion?: string
  readonly logError?: ErrorLogger
  /** Progress of a running import, for the window (`importProgress` events). */
  readonly onImportProgress?: (progress: ImportProgress) => void
  /**
   * Read, segment and align in a worker thread (default): the window stays responsive, the user can
   * cancel, a hostile file exhausts only the worker. `false` runs them in this thread (tests).
   */
  readonly importInWorker?: boolean
  /**
   * Run the automatic checks in a worker thread (the import worker's file, `checks` role), so that a
   * long article's checks never hold up a save. Default: as `importInWorker`.
   */
  readonly checksInWorker?: boolean
  /** The import worker's code (the UI benchmark points at the built one); found by itself otherwise. */
  readonly importWorker?: WorkerEntry
}

export interface SaveRequest {
  /** What is saved, for the dialog's title. */
  readonly kind: 'export' | 'report'
  readonly defaultName: string
  readonly extension: string
}

export interface Backend {
  readonly handlers: Handlers
  /** Waits for pending saves and releases every project lock (on quit). */
  close(): Promise<void>
}

export function createBackend(deps: BackendDeps): Backend {
  const now = deps.now ?? (() => new Date())
  const fs = deps.fs ?? nodeFs
  const log = deps.logError ?? consoleLogger
  const settings = new SettingsStore(deps.userDataDir, deps.systemLocale)
  const recent = new RecentProjects(deps.userDataDir)
  const places = new PlacesStore(deps.userDataDir)
  const registry = new ProjectRegistry({ fs, now })
  const imports = new ImportJobs({
    inWorker: deps.importInWorker ?? true,
    ...(deps.importWorker ? { worker: deps.importWorker } : {}),
    ...(deps.onImportProgress ? { onProgress: deps.onImportProgress } : {})
  })
  // The checks run in a worker in the app; in this thread for tests that ask.
  const checksInWorker = deps.checksInWorker ?? deps.importInWorker ?? true
  const checkWorker = checksInWorker ? new CheckWorker(deps.importWorker) : null
  const checker = createArticleChecker(
    checkWorker ? { run: (request) => checkWorker.run(request) } : {}
  )
  let current: ProjectSession | null = null
  const loaded = settings.load().then(async (s) => {
    // Whatever a killed project creation left in the projects folder goes now.
    await removeStaleTemporaries(fs, s.projectsRoot, now())
    return s
  })

  const guard = <T>(context: string, work: () => Promise<T>) => guarded(context, work, log)

  async function projectsRoot(): Promise<string> {
    await loaded
    return settings.current().projectsRoot
  }

  async function activate(
    session: ProjectSession,
    extra: ProjectNotice[] = []
  ): Promise<OpenedProject> {
    current = session
    await recent.remember({
      id: session.id,
      name: session.file.name,
      dir: session.dir,
      openedAt: now().toISOString()
    })
    return opened(session, extra)
  }

  /** The open project as the window shows it (asking again writes nothing: it is already recent). */
  async function opened(
    session: ProjectSession,
    extra: ProjectNotice[] = []
  ): Promise<OpenedProject> {
    const view = await session.view()
    return {
      project: extra.length > 0 ? { ...view, notices: [...view.notices, ...extra] } : view,
      place: await places.get(session.id)
    }
  }

  async function openBuilt(build: () => Promise<BuiltArticle>): Promise<OpenedProject> {
    try {
      const built = await build()
      imports.writing(built.sides.target.originalPath)
      const dir = await ensurePairProject(await projectsRoot(), built, now, fs)
      return await activate(await registry.open(dir))
    } finally {
      imports.done()
    }
  }

  async function session(projectId: string): Promise<ProjectSession> {
    const found = await registry.byId(projectId)
    if (!found) throw new CalqueFailure({ code: 'project-not-open', detail: projectId })
    return found
  }

  async function pairBuilder(source: string, target: string): Promise<() => Promise<BuiltArticle>> {
    const userRules = await loadUserRules(deps.userDataDir)
    return () =>
      buildPairArticle({ sourcePath: source, targetPath: target, userRules, run: imports.run })
  }

  async function reviewerOf(project: ProjectSession): Promise<string> {
    return project.file.settings.reviewer ?? deps.author
  }

  const handlers: Handlers = {
    openSample: () =>
      guard('openSample', async () =>
        openBuilt(
          await pairBuilder(
            join(deps.samplesDir, SAMPLE_NAME, 'ru.txt'),
            join(deps.samplesDir, SAMPLE_NAME, 'en.txt')
          )
        )
      ),
    openPair: () =>
      guard('openPair', async () => {
        const choice = await deps.choosePair()
        return choice ? openBuilt(await pairBuilder(choice.source, choice.target)) : null
      }),
    openBilingual: () =>
      guard('openBilingual', async () => {
        const path = await deps.chooseBilingualFile()
        return path === null
          ? null
          : openBuilt(() => buildBilingualArticle(path, { run: imports.run }))
      }),
    openProjectFolder: () =>
      guard('openProjectFolder', async () => {
        const dir = await deps.chooseProjectFolder?.()
        return dir ? activate(await registry.open(dir)) : null
      }),
    openRecent: ({ projectId }) =>
      guard('openRecent', async () => {
        const entry = await recent.find(projectId)
        if (!entry) throw new CalqueFailure({ code: 'project-not-open', detail: projectId })
        return activate(await registry.open(entry.dir))
      }),
    listRecent: () => recent.list(),
    // Views are rebuilt from the live logs, so a renderer reload sees every saved change.
    currentProject: async () => (current ? opened(current) : null),
    openArticle: ({ projectId, articleId }) =>
      guard('openArticle', async () => {
        const project = await session(projectId)
        const article = await project.article(articleId)
        return articleView(project.id, article, project.typology, project.readOnly)
      }),
    addArticlePair: ({ projectId }) =>
      guard('addArticlePair', async () => {
        const project = await session(projectId)
        const choice = await deps.choosePair()
        if (!choice) return null
        const build = await pairBuilder(choice.source, choice.target)
        try {
          await addArticle(project, await build(), now, fs)
        } finally {
          imports.done()
        }
        return activate(project)
      }),
    addArticleFolder: ({ projectId }) =>
      guard('addArticleFolder', async () => {
        const project = await session(projectId)
        const folder = await deps.chooseFolderOfPairs?.()
        if (!folder) return null
        try {
          return await activate(project, await addFolder(project, folder))
        } finally {
          imports.done()
        }
      }),
    appendReview: ({ projectId, articleId, event }) =>
      guard('appendReview', async () => {
        const project = await session(projectId)
        const article = await project.article(articleId)
        const writer = article.log.writer
        if (!writer) throw readOnlyFailure(project.dir, article.log.readOnly ?? project.readOnly)
        const at = now()
        const author = await reviewerOf(project)
        // The log checks the event against the article's current rows in its write queue.
        const record = await writer.append(stampAuthor(event, author, at), author, at)
        return { seq: record.seq, savedAt: record.at, author: record.author }
      }),
    reopenWithEncoding: ({ projectId, articleId, side, encoding }) =>
      guard('reopenWithEncoding', async () => {
        const project = await session(projectId)
        await reencodeArticle(
          project,
          articleId,
          side,
          encoding,
          await loadUserRules(deps.userDataDir),
          fs,
          imports.run
        ).finally(() => imports.done())
        return articleView(
          project.id,
          await project.article(articleId),
          project.typology,
          project.readOnly
        )
      }),
    updateProjectSettings: ({ projectId, settings: changes }) =>
      guard('updateProjectSettings', async () => {
        const project = await session(projectId)
        await project.updateFile((file) => ({
          ...file,
          settings: { ...file.settings, ...changes }
        }))
        return project.view()
      }),
    rememberPlace: async ({ projectId, articleId, row }) => {
      await places
        .remember(projectId, { articleId, row }, now())
        .catch((error: unknown) => log('rememberPlace', error))
    },
    cancelImport: async () => imports.cancelAll(),
    exportArticles: ({ projectId, articleIds, format, ...options }) =>
      guard('exportArticles', async () => {
        const project = await session(projectId)
        const { language } = (await loaded, settings.current())
        const prepared = await prepareExport(project, articleIds, format, {
          language,
          toolVersion: deps.appVersion ?? '',
          ...(options.trackChanges !== undefined ? { trackChanges: options.trackChanges } : {}),
          ...(options.table ? { table: options.table } : {}),
          ...(options.xliff12Profile ? { xliff12Profile: options.xliff12Profile } : {})
        })
        const path = await deps.chooseSavePath?.({
          kind: 'export',
          defaultName: prepared.defaultName,
          extension: EXPORT_FORMAT_INFO[format].extension
        })
        if (!path) return null
        await writeExportFile(path, prepared.data)
        return { path }
      }),
    importReviewedFile: ({ projectId }) =>
      guard('importReviewedFile', async () => {
        const project = await session(projectId)
        const path = await deps.chooseReviewedFile?.()
        if (!path) return null
        return activate(
          project,
          await importReviewedFile(project, path, await reviewerOf(project), now, fs)
        )
      }),
    saveReport: ({ format, content, suggestedName }) =>
      guard('saveReport', async () => {
        const { language } = (await loaded, settings.current())
        const data = await reportBytes(format, content, language)
        const path = await deps.chooseSavePath?.({
          kind: 'report',
          defaultName: `${suggestedName}.${format}`,
          extension: format
        })
        if (!path) return null
        await writeExportFile(path, data)
        return { path }
      }),
    importMqmEvaluation: () =>
      guard('importMqmEvaluation', async () => {
        const path = await deps.chooseMqmFile?.()
        if (!path) return null
        return readMqmEvaluation(path)
      }),
    listScoringProfiles: async () => ({
      builtin: BUILTIN_SCORING_PROFILES,
      user: await listUserProfiles(deps.userDataDir)
    }),
    saveScoringProfile: ({ profile }) =>
      guard('saveScoringProfile', () => saveUserProfile(deps.userDataDir, profile)),
    checkArticle: ({ projectId, articleId }) =>
      guard('checkArticle', async () => {
        const project = await session(projectId)
        return checker.check(
          { dir: project.dir, settings: project.file.settings },
          await project.article(articleId)
        )
      }),
    getSettings: async () => (await loaded, settings.current()),
    setLanguage: async ({ language }) => (await loaded, settings.setLanguage(language)),
    chooseProjectsRoot: () =>
      guard('chooseProjectsRoot', async (): Promise<Settings | null> => {
        await loaded
        const dir = await deps.chooseDirectory()
        return dir ? settings.setProjectsRoot(dir) : null
      })
  }

  /** Adds every pair found in a folder; pairs that fail are reported, the others still added. */
  async function addFolder(project: ProjectSession, folder: string): Promise<ProjectNotice[]> {
    const files = await listTwoLevels(folder)
    const { pairs, unmatched } = pairFiles(files)
    const failed: { file: string; error: CalqueError }[] = []
    for (const [k, pair] of pairs.entries()) {
      try {
        const build = await pairBuilder(join(folder, pair.source), join(folder, pair.target))
        await addArticle(project, await build(), now, fs)
      } catch (error) {
        if (!(error instanceof CalqueFailure)) throw error
        if (error.error.code === 'import-cancelled') {
          // Cancelled: the articles added so far stay; this one and the rest are listed as not added.
          for (const rest of pairs.slice(k)) failed.push({ file: rest.target, error: error.error })
          break
        }
        failed.push({ file: pair.target, error: error.error })
      }
    }
    const notices: ProjectNotice[] = []
    if (pairs.length === 0)
      throw new CalqueFailure({ code: 'file-missing', path: folder, detail: 'no pairs' })
    if (failed.length > 0) notices.push({ kind: 'articles-not-added', items: failed })
    if (unmatched.length > 0) notices.push({ kind: 'files-without-pair', files: unmatched })
    return notices
  }

  return {
    handlers,
    close: async () => {
      await imports.close()
      await checkWorker?.close()
      await registry.closeAll()
    }
  }
}

/** Main fills in who and when; the renderer cannot claim to be someone else. */
function stampAuthor(event: ReviewEvent, author: string, at: Date): ReviewEvent {
  if (event.type !== 'flag.add') return event
  const iso = at.toISOString()
  return { ...event, flag: { ...event.flag, author, createdAt: iso, updatedAt: iso } }
}

function readOnlyFailure(path: string, reason: CalqueError | null): CalqueFailure {
  return new CalqueFailure({
    code: 'project-read-only',
    path,
    ...(reason ? { detail: reason.code } : {})
  })
}

/** `a.ru.txt`, and `ru/a.txt` / `en/a.txt`: the folder and its ru/ and en/ subfolders. */
async function listTwoLevels(folder: string): Promise<string[]> {
  try {
    return await listFiles(folder)
  } catch (error) {
    throw fsFailure(error, folder, 'read')
  }
}

async function listFiles(folder: string): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isFile()) files.push(entry.name)
    else if (entry.isDirectory() && (entry.name === 'ru' || entry.name === 'en')) {
      for (const inner of await readdir(join(folder, entry.name), { withFileTypes: true })) {
        if (inner.isFile()) files.push(`${entry.name}/${inner.name}`)
      }
    }
  }
  return files
}
