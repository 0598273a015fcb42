/**
 * The import job's contract: what to import, what comes back, and what the worker and the main thread
 * say to each other. Everything here crosses a worker boundary, so it is plain data (structured clone).
 */
import type { Bead } from '@shared/domain/alignment'
import type { Language } from '@shared/domain/document'
import type { ImportLimits } from '@shared/import/limits'
import type { EncodingName } from '@shared/import/types'
import type { CalqueError } from '@shared/domain/errors'
import type { UserRulesInput } from '@shared/segment/rules'
import type { BilingualFile, MonolingualFile } from '../import-file'

/**
 * The user's sentence rules per language, in priority order (the first file wins): the app's
 * `<userData>/segmentation/ru.json` for `ru` only; `calque align --rules FILE …` for both.
 */
export type UserRulesByLanguage = Partial<Record<Language, readonly UserRulesInput[]>>

export type ImportJobRequest =
  | {
      readonly kind: 'pair'
      /** The Russian original. */
      readonly sourcePath: string
      /** Its English translation. */
      readonly targetPath: string
      readonly sourceEncoding?: EncodingName
      readonly targetEncoding?: EncodingName
      readonly userRules?: UserRulesByLanguage
      /** One segment per line, aligned line against line (`calque align --presegmented`). */
      readonly presegmented?: boolean
      readonly limits?: Partial<ImportLimits>
    }
  | {
      readonly kind: 'bilingual'
      readonly path: string
      readonly encoding?: EncodingName
      readonly limits?: Partial<ImportLimits>
    }

/**
 * What `project-create.ts` builds a project from: the two imported files (documents, format,
 * encoding, warnings, original bytes) and the beads — aligned for a pair, the file's own pairing (with
 * confidence 1) for a bilingual file. Failures carry `path` and, for a pair, `side`.
 */
export type ImportJobResult =
  | {
      readonly kind: 'pair'
      readonly source: MonolingualFile
      readonly target: MonolingualFile
      readonly beads: readonly Bead[]
    }
  | {
      readonly kind: 'bilingual'
      readonly file: BilingualFile
      readonly beads: readonly Bead[]
    }

export type ImportJobPhase = 'reading' | 'segmenting' | 'aligning'

export interface ImportJobProgress {
  readonly phase: ImportJobPhase
  /** The side being read or segmented (a pair's); absent while aligning and for a bilingual file. */
  readonly side?: 'source' | 'target'
  /** Share of the phase done, 0..1, where it is known (segmenting); absent otherwise. */
  readonly fraction?: number
}

/** Worker -> main thread. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportJobProgress }
  | { readonly type: 'done'; readonly result: ImportJobResult }
  | { readonly type: 'failure'; readonly error: CalqueError }
  | { readonly type: 'crash'; readonly message: string }

/** Main thread -> worker, as `workerData`. */
export interface WorkerInput {
  readonly request: ImportJobRequest
}
