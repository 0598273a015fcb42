/**
 * The main process's logic, with no `electron` import: the Electron wiring (index.ts, menu.ts, ipc/)
 * and the end-to-end test harness both build one of these and call its handlers.
 */
import type { Handlers } from '@shared/ipc/contract'

export interface PairChoice {
  readonly source: string
  readonly target: string
}

export interface BackendDeps {
  /** Electron's `app.getPath('userData')`, or a temporary folder in tests. */
  readonly userDataDir: string
  /** Folder holding `belarus-usa-ambassadors/{ru,en}.txt`. */
  readonly samplesDir: string
  /** Asks the user for the source and then the target file; `null` if cancelled. */
  readonly choosePair: () => Promise<PairChoice | null>
  /** Asks the user for one bilingual file (XLIFF, TMX, CSV/TSV); `null` if cancelled. */
  readonly chooseBilingualFile: () => Promise<string | null>
  /** Asks the user for a folder; `null` if cancelled. */
  readonly chooseDirectory: () => Promise<string | null>
  /** OS locale (`app.getLocale()`), used until the user picks a language. */
  readonly systemLocale: string
  /** Recorded as the author of review events. */
  readonly author: string
  readonly now?: () => Date
}

export interface Backend {
  readonly handlers: Handlers
}

export { createBackend } from './backend-impl'
