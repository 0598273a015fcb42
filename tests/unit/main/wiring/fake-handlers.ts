/**
 * In-memory `Handlers` for wiring tests: the contract's shape, the sample article's real text, and a
 * record of every call. Wiring is what is under test here; the real backend has its own tests.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Language, Segment } from '@shared/domain/document'
import type {
  Handlers,
  InvokeMethod,
  ProjectView,
  RecentProject,
  Settings,
  SideView
} from '@shared/ipc/contract'
import { ok } from '@shared/ipc/errors'
import { initialReviewState } from '@shared/review/replay'

export const SAMPLE_DIR = join(__dirname, '../../../../resources/samples/belarus-usa-ambassadors')

/** One segment per non-empty line: enough structure for a payload, from the real article. */
function sideView(language: Language, fileName: string): SideView {
  const path = join(SAMPLE_DIR, fileName)
  const text = readFileSync(path, 'utf8')
  const segments: Segment[] = []
  let offset = 0
  let paragraph = 0
  for (const line of text.split('\n')) {
    if (line.trim() !== '')
      segments.push({
        text: line,
        start: offset,
        end: offset + line.length,
        paragraph: paragraph++
      })
    offset += line.length + 1
  }
  return {
    originalPath: path,
    fileName,
    language,
    format: 'txt',
    encoding: { name: 'utf-8', source: 'detected', confidence: 1 },
    segments,
    warnings: []
  }
}

export function sampleProjectView(): ProjectView {
  const source = sideView('ru', 'ru.txt')
  const target = sideView('en', 'en.txt')
  const rows = Math.min(source.segments.length, target.segments.length)
  const beads = Array.from({ length: rows }, (_, i) => ({
    id: `b${i}`,
    source: [i],
    target: [i],
    confidence: 1,
    origin: 'auto' as const
  }))
  return {
    id: 'belarus-usa-ambassadors',
    name: 'USA and Belarus ready to restore relations at the level of ambassadors',
    dir: '/projects/belarus-usa-ambassadors',
    source,
    target,
    pairing: 'aligned',
    beads,
    review: initialReviewState(beads),
    notices: []
  }
}

export function createFakeHandlers(project: ProjectView = sampleProjectView()) {
  const calls: { method: InvokeMethod; request: unknown }[] = []
  const state = {
    current: null as ProjectView | null,
    settings: { language: 'en', projectsRoot: '/home/reviewer/Calque' } as Settings,
    recent: [] as RecentProject[],
    /** What `openPair` answers: a cancelled dialog by default. */
    pairChoice: null as ProjectView | null
  }
  const record = (method: InvokeMethod, request: unknown) => calls.push({ method, request })
  const opened = (view: ProjectView) => {
    state.current = view
    state.recent = [
      { id: view.id, name: view.name, dir: view.dir, openedAt: '2020-09-18T09:00:00.000Z' },
      ...state.recent.filter((r) => r.id !== view.id)
    ]
    return view
  }

  const handlers: Handlers = {
    openSample: async (request) => (record('openSample', request), ok(opened(project))),
    openPair: async (request) => {
      record('openPair', request)
      return ok(state.pairChoice === null ? null : opened(state.pairChoice))
    },
    openBilingual: async (request) => (record('openBilingual', request), ok(null)),
    reopenWithEncoding: async (request) => (
      record('reopenWithEncoding', request),
      ok(opened(project))
    ),
    openRecent: async (request) => {
      record('openRecent', request)
      if (request.projectId !== project.id) {
        return { ok: false, error: { code: 'project-not-open', detail: request.projectId } }
      }
      return ok(opened(project))
    },
    listRecent: async (request) => (record('listRecent', request), state.recent),
    currentProject: async (request) => (record('currentProject', request), state.current),
    appendReview: async (request) => (
      record('appendReview', request),
      ok({ seq: 0, savedAt: '2020-09-18T09:00:00.000Z' })
    ),
    getSettings: async (request) => (record('getSettings', request), state.settings),
    setLanguage: async (request) => {
      record('setLanguage', request)
      state.settings = { ...state.settings, language: request.language }
      return state.settings
    },
    chooseProjectsRoot: async (request) => (record('chooseProjectsRoot', request), ok(null))
  }

  return { handlers, calls, state, project, methodsCalled: () => calls.map((c) => c.method) }
}
