/**
 * A fake `CalqueApi`: every method is a `vi.fn` with a sensible default (nothing open, saves succeed
 * with a stamp like main's, articles served from `articles`, project settings kept and returned,
 * automatic checks computed by the real `runChecks` over the article's rows as main would have them
 * — its log replayed with every append acknowledged since), overridable per test, plus `emit` to play
 * main pushing an event.
 */
import { vi, type Mock } from 'vitest'
import type { ArticleView } from '@shared/domain/project'
import type {
  CalqueApi,
  EventName,
  EventPayloads,
  InvokeMethod,
  OpenedProject
} from '@shared/ipc/contract'
import { fail, ok } from '@shared/domain/errors'
import { CHECK_IDS, runChecks } from '@shared/qa'
import { replay } from '@shared/review/apply'
import { REVIEW_LOG_FORMAT_VERSION, type LogRecord } from '@shared/review/events'
import { reviewedRows } from '@shared/review/reviewed-article'

type Methods = { [M in InvokeMethod]: Mock<CalqueApi[M]> }

export type FakeApi = CalqueApi &
  Methods & {
    /** What the default `openArticle` serves, by article id. */
    readonly articles: Map<string, ArticleView>
    /** The open project as main has it (set by `serve`; `updateProjectSettings` changes it). */
    opened: OpenedProject | null
    emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
  }

/** Who main stamps on every acknowledged append. */
export const REVIEWER = 'anna'

export function fakeApi(overrides: Partial<{ [M in InvokeMethod]: CalqueApi[M] }> = {}): FakeApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const articles = new Map<string, ArticleView>()
  // Main numbers appends after the records already in the article's log.
  const nextSeq = new Map<string, number>()
  const settings = { language: 'en' as const, projectsRoot: '/home/reviewer/Calque' }
  const main = { opened: null as OpenedProject | null }
  const defaults: { [M in InvokeMethod]: CalqueApi[M] } = {
    openSample: async () => fail({ code: 'internal', detail: 'no sample in this test' }),
    openPair: async () => ok(null),
    openBilingual: async () => ok(null),
    openProjectFolder: async () => ok(null),
    openRecent: async () => fail({ code: 'internal', detail: 'no recent project in this test' }),
    listRecent: async () => [],
    currentProject: async () => null,
    openArticle: async ({ articleId }) => {
      const article = articles.get(articleId)
      return article ? ok(article) : fail({ code: 'internal', detail: `no article ${articleId}` })
    },
    addArticlePair: async () => ok(null),
    addArticleFolder: async () => ok(null),
    appendReview: async ({ articleId }) => {
      const seq =
        nextSeq.get(articleId) ??
        articles.get(articleId)?.records.reduce((n, r) => Math.max(n, r.seq + 1), 0) ??
        0
      nextSeq.set(articleId, seq + 1)
      return ok({ seq, savedAt: new Date().toISOString(), author: REVIEWER })
    },
    reopenWithEncoding: async () => fail({ code: 'internal', detail: 'no reopen in this test' }),
    updateProjectSettings: async ({ projectId, settings: changes }) => {
      const opened = main.opened
      if (!opened || opened.project.id !== projectId)
        return fail({ code: 'project-not-open', detail: projectId })
      const project = { ...opened.project, settings: { ...opened.project.settings, ...changes } }
      main.opened = { ...opened, project }
      return ok(project)
    },
    rememberPlace: async () => undefined,
    cancelImport: async () => undefined,
    getSettings: async () => settings,
    setLanguage: async ({ language }) => ({ ...settings, language }),
    chooseProjectsRoot: async () => ok(null),
    exportArticles: async () => ok(null),
    importReviewedFile: async () => ok(null),
    saveReport: async () => ok(null),
    importMqmEvaluation: async () => ok(null),
    listScoringProfiles: async () => ({ builtin: [], user: [] }),
    saveScoringProfile: async () => fail({ code: 'internal', detail: 'not in this test' }),
    checkArticle: async ({ articleId }) => {
      const article = articles.get(articleId)
      if (!article) return fail({ code: 'internal', detail: `no article ${articleId}` })
      const state = replay(logNow(article, methods.appendReview), {
        beads: article.beads,
        source: article.source.segments,
        target: article.target.segments
      })
      const off = new Set(main.opened?.project.settings.disabledChecks ?? [])
      const enabled = CHECK_IDS.filter((id) => !off.has(id))
      const rows = reviewedRows(state, {
        source: article.source.segments,
        target: article.target.segments
      })
      // No speller or glossary here: the spelling and glossary checks do not run.
      return ok({
        findings: runChecks(rows, { enabled }),
        ran: enabled.filter((id) => id !== 'spelling' && id !== 'glossary'),
        glossary: { status: 'none' },
        spellingError: null
      })
    }
  }
  const methods = Object.fromEntries(
    (Object.keys(defaults) as InvokeMethod[]).map((m) => [m, vi.fn(overrides[m] ?? defaults[m])])
  ) as unknown as Methods
  return {
    ...methods,
    articles,
    get opened() {
      return main.opened
    },
    set opened(value) {
      main.opened = value
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: never) => void)
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? [])
        (listener as (p: typeof payload) => void)(payload)
    }
  }
}

/** Main has `opened` open (so the window starts on it) and serves its articles. */
export function serve(
  api: FakeApi,
  opened: OpenedProject,
  articles: readonly ArticleView[]
): FakeApi {
  api.currentProject.mockResolvedValue(opened)
  api.opened = opened
  for (const article of articles) api.articles.set(article.id, article)
  return api
}

/** The events sent to main, in order. */
export function sentEvents(api: FakeApi) {
  return api.appendReview.mock.calls.map(([request]) => request.event)
}

/** The article's log as main has it now: the records it opened with, then every acknowledged append. */
function logNow(article: ArticleView, appendReview: Mock<CalqueApi['appendReview']>): LogRecord[] {
  const records = [...article.records]
  let seq = records.reduce((n, r) => Math.max(n, r.seq + 1), 0)
  appendReview.mock.calls.forEach(([request], i) => {
    const result = appendReview.mock.settledResults[i]
    const acknowledged = result?.type === 'fulfilled' && result.value.ok
    if (request.articleId !== article.id || !acknowledged) return
    records.push({
      formatVersion: REVIEW_LOG_FORMAT_VERSION,
      seq: seq++,
      at: new Date().toISOString(),
      author: REVIEWER,
      event: request.event as LogRecord['event']
    })
  })
  return records
}
