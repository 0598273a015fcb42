/**
 * The imports the app is running: each one in a worker thread kept warm between imports
 * (`ImportWorkerPool`), its progress pushed to the window as `importProgress` events, all of them
 * cancellable at once (Esc or the Cancel button on the progress bar; File menu actions start one at
 * a time anyway).
 */
import type { ImportProgress } from '@shared/ipc/contract'
import type { ImportRunner } from './article-build'
import { importInThisThread } from './article-build'
import {
  ImportWorkerPool,
  type ImportJobProgress,
  type ImportJobRequest,
  type WorkerEntry
} from './import-job'

export interface ImportJobsOptions {
  /** Where progress goes (the window); nothing is reported without it. */
  readonly onProgress?: (progress: ImportProgress) => void
  /** Run in a worker thread (the app) or in this one (tests that do not exercise the worker). */
  readonly inWorker: boolean
  /** Where the worker's code is; found beside the bundle (or started from source) otherwise. */
  readonly worker?: WorkerEntry
}

export class ImportJobs {
  private readonly running = new Set<AbortController>()
  private readonly pool: ImportWorkerPool | null

  constructor(private readonly options: ImportJobsOptions) {
    this.pool = options.inWorker ? new ImportWorkerPool(options.worker) : null
    // Ready before the user has chosen the files: loading the readers takes a few hundred ms.
    this.pool?.warm()
  }

  /** Runs one import, reporting its progress; rejects with `import-cancelled` when cancelled. */
  readonly run: ImportRunner = async (request) => {
    const controller = new AbortController()
    this.running.add(controller)
    try {
      if (!this.pool) return await importInThisThread(request)
      return await this.pool.run(request, {
        signal: controller.signal,
        onProgress: throttled((progress) =>
          this.report(progressOf(progress, request), fileOf(progress, request))
        )
      })
    } finally {
      this.running.delete(controller)
    }
  }

  /** The project's files are being written (after the import, before the project opens). */
  writing(file?: string): void {
    this.report({ phase: 'writing', fraction: null }, file)
  }

  /** Whatever happened, the progress bar can go. */
  done(): void {
    this.report({ phase: 'done', fraction: 1 })
  }

  /** Stops the workers (on quit). */
  close(): Promise<void> {
    this.cancelAll()
    return this.pool?.close() ?? Promise.resolve()
  }

  /** Cancels every running import (each rejects with `import-cancelled`). */
  cancelAll(): void {
    for (const controller of this.running) controller.abort()
  }

  private report(progress: ImportProgress, file?: string): void {
    this.options.onProgress?.(file ? { ...progress, file } : progress)
  }
}

/**
 * At most one report per `PROGRESS_INTERVAL_MS` within a phase (the worker reports segmenting per
 * paragraph: thousands of messages for a long article, each an IPC message to the window); a new
 * phase or side is always reported at once.
 */
function throttled(report: (progress: ImportJobProgress) => void) {
  let last: { key: string; at: number } | null = null
  return (progress: ImportJobProgress): void => {
    const key = `${progress.phase}/${progress.side ?? ''}`
    const now = Date.now()
    const done = progress.fraction === 1
    if (last && last.key === key && !done && now - last.at < PROGRESS_INTERVAL_MS) return
    last = { key, at: now }
    report(progress)
  }
}

const PROGRESS_INTERVAL_MS = 100

function progressOf(progress: ImportJobProgress, request: ImportJobRequest): ImportProgress {
  const fraction = progress.fraction ?? null
  if (progress.phase === 'reading') {
    return {
      phase:
        progress.side === 'target' || request.kind === 'bilingual'
          ? 'reading-target'
          : 'reading-source',
      fraction
    }
  }
  return { phase: progress.phase, fraction }
}

/** The file the phase works on: one side of a pair while it is read and segmented. */
function fileOf(progress: ImportJobProgress, request: ImportJobRequest): string | undefined {
  if (request.kind === 'bilingual') return request.path
  if (progress.side === 'source') return request.sourcePath
  if (progress.side === 'target') return request.targetPath
  return undefined
}
