/**
 * What the app shows of a project and of one of its articles. Main builds these from the project
 * folder; the renderer replays `records` over `beads` itself (the same replay main runs), so review
 * state never has to cross IPC as anything but log records.
 */
import type { Bead } from './alignment'
import type { Language, Segment } from './document'
import type { CalqueError } from './errors'
import type { EncodingInfo, ImportFormat, ImportWarning } from '../import/types'
import type { ProjectSettings } from '../project/format'
import type { LogRecord } from '../review/events'
import type { LogNotice } from '../review/notices'
import type { Typology } from '../typology/profile'

export interface SideView {
  /** Where the user's file was when the article was made. */
  readonly originalPath: string
  readonly fileName: string
  readonly language: Language
  readonly format: ImportFormat
  readonly encoding: EncodingInfo
  readonly segments: readonly Segment[]
  /** What the reader noticed: "looks Russian", an unsure encoding, skipped content… */
  readonly warnings: readonly ImportWarning[]
}

/** One article's progress, for the project panel (counted from its replayed log). */
export interface ArticleSummary {
  readonly id: string
  readonly name: string
  readonly sourceFile: string
  readonly targetFile: string
  readonly pairing: 'aligned' | 'paired'
  readonly rows: number
  /** Rows reviewed or confirmed. */
  readonly reviewedRows: number
  readonly editedRows: number
  readonly flags: number
  readonly openFlags: number
  readonly sourceWords: number
  /** Set when the article could not be opened (its files are damaged); the others still open. */
  readonly error?: CalqueError
}

/** Something about the project as a whole the user should know (migration, clean-up, lock). */
export type ProjectNotice =
  /** A folder of an older format was upgraded (project.json added; nothing else rewritten). */
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number }
  /** Adding a folder of pairs: these pairs could not be read (the others were added). */
  | {
      readonly kind: 'articles-not-added'
      readonly items: readonly { readonly file: string; readonly error: CalqueError }[]
    }
  /** Importing a reviewed file: this many of its review actions did not fit and were left out. */
  | { readonly kind: 'review-not-imported'; readonly count: number }
  /** Adding a folder of pairs: files that look like half of a pair without the other half. */
  | { readonly kind: 'files-without-pair'; readonly files: readonly string[] }

export interface ProjectView {
  readonly id: string
  readonly name: string
  readonly dir: string
  /** Why nothing can be saved (another instance has it, a read-only folder, a newer format), or null. */
  readonly readOnly: CalqueError | null
  readonly settings: ProjectSettings
  readonly articles: readonly ArticleSummary[]
  readonly notices: readonly ProjectNotice[]
}

export interface ArticleView {
  readonly projectId: string
  readonly id: string
  readonly name: string
  readonly source: SideView
  readonly target: SideView
  /** `aligned`: two files aligned by Calque; `paired`: one bilingual file (XLIFF, TMX, CSV) kept as paired. */
  readonly pairing: 'aligned' | 'paired'
  /** The rows as first aligned (alignment.json); fixes are in `records`. */
  readonly beads: readonly Bead[]
  /** The log records that applied, in order: replaying them over `beads` gives the review state. */
  readonly records: readonly LogRecord[]
  /** Things the user should know about the article's files, e.g. a torn last log line set aside. */
  readonly notices: readonly LogNotice[]
  readonly readOnly: CalqueError | null
  /** The project's typology (categories offered by the flag picker, checked by main). */
  readonly typology: Typology
}

export interface RecentProject {
  readonly id: string
  readonly name: string
  readonly dir: string
  readonly openedAt: string
}
