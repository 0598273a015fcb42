/**
 * The real backend: settings, recent projects, the open projects and their review logs, behind the
 * contract's handlers. Every handler turns a `CalqueFailure` into a `Result` so the UI can say exactly
 * what went wrong; nothing here imports electron.
 */
import { join } from 'node:path'
import type { ProjectView, Settings } from '@shared/ipc/contract'
import { CalqueFailure, fail, ok, type Result } from '@shared/ipc/errors'
import type { ReviewEvent } from '@shared/review/events'
import type { Backend, BackendDeps } from './backend'
import {
  openOrCreateBilingualProject,
  openOrCreatePairProject,
  reencodeProject
} from './services/project-create'
import { openProject, type OpenProject } from './services/project-store'
import { RecentProjects } from './services/recent-projects'
import { loadUserSegmenters } from './services/segmentation-rules'
import { SettingsStore } from './services/settings'

export const SAMPLE_NAME = 'belarus-usa-ambassadors'

export function createBackend(deps: BackendDeps): Backend {
  const now = deps.now ?? (() => new Date())
  const settings = new SettingsStore(deps.userDataDir, deps.systemLocale)
  const recent = new RecentProjects(deps.userDataDir)
  const open = new Map<string, OpenProject>()
  let current: OpenProject | null = null
  const loaded = settings.load()

  async function activate(project: OpenProject): Promise<ProjectView> {
    open.set(project.manifest.id, project)
    current = project
    await recent.remember({
      id: project.manifest.id,
      name: project.manifest.name,
      dir: project.dir,
      openedAt: now().toISOString()
    })
    return project.view
  }

  async function openPairAt(sourcePath: string, targetPath: string): Promise<ProjectView> {
    const { projectsRoot } = (await loaded, settings.current())
    const segmenters = await loadUserSegmenters(deps.userDataDir)
    return activate(
      await openOrCreatePairProject(projectsRoot, sourcePath, targetPath, now, segmenters)
    )
  }

  const handlers: Backend['handlers'] = {
    openSample: () =>
      guard(() =>
        openPairAt(
          join(deps.samplesDir, SAMPLE_NAME, 'ru.txt'),
          join(deps.samplesDir, SAMPLE_NAME, 'en.txt')
        )
      ),
    openPair: () =>
      guard(async () => {
        const choice = await deps.choosePair()
        return choice ? openPairAt(choice.source, choice.target) : null
      }),
    openBilingual: () =>
      guard(async () => {
        const path = await deps.chooseBilingualFile()
        if (path === null) return null
        const { projectsRoot } = (await loaded, settings.current())
        return activate(await openOrCreateBilingualProject(projectsRoot, path, now))
      }),
    reopenWithEncoding: ({ projectId, side, encoding }) =>
      guard(async () => {
        const project = open.get(projectId)
        if (!project) throw new CalqueFailure({ code: 'project-not-open', detail: projectId })
        const segmenters = await loadUserSegmenters(deps.userDataDir)
        return activate(await reencodeProject(project, side, encoding, now, segmenters))
      }),
    openRecent: ({ projectId }) =>
      guard(async () => {
        const entry = await recent.find(projectId)
        if (!entry) throw new CalqueFailure({ code: 'project-not-open', detail: projectId })
        return activate(await openProject(entry.dir, now))
      }),
    listRecent: () => recent.list(),
    // The view is rebuilt from the log state, so a renderer reload sees every saved change.
    currentProject: async () => (current ? reopen(current) : null),
    appendReview: ({ projectId, event }) =>
      guard(async () => {
        const project = open.get(projectId)
        if (!project) throw new CalqueFailure({ code: 'project-not-open', detail: projectId })
        const at = now()
        const stamped = stampAuthor(event, deps.author, at)
        // The log checks the event against the project's current rows in its write queue.
        const record = await project.log.append(stamped, deps.author, at)
        return { seq: record.seq, savedAt: record.at }
      }),
    getSettings: async () => (await loaded, settings.current()),
    setLanguage: async ({ language }) => (await loaded, settings.setLanguage(language)),
    chooseProjectsRoot: () =>
      guard(async (): Promise<Settings | null> => {
        await loaded
        const dir = await deps.chooseDirectory()
        return dir ? settings.setProjectsRoot(dir) : null
      })
  }

  async function reopen(project: OpenProject): Promise<ProjectView> {
    const fresh = await openProject(project.dir, now)
    open.set(fresh.manifest.id, fresh)
    current = fresh
    return fresh.view
  }

  return { handlers }
}

/** Main fills in who and when; the renderer cannot claim to be someone else. */
function stampAuthor(event: ReviewEvent, author: string, at: Date): ReviewEvent {
  if (event.type !== 'flag.add') return event
  const iso = at.toISOString()
  return { ...event, flag: { ...event.flag, author, createdAt: iso, updatedAt: iso } }
}

async function guard<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work())
  } catch (error) {
    if (error instanceof CalqueFailure) return fail(error.error)
    return fail({
      code: 'internal',
      detail: error instanceof Error ? error.message : String(error)
    })
  }
}
