/**
 * The one IPC contract. Requests are zod schemas, validated in main before any handler runs; responses
 * are types (main produces them, so there is nothing to distrust). To add a channel: see
 * docs/architecture.md, "Adding an IPC channel". Domain types live in src/shared/domain.
 */
import { z } from 'zod'
import type { CalqueError, Result } from '../domain/errors'
import type { ArticleView, ProjectView, RecentProject } from '../domain/project'
import { EXPORT_FORMATS } from '../export/formats'
import { ENCODINGS } from '../import/types'
import type { MqmTsvIssue, MqmTsvRecord } from '../mqm-tsv/read'
import type { CheckId, Finding } from '../qa/types'
import type { ScoringProfile } from '../scoring/profile'
import { projectSettingsPatchSchema } from '../project/format'
import { reviewEventSchema } from '../review/events'
import { eventChannels, invokeChannels, type EventName, type InvokeMethod } from './channels'

export type UiLanguage = 'en' | 'ru'

/** Commands the application menu sends to the page (the page decides what each means where focus is). */
export const MENU_COMMANDS = [
  'undo',
  'redo',
  'find',
  'replace',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'toggle-theme',
  'show-keys',
  'show-workspace',
  'show-dashboard',
  'export',
  'load-evaluation'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

const empty = z.object({}).strict()
const projectId = z.string().regex(/^[a-z0-9-]{1,80}$/, 'not a project id')
const articleId = z.string().regex(/^[a-z0-9-]{1,80}$/, 'not an article id')
const article = { projectId, articleId }

export const requestSchemas = {
  openSample: empty,
  openPair: empty,
  openBilingual: empty,
  openProjectFolder: empty,
  openRecent: z.object({ projectId }).strict(),
  listRecent: empty,
  currentProject: empty,
  openArticle: z.object(article).strict(),
  addArticlePair: z.object({ projectId }).strict(),
  addArticleFolder: z.object({ projectId }).strict(),
  appendReview: z.object({ ...article, event: reviewEventSchema }).strict(),
  reopenWithEncoding: z
    .object({ ...article, side: z.enum(['source', 'target']), encoding: z.enum(ENCODINGS) })
    .strict(),
  updateProjectSettings: z.object({ projectId, settings: projectSettingsPatchSchema }).strict(),
  rememberPlace: z
    .object({
      ...article,
      row: z
        .string()
        .regex(/^b\d+$/)
        .nullable()
    })
    .strict(),
  cancelImport: empty,
  exportArticles: z
    .object({
      projectId,
      /** `null`: every article of the project, in order. */
      articleIds: z.array(articleId).min(1).max(10_000).nullable(),
      format: z.enum(EXPORT_FORMATS),
      trackChanges: z.boolean().optional(),
      table: z.enum(['rows', 'flags']).optional(),
      xliff12Profile: z.enum(['its', 'strict']).optional()
    })
    .strict(),
  importReviewedFile: z.object({ projectId }).strict(),
  saveReport: z
    .object({
      format: z.enum(['html', 'csv', 'json', 'xlsx']),
      /** The report's text (HTML, CSV, JSON); for XLSX, the report's JSON, which main lays out. */
      content: z.string().max(50 * 1024 * 1024),
      suggestedName: z.string().regex(/^[\p{L}\p{N} ._()-]{1,120}$/u)
    })
    .strict(),
  importMqmEvaluation: empty,
  listScoringProfiles: empty,
  saveScoringProfile: z.object({ profile: z.unknown() }).strict(),
  checkArticle: z.object(article).strict(),
  getSettings: empty,
  setLanguage: z.object({ language: z.enum(['en', 'ru']) }).strict(),
  chooseProjectsRoot: empty
} satisfies Record<InvokeMethod, z.ZodType>

export interface Settings {
  readonly language: UiLanguage
  readonly projectsRoot: string
}

/** An acknowledged append: on disk and flushed. `author` is who main recorded (the reviewer). */
export interface Saved {
  readonly seq: number
  readonly savedAt: string
  readonly author: string
}

/** Where the reviewer was in a project: restored when it opens again. */
export interface Place {
  readonly articleId: string
  readonly row: string | null
}

/** A project as the window opens it: the project and where its reviewer left off. */
export interface OpenedProject {
  readonly project: ProjectView
  readonly place: Place | null
}

/** Progress of a long import (reading, segmenting, aligning), pushed while it runs. */
export interface ImportProgress {
  readonly phase:
    'reading-source' | 'reading-target' | 'segmenting' | 'aligning' | 'writing' | 'done'
  /** 0..1 where known. */
  readonly fraction: number | null
  readonly file?: string
}

/** A file written where the user chose. */
export interface SavedFile {
  readonly path: string
}

/** An external MQM evaluation (Google MQM TSV) loaded for the tracker and the scores. */
export interface MqmEvaluation {
  readonly fileName: string
  readonly records: readonly MqmTsvRecord[]
  /** Lines that could not be read (reported, never fatal). */
  readonly issues: readonly MqmTsvIssue[]
}

export interface ScoringProfiles {
  readonly builtin: readonly ScoringProfile[]
  /** Profiles the QA lead copied and edited (`<userData>/scoring-profiles/*.json`). */
  readonly user: readonly ScoringProfile[]
}

/** Where the project's glossary stands for the checks: none set, read, or unreadable (and why). */
export type GlossaryState =
  | { readonly status: 'none' }
  | { readonly status: 'loaded'; readonly path: string; readonly entries: number }
  | { readonly status: 'failed'; readonly path: string; readonly error: CalqueError }

/**
 * The automatic checks of one article as its rows are now (alignment fixes applied), on the MT. Every
 * finding is sent, dismissed ones too: the window leaves those out itself, so undoing a dismissal
 * needs no new run.
 */
export interface ArticleChecks {
  readonly findings: readonly Finding[]
  /** The checks that ran: those the project has on and whose glossary or speller could be loaded. */
  readonly ran: readonly CheckId[]
  readonly glossary: GlossaryState
  /** Set when the English dictionary could not be read: the spelling check did not run. */
  readonly spellingError: CalqueError | null
}

/** `null` in a Result means the user cancelled a dialog. */
export interface ResponseTypes {
  openSample: Result<OpenedProject>
  openPair: Result<OpenedProject | null>
  openBilingual: Result<OpenedProject | null>
  openProjectFolder: Result<OpenedProject | null>
  openRecent: Result<OpenedProject>
  listRecent: readonly RecentProject[]
  currentProject: OpenedProject | null
  openArticle: Result<ArticleView>
  addArticlePair: Result<OpenedProject | null>
  addArticleFolder: Result<OpenedProject | null>
  appendReview: Result<Saved>
  reopenWithEncoding: Result<ArticleView>
  updateProjectSettings: Result<ProjectView>
  rememberPlace: void
  cancelImport: void
  exportArticles: Result<SavedFile | null>
  importReviewedFile: Result<OpenedProject | null>
  saveReport: Result<SavedFile | null>
  importMqmEvaluation: Result<MqmEvaluation | null>
  listScoringProfiles: ScoringProfiles
  saveScoringProfile: Result<ScoringProfile>
  checkArticle: Result<ArticleChecks>
  getSettings: Settings
  setLanguage: Settings
  chooseProjectsRoot: Result<Settings | null>
}

export interface EventPayloads {
  projectOpened: OpenedProject
  openFailed: CalqueError
  languageChanged: { readonly language: UiLanguage }
  /** A menu item for the page: undo/redo (text field or review history), find, zoom, views… */
  menuCommand: { readonly command: MenuCommand }
  importProgress: ImportProgress
}

export type RequestOf<M extends InvokeMethod> = z.input<(typeof requestSchemas)[M]>
export type ParsedRequestOf<M extends InvokeMethod> = z.output<(typeof requestSchemas)[M]>

/** What main implements: one async function per method, taking the already-validated request. */
export type Handlers = {
  [M in InvokeMethod]: (request: ParsedRequestOf<M>) => Promise<ResponseTypes[M]>
}

/** What the preload exposes as `window.calque`. */
export type CalqueApi = {
  [M in InvokeMethod]: (request: RequestOf<M>) => Promise<ResponseTypes[M]>
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
}

export { eventChannels, invokeChannels }
export type { EventName, InvokeMethod }
export type { ArticleView, ProjectView, RecentProject }
