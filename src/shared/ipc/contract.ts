/**
 * The one IPC contract. Requests are zod schemas, validated in main before any handler runs; responses
 * are types (main produces them, so there is nothing to distrust). To add a channel: see
 * docs/architecture.md, "Adding an IPC channel".
 */
import { z } from 'zod'
import type { Bead } from '../domain/alignment'
import type { Language, Segment } from '../domain/document'
import { reviewEventSchema } from '../review/events'
import type { LogNotice, ReviewState } from '../review/replay'
import { eventChannels, invokeChannels, type EventName, type InvokeMethod } from './channels'
import type { CalqueError, Result } from './errors'
import {
  ENCODINGS,
  type EncodingInfo,
  type ImportFormat,
  type ImportWarning
} from '../import/types'

export type UiLanguage = 'en' | 'ru'
export type MenuCommand = 'undo' | 'redo'

const empty = z.object({}).strict()
const projectId = z.string().regex(/^[a-z0-9-]{1,80}$/, 'not a project id')

export const requestSchemas = {
  openSample: empty,
  openPair: empty,
  openBilingual: empty,
  openRecent: z.object({ projectId }).strict(),
  listRecent: empty,
  currentProject: empty,
  appendReview: z.object({ projectId, event: reviewEventSchema }).strict(),
  getSettings: empty,
  setLanguage: z.object({ language: z.enum(['en', 'ru']) }).strict(),
  chooseProjectsRoot: empty,
  reopenWithEncoding: z
    .object({ projectId, side: z.enum(['source', 'target']), encoding: z.enum(ENCODINGS) })
    .strict()
} satisfies Record<InvokeMethod, z.ZodType>

export interface SideView {
  /** Where the user's file was when the project was made. */
  readonly originalPath: string
  readonly fileName: string
  readonly language: Language
  readonly format: ImportFormat
  readonly encoding: EncodingInfo
  readonly segments: readonly Segment[]
  /** What the reader noticed: "looks Russian", an unsure encoding, skipped content… */
  readonly warnings: readonly ImportWarning[]
}

export interface ProjectView {
  readonly id: string
  readonly name: string
  readonly dir: string
  readonly source: SideView
  readonly target: SideView
  /** `aligned`: two files aligned by Calque; `paired`: one bilingual file (XLIFF, TMX, CSV) kept as paired. */
  readonly pairing: 'aligned' | 'paired'
  readonly beads: readonly Bead[]
  readonly review: ReviewState
  /** Things the user should know about the project's files, e.g. a torn last log line that was dropped. */
  readonly notices: readonly LogNotice[]
}

export interface RecentProject {
  readonly id: string
  readonly name: string
  readonly dir: string
  readonly openedAt: string
}

export interface Settings {
  readonly language: UiLanguage
  readonly projectsRoot: string
}

export interface Saved {
  readonly seq: number
  readonly savedAt: string
}

/** `null` in a Result means the user cancelled a dialog. */
export interface ResponseTypes {
  openSample: Result<ProjectView>
  openPair: Result<ProjectView | null>
  openBilingual: Result<ProjectView | null>
  openRecent: Result<ProjectView>
  listRecent: readonly RecentProject[]
  currentProject: ProjectView | null
  appendReview: Result<Saved>
  getSettings: Settings
  setLanguage: Settings
  chooseProjectsRoot: Result<Settings | null>
  reopenWithEncoding: Result<ProjectView>
}

export interface EventPayloads {
  projectOpened: ProjectView
  openFailed: CalqueError
  languageChanged: { readonly language: UiLanguage }
  /** Edit › Undo/Redo: the renderer decides whether it undoes text editing or an alignment fix. */
  menuCommand: { readonly command: MenuCommand }
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
