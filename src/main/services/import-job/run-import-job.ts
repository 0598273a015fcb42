/**
 * `runImportJob`: reading, segmentation and alignment off the main thread, in a worker with a memory
 * ceiling, with progress and cancel. The Electron main process stays responsive while a large file is
 * read; a hostile one can exhaust only the worker, which then becomes a failure the user can read.
 *
 * - Cancel (`signal`): the worker is terminated at once; the promise rejects with `import-cancelled`.
 * - Out of memory: `import-out-of-memory` (with the ceiling as `limit`, and the file being read).
 * - Any other death of the worker: `import-crashed` (with what is known). Never a hang: the worker's
 *   exit always settles the promise.
 * - Failures of the import itself arrive as they would from `importPath` (`file-…`, `encoding-…`,
 *   `too-many-segments`, with `path` and `side`).
 */
import { Worker } from 'node:worker_threads'
import { CalqueFailure } from '@shared/domain/errors'
import { resolveImportWorker, type WorkerEntry } from './resolve-worker'
import type {
  ImportJobProgress,
  ImportJobRequest,
  ImportJobResult,
  WorkerInput,
  WorkerMessage
} from './types'

/**
 * The worker's V8 heap ceiling. Files are at most 50 MB and their sides at most 250,000 segments;
 * a real import of that size uses a few hundred MB, a hostile one is stopped here, not by the OS.
 */
export const DEFAULT_JOB_MEMORY_MB = 1536

export interface ImportJobOptions {
  readonly onProgress?: (progress: ImportJobProgress) => void
  readonly signal?: AbortSignal
  /** Heap ceiling of the worker, in MB. */
  readonly memoryLimitMb?: number
  /** Where the worker is (tests); found by `resolveImportWorker` otherwise. */
  readonly worker?: WorkerEntry
}

export function runImportJob(
  request: ImportJobRequest,
  options: ImportJobOptions = {}
): Promise<ImportJobResult> {
  const { onProgress, signal, memoryLimitMb = DEFAULT_JOB_MEMORY_MB } = options
  if (signal?.aborted) return Promise.reject(cancelled())
  let entry: WorkerEntry
  try {
    entry = options.worker ?? resolveImportWorker()
  } catch (error) {
    return Promise.reject(error)
  }
  const input: WorkerInput & Record<string, unknown> = { ...entry.data, request }
  const worker = new Worker(entry.file, {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb }
  })

  return new Promise<ImportJobResult>((resolve, reject) => {
    let settled = false
    /** The file being worked on, for failures that do not say. */
    let current: { path: string; side?: 'source' | 'target' } = pathOf(request, undefined)
    const settle = (outcome: () => void): void => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      outcome()
    }
    const onAbort = (): void => settle(() => reject(cancelled()))
    signal?.addEventListener('abort', onAbort, { once: true })

    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          if (message.progress.phase !== 'aligning') {
            current = pathOf(request, message.progress.side)
          }
          onProgress?.(message.progress)
          break
        case 'done':
          settle(() => resolve(message.result))
          break
        case 'failure':
          settle(() => reject(new CalqueFailure(message.error)))
          break
        case 'crash':
          settle(() => reject(crashed(current, message.message)))
          break
      }
    })
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new CalqueFailure({
                code: 'import-out-of-memory',
                ...current,
                limit: memoryLimitMb * 1024 * 1024
              })
            : crashed(current, error.message)
        )
      )
    })
    worker.on('exit', (code) => {
      settle(() => reject(crashed(current, `the import worker stopped (exit code ${code})`)))
    })
  })
}

/** The error a cancelled job rejects with. */
export function cancelled(): CalqueFailure {
  return new CalqueFailure({ code: 'import-cancelled' })
}

export function isImportCancelled(error: unknown): boolean {
  return error instanceof CalqueFailure && error.error.code === 'import-cancelled'
}

function crashed(current: { path: string; side?: 'source' | 'target' }, detail: string) {
  return new CalqueFailure({ code: 'import-crashed', ...current, detail })
}

function pathOf(
  request: ImportJobRequest,
  side: 'source' | 'target' | undefined
): { path: string; side?: 'source' | 'target' } {
  if (request.kind === 'bilingual') return { path: request.path }
  return side === 'target'
    ? { path: request.targetPath, side: 'target' }
    : { path: request.sourcePath, side: 'source' }
}
