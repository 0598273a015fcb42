/**
 * In-memory `Handlers` for wiring tests: the contract's shape, the sample article's real text, and a
 * record of every call. Wiring is what is under test here; the real backend has its own tests.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Language, Segment } from '@shared/domain/document'
import type { ArticleView, ProjectView, RecentProject, SideView } from '@shared/domain/project'
import type { Handlers, InvokeMethod, OpenedProject, Settings } from '@shared/ipc/contract'
import { ok } from '@shared/domain/errors'
import { DEFAULT_PROJECT_SETTINGS } from '@shared/project/format'
import { MQM_CORE } from '@shared/typology/profile'

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

export function sampleArticleView(): ArticleView {
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
    projectId: 'belarus-usa-ambassadors',
    id: 'belarus-usa-ambassadors',
    name: 'USA and Belarus ready to restore relations at the level of ambassadors',
    source,
    target,
    pairing: 'aligned',
    beads,
    records: [],
    notices: [],
    readOnly: null,
    typology: MQM_CORE
  }
}

export function sampleProjectView(): OpenedProject {
  const article = sampleArticleView()
  const project: ProjectView = {
    id: article.projectId,
    name: article.name,
    dir: '/projects/belarus-usa-ambassadors',
    readOnly: null,
    settings: DEFAULT_PROJECT_SETTINGS,
    articles: [
      {
        id: article.id,
        name: article.name,
        sourceFile: 'ru.txt',
        targetFile: 'en.txt',
        pairing: 'aligned',
        rows: article.beads.length,
        reviewedRows: 0,
        editedRows: 0,
        flags: 0,
        openFlags: 0,
        sourceWords: 0
      }
    ],
    notices: []
  }
  return { project, place: null }
}

export function createFakeHandlers(project: OpenedProject = sampleProjectView()) {
  const article = sampleArticleView()
  const calls: { method: InvokeMethod; request: unknown }[] = []
  const state = {
    current: null as OpenedProject | null,
    settings: { language: 'en', projectsRoot: '/home/reviewer/Calque' } as Settings,
    recent: [] as RecentProject[],
    /** What `openPair` answers: a cancelled dialog by default. */
    pairChoice: null as OpenedProject | null
  }
  const record = (method: InvokeMethod, request: unknown) => calls.push({ method, request })
  const opened = (view: OpenedProject) => {
    state.current = view
    const p = view.project
    state.recent = [
      { id: p.id, name: p.name, dir: p.dir, openedAt: '2020-09-18T09:00:00.000Z' },
      ...state.recent.filter((r) => r.id !== p.id)
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
    openProjectFolder: async (request) => (record('openProjectFolder', request), ok(null)),
    openArticle: async (request) => (record('openArticle', request), ok(article)),
    addArticlePair: async (request) => (record('addArticlePair', request), ok(null)),
    addArticleFolder: async (request) => (record('addArticleFolder', request), ok(null)),
    reopenWithEncoding: async (request) => (record('reopenWithEncoding', request), ok(article)),
    updateProjectSettings: async (request) => (
      record('updateProjectSettings', request),
      ok(project.project)
    ),
    rememberPlace: async (request) => void record('rememberPlace', request),
    cancelImport: async (request) => void record('cancelImport', request),
    openRecent: async (request) => {
      record('openRecent', request)
      if (request.projectId !== project.project.id) {
        return { ok: false, error: { code: 'project-not-open', detail: request.projectId } }
      }
      return ok(opened(project))
    },
    listRecent: async (request) => (record('listRecent', request), state.recent),
    currentProject: async (request) => (record('currentProject', request), state.current),
    appendReview: async (request) => (
      record('appendReview', request),
      ok({ seq: 0, savedAt: '2020-09-18T09:00:00.000Z', author: 'anna' })
    ),
    getSettings: async (request) => (record('getSettings', request), state.settings),
    setLanguage: async (request) => {
      record('setLanguage', request)
      state.settings = { ...state.settings, language: request.language }
      return state.settings
    },
    chooseProjectsRoot: async (request) => (record('chooseProjectsRoot', request), ok(null)),
    exportArticles: async (request) => (record('exportArticles', request), ok(null)),
    importReviewedFile: async (request) => (record('importReviewedFile', request), ok(null)),
    saveReport: async (request) => (record('saveReport', request), ok(null)),
    importMqmEvaluation: async (request) => (record('importMqmEvaluation', request), ok(null)),
    listScoringProfiles: async (request) => (
      record('listScoringProfiles', request),
      { builtin: [], user: [] }
    ),
    saveScoringProfile: async (request) => (
      record('saveScoringProfile', request),
      { ok: false, error: { code: 'invalid-request', detail: 'not a profile' } }
    ),
    checkArticle: async (request) => (
      record('checkArticle', request),
      ok({ findings: [], ran: [], glossary: { status: 'none' }, spellingError: null })
    )
  }

  return {
    handlers,
    calls,
    state,
    project,
    article,
    methodsCalled: () => calls.map((c) => c.method)
  }
}
