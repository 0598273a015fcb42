/**
 * The imports the app is running: each one in a worker thread (`runImportJob`), its progress pushed to
 * the window as `importProgress` events, all of them cancellable at once (Esc or the Cancel button on
 * the progress bar; File menu actions start one at a time anyway).
 */
import type { ImportProgress } from '@shared/ipc/contract'
import type { ImportRunner } from './article-build'
import { importInThisThread } from './article-build'
import {
  runImportJob,
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

  constructor(private readonly options: ImportJobsOptions) {}

  /** Runs one import, reporting its progress; rejects with `import-cancelled` when cancelled. */
  readonly run: ImportRunner = async (request) => {
    const controller = new AbortController()
    this.running.add(controller)
    try {
      if (!this.options.inWorker) return await importInThisThread(request)
      return await runImportJob(request, {
        signal: controller.signal,
        ...(this.options.worker ? { worker: this.options.worker } : {}),
        onProgress: (progress) =>
          this.report(progressOf(progress, request), fileOf(progress, request))
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

  /** Cancels every running import (each rejects with `import-cancelled`). */
  cancelAll(): void {
    for (const controller of this.running) controller.abort()
  }

  private report(progress: ImportProgress, file?: string): void {
    this.options.onProgress?.(file ? { ...progress, file } : progress)
  }
}

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
