/**
 * A fake `CalqueApi`: every method is a `vi.fn` with a sensible default (nothing open, saves succeed
 * with a stamp like main's, articles served from `articles`), overridable per test, plus `emit` to play
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

type Methods = { [M in InvokeMethod]: Mock<CalqueApi[M]> }

export type FakeApi = CalqueApi &
  Methods & {
    /** What the default `openArticle` serves, by article id. */
    readonly articles: Map<string, ArticleView>
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
    updateProjectSettings: async () => fail({ code: 'internal', detail: 'not in this test' }),
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
    saveScoringProfile: async () => fail({ code: 'internal', detail: 'not in this test' })
  }
  const methods = Object.fromEntries(
    (Object.keys(defaults) as InvokeMethod[]).map((m) => [m, vi.fn(overrides[m] ?? defaults[m])])
  ) as unknown as Methods
  return {
    ...methods,
    articles,
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
  for (const article of articles) api.articles.set(article.id, article)
  return api
}

/** The events sent to main, in order. */
export function sentEvents(api: FakeApi) {
  return api.appendReview.mock.calls.map(([request]) => request.event)
}
