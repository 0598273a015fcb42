/**
 * What the window does with main: open projects and articles, record review events (optimistically,
 * acknowledged only once main has flushed them), remember where the reviewer is. Everything lands in
 * the store; components call these and read the store.
 */
import type { CalqueError, Result } from '@shared/domain/errors'
import type { CalqueApi, OpenedProject, RequestOf } from '@shared/ipc/contract'
import { checkEvent } from '@shared/review/check-event'
import type { ReviewEvent } from '@shared/review/events'
import { activeArticle, type AppStore, type AppView, type Cursor } from './app-store'
import { savePrefs, type Prefs } from './prefs'
import { toCalqueError } from '../components/useDescribeError'

export interface AppActions {
  start(): () => void
  dismissError(): void
  openSample(): void
  openPair(): void
  openBilingual(): void
  openProjectFolder(): void
  openRecent(projectId: string): void
  addArticlePair(): void
  addArticleFolder(): void
  reopenWithEncoding(request: Omit<RequestOf<'reopenWithEncoding'>, 'projectId'>): void
  showArticle(articleId: string): void
  loadArticle(articleId: string): Promise<void>
  /** Records an event on an article. `false` when it was refused before being sent (it does not fit). */
  submit(articleId: string, event: ReviewEvent): boolean
  setCursor(articleId: string, change: (cursor: Cursor) => Cursor): void
  setView(view: AppView): void
  setPrefs(change: (prefs: Prefs) => Prefs): void
  report(error: CalqueError): void
  /** Shows a calm message for the whole window (`null` hides it). */
  notify(notice: string | null): void
  /** Asks main for an MQM evaluation file and shows it on the dashboard. */
  loadEvaluation(): void
  importReviewedFile(): void
  /**
   * Changes the open project's settings (e.g. the checks switched off). Shown at once; taken back,
   * with the error reported, if main refuses. `false` when it was refused.
   */
  updateProjectSettings(settings: RequestOf<'updateProjectSettings'>['settings']): Promise<boolean>
}

export function createActions(store: AppStore, api: CalqueApi): AppActions {
  let ticket = 0
  let placeTimer: ReturnType<typeof setTimeout> | undefined

  const show = (opened: OpenedProject): void => {
    store.projectOpened(opened)
    const active = store.getState().activeArticle
    if (active) void actions.loadArticle(active)
  }

  const run = async (open: () => Promise<Result<OpenedProject | null>>): Promise<void> => {
    store.update((s) => ({ ...s, busy: true }))
    try {
      const result = await open()
      if (!result.ok) actions.report(result.error)
      else if (result.value) show(result.value)
    } catch (thrown) {
      actions.report(toCalqueError(thrown))
    } finally {
      store.update((s) => ({ ...s, busy: false }))
    }
  }

  const projectId = (): string | null => store.getState().opened?.project.id ?? null

  const rememberPlace = (articleId: string, row: string | null): void => {
    const id = projectId()
    if (!id) return
    clearTimeout(placeTimer)
    // Moving through rows quickly writes once, when the reviewer pauses.
    placeTimer = setTimeout(
      () => void api.rememberPlace({ projectId: id, articleId, row }).catch(() => undefined),
      400
    )
  }

  const actions: AppActions = {
    start() {
      let live = true
      api.currentProject({}).then(
        (current) => {
          if (!live) return
          // A `projectOpened` pushed meanwhile is newer than this answer: keep it.
          if (current && !store.getState().opened) show(current)
          else store.update((s) => ({ ...s, loading: false }))
        },
        (thrown: unknown) =>
          live && store.update((s) => ({ ...s, loading: false, error: toCalqueError(thrown) }))
      )
      const offOpened = api.on('projectOpened', show)
      const offFailed = api.on('openFailed', (error) =>
        store.update((s) => ({ ...s, loading: false, error }))
      )
      return () => {
        live = false
        offOpened()
        offFailed()
      }
    },
    dismissError: () => store.update((s) => ({ ...s, error: null })),
    openSample: () => void run(() => api.openSample({})),
    openPair: () => void run(() => api.openPair({})),
    openBilingual: () => void run(() => api.openBilingual({})),
    openProjectFolder: () => void run(() => api.openProjectFolder({})),
    openRecent: (id) => void run(() => api.openRecent({ projectId: id })),
    addArticlePair() {
      const id = projectId()
      if (id) void run(() => api.addArticlePair({ projectId: id }))
    },
    addArticleFolder() {
      const id = projectId()
      if (id) void run(() => api.addArticleFolder({ projectId: id }))
    },
    reopenWithEncoding(request) {
      const id = projectId()
      if (!id) return
      store.update((s) => ({ ...s, busy: true }))
      api
        .reopenWithEncoding({ ...request, projectId: id })
        .then((result) =>
          result.ok ? store.articleLoaded(result.value) : actions.report(result.error)
        )
        .catch((thrown: unknown) => actions.report(toCalqueError(thrown)))
        .finally(() => store.update((s) => ({ ...s, busy: false })))
    },
    showArticle(articleId) {
      store.update((s) =>
        s.activeArticle === articleId ? s : { ...s, activeArticle: articleId, view: 'workspace' }
      )
      void actions.loadArticle(articleId)
      rememberPlace(articleId, store.getState().cursors.get(articleId)?.row ?? null)
    },
    async loadArticle(articleId) {
      const id = projectId()
      const slot = store.getState().articles.get(articleId)
      if (!id || slot?.status === 'ready' || slot?.status === 'loading') return
      store.articleLoading(articleId)
      try {
        // User Timing marks: DevTools' performance panel and `npm run bench:ui` read them.
        performance.mark('calque:article-requested')
        const result = await api.openArticle({ projectId: id, articleId })
        performance.mark('calque:article-received')
        if (result.ok) store.articleLoaded(result.value)
        else store.articleFailed(articleId, result.error)
      } catch (thrown) {
        store.articleFailed(articleId, toCalqueError(thrown))
      }
    },
    submit(articleId, event) {
      const id = projectId()
      const slot = store.getState().articles.get(articleId)
      if (!id || slot?.status !== 'ready') return false
      const article = slot.article
      if (article.view.readOnly) {
        actions.report({ code: 'project-read-only', detail: article.view.readOnly.code })
        return false
      }
      const misfit = checkEvent(article.visible, event, {
        sides: article.base,
        typology: article.view.typology
      })
      if (misfit) return false
      const change = { ticket: ++ticket, event }
      store.articleAction(articleId, { type: 'sent', change })
      api
        .appendReview({ projectId: id, articleId, event })
        .then((result) =>
          store.articleAction(
            articleId,
            result.ok
              ? { type: 'saved', ticket: change.ticket, saved: result.value }
              : { type: 'failed', ticket: change.ticket, error: result.error }
          )
        )
        .catch((thrown: unknown) =>
          store.articleAction(articleId, {
            type: 'failed',
            ticket: change.ticket,
            error: toCalqueError(thrown)
          })
        )
      return true
    },
    setCursor(articleId, change) {
      const before = store.getState().cursors.get(articleId)?.row
      store.setCursor(articleId, change)
      const after = store.getState().cursors.get(articleId)?.row ?? null
      if (after !== before) rememberPlace(articleId, after)
    },
    setView: (view) => store.update((s) => (s.view === view ? s : { ...s, view })),
    setPrefs(change) {
      store.update((s) => {
        const prefs = change(s.prefs)
        if (prefs === s.prefs) return s
        savePrefs(prefs)
        return { ...s, prefs }
      })
    },
    report: (error) => store.update((s) => ({ ...s, error })),
    notify: (notice) => store.update((s) => ({ ...s, notice })),
    loadEvaluation() {
      store.update((s) => ({ ...s, busy: true }))
      api
        .importMqmEvaluation({})
        .then((result) => {
          if (!result.ok) actions.report(result.error)
          else if (result.value)
            store.update((s) => ({ ...s, evaluation: result.value, view: 'dashboard' }))
        })
        .catch((thrown: unknown) => actions.report(toCalqueError(thrown)))
        .finally(() => store.update((s) => ({ ...s, busy: false })))
    },
    importReviewedFile() {
      const id = projectId()
      if (id) void run(() => api.importReviewedFile({ projectId: id }))
    },
    async updateProjectSettings(settings) {
      const before = store.getState().opened
      if (!before) return false
      const { project } = before
      // Only the settings are taken from main's answer: the rest of the project view is the window's.
      const setSettings = (next: typeof project.settings): void =>
        store.update((s) =>
          s.opened?.project.id === project.id
            ? { ...s, opened: { ...s.opened, project: { ...s.opened.project, settings: next } } }
            : s
        )
      setSettings({ ...project.settings, ...settings })
      try {
        const result = await api.updateProjectSettings({ projectId: project.id, settings })
        if (result.ok) {
          setSettings(result.value.settings)
          return true
        }
        actions.report(result.error)
      } catch (thrown) {
        actions.report(toCalqueError(thrown))
      }
      setSettings(project.settings)
      return false
    }
  }
  return actions
}


export { activeArticle }
