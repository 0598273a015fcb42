/**
 * The window's state, in one store that every view reads: the open project, each loaded article's
 * review state (keyed by article id), where the reviewer is in each article, the current view
 * (workspace or dashboard) and display preferences. Views subscribe to the slices they use
 * (`useAppStore(selector)`), so the dashboard and the workspace show one state, never two copies.
 */
import type { CalqueError } from '@shared/domain/errors'
import type { Side } from '@shared/domain/review'
import type { ArticleView } from '@shared/domain/project'
import type { MqmEvaluation, OpenedProject } from '@shared/ipc/contract'
import { articleReducer, initArticle, type ArticleAction, type ArticleState } from './article-state'
import { DEFAULT_PREFS, type Prefs } from './prefs'

export type ArticleSlot =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: CalqueError }
  | { readonly status: 'ready'; readonly article: ArticleState }

/** Where the reviewer is in an article: the current row, and a caret/selection in one of its texts. */
export interface Cursor {
  readonly row: string | null
  readonly side: Side
  readonly caret: number
  /** The other end of a keyboard selection; `null` when nothing is selected. */
  readonly anchor: number | null
}

export const NO_CURSOR: Cursor = { row: null, side: 'target', caret: 0, anchor: null }

export type AppView = 'workspace' | 'dashboard'

export interface AppState {
  readonly loading: boolean
  /** An open or import request is in flight: commands that start another are disabled. */
  readonly busy: boolean
  readonly error: CalqueError | null
  readonly opened: OpenedProject | null
  readonly view: AppView
  readonly activeArticle: string | null
  readonly articles: ReadonlyMap<string, ArticleSlot>
  readonly cursors: ReadonlyMap<string, Cursor>
  readonly prefs: Prefs
  /** An external MQM evaluation loaded for the dashboard (not part of the project). */
  readonly evaluation: MqmEvaluation | null
  /** A calm message for the whole window (an export written…), or null. */
  readonly notice: string | null
}

export const INITIAL_STATE: AppState = {
  loading: true,
  busy: false,
  error: null,
  opened: null,
  view: 'workspace',
  activeArticle: null,
  articles: new Map(),
  cursors: new Map(),
  prefs: DEFAULT_PREFS,
  evaluation: null,
  notice: null
}

type Listener = () => void

export class AppStore {
  private state: AppState
  private readonly listeners = new Set<Listener>()

  constructor(initial: Partial<AppState> = {}) {
    this.state = { ...INITIAL_STATE, ...initial }
  }

  getState = (): AppState => this.state

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  update(change: (state: AppState) => AppState): void {
    const next = change(this.state)
    if (next === this.state) return
    this.state = next
    for (const listener of this.listeners) listener()
  }

  /** A new project replaces everything article-related (another project, another set of articles). */
  projectOpened(opened: OpenedProject): void {
    this.update((s) => {
      const same = s.opened?.project.id === opened.project.id
      const known = new Set(opened.project.articles.map((a) => a.id))
      const keep = <T>(map: ReadonlyMap<string, T>): Map<string, T> =>
        same ? new Map([...map].filter(([id]) => known.has(id))) : new Map()
      const firstArticle = opened.project.articles[0]?.id ?? null
      const placeArticle =
        opened.place && known.has(opened.place.articleId) ? opened.place.articleId : null
      const active =
        same && s.activeArticle && known.has(s.activeArticle)
          ? s.activeArticle
          : (placeArticle ?? firstArticle)
      const cursors = keep(s.cursors)
      if (!same && opened.place && placeArticle) {
        cursors.set(placeArticle, { ...NO_CURSOR, row: opened.place.row })
      }
      return {
        ...s,
        loading: false,
        error: null,
        opened,
        activeArticle: active,
        articles: keep(s.articles),
        cursors
      }
    })
  }

  articleLoading(id: string): void {
    this.setSlot(id, { status: 'loading' })
  }

  articleLoaded(view: ArticleView): void {
    this.setSlot(view.id, { status: 'ready', article: initArticle(view) })
  }

  articleFailed(id: string, error: CalqueError): void {
    this.setSlot(id, { status: 'error', error })
  }

  articleAction(id: string, action: ArticleAction): void {
    this.update((s) => {
      const slot = s.articles.get(id)
      if (slot?.status !== 'ready') return s
      const article = articleReducer(slot.article, action)
      if (article === slot.article) return s
      const articles = new Map(s.articles)
      articles.set(id, { status: 'ready', article })
      return { ...s, articles }
    })
  }

  setCursor(id: string, change: (cursor: Cursor) => Cursor): void {
    this.update((s) => {
      const old = s.cursors.get(id) ?? NO_CURSOR
      const cursor = change(old)
      if (cursor === old) return s
      const cursors = new Map(s.cursors)
      cursors.set(id, cursor)
      return { ...s, cursors }
    })
  }

  private setSlot(id: string, slot: ArticleSlot): void {
    this.update((s) => {
      const articles = new Map(s.articles)
      articles.set(id, slot)
      return { ...s, articles }
    })
  }
}

/** The active article's state, when it is loaded. */
export function activeArticle(state: AppState): ArticleState | null {
  const slot = state.activeArticle ? state.articles.get(state.activeArticle) : undefined
  return slot?.status === 'ready' ? slot.article : null
}
