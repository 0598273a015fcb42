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
 * `ImportWorkerPool` runs jobs the same way on a worker kept warm between them (the app's way).
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
  const { signal, memoryLimitMb = DEFAULT_JOB_MEMORY_MB } = options
  if (signal?.aborted) return Promise.reject(cancelled())
  let worker: Worker
  try {
    // One worker for this one job: it runs the request it is started with, then is terminated.
    worker = startWorker(options.worker ?? resolveImportWorker(), memoryLimitMb, request)
  } catch (error) {
    return Promise.reject(error)
  }
  return driveJob(worker, request, options, memoryLimitMb).then(
    ({ result }) => result,
    ({ error }: JobFailure) => Promise.reject(error)
  )
}

/**
 * A worker kept warm for the next import: started ahead of time (loading the readers takes a few
 * hundred milliseconds), given each job by message, and kept after a job that ends normally (its
 * compiled code stays warm). A worker that was cancelled, ran out of memory or crashed is terminated
 * and a fresh one started in its place. Idle workers never keep the process alive.
 */
export class ImportWorkerPool {
  private idle: Worker | null = null
  private closed = false

  constructor(
    private readonly entry?: WorkerEntry,
    private readonly memoryLimitMb = DEFAULT_JOB_MEMORY_MB
  ) {}

  /** Starts the standby worker now, if there is none. */
  warm(): void {
    if (this.closed || this.idle) return
    try {
      const worker = startWorker(this.entry ?? resolveImportWorker(), this.memoryLimitMb)
      worker.unref()
      // A standby worker that dies is simply forgotten; the next job starts another.
      worker.once('exit', () => {
        if (this.idle === worker) this.idle = null
      })
      worker.on('error', () => undefined)
      this.idle = worker
    } catch {
      // No worker to be found: the job will say so when it runs.
    }
  }

  async run(request: ImportJobRequest, options: ImportJobOptions = {}): Promise<ImportJobResult> {
    if (options.signal?.aborted) throw cancelled()
    this.warm()
    const worker = this.idle ?? startWorker(this.entry ?? resolveImportWorker(), this.memoryLimitMb)
    this.idle = null
    worker.ref()
    const message: JobMessage = { type: 'job', request }
    worker.postMessage(message)
    try {
      const { result } = await driveJob(worker, request, options, this.memoryLimitMb, true)
      this.keep(worker)
      return result
    } catch (failure) {
      const { error, workerUsable } = failure as JobFailure
      if (workerUsable) this.keep(worker)
      else {
        void worker.terminate()
        // The replacement starts once this job's failure has been reported.
        setImmediate(() => this.warm())
      }
      throw error
    }
  }

  async close(): Promise<void> {
    this.closed = true
    const idle = this.idle
    this.idle = null
    await idle?.terminate()
  }

  private keep(worker: Worker): void {
    worker.unref()
    if (this.closed || this.idle) void worker.terminate()
    else this.idle = worker
  }
}

/** Main thread -> a pooled worker: run this job. */
export interface JobMessage {
  readonly type: 'job'
  readonly request: ImportJobRequest
}

interface JobFailure {
  readonly error: unknown
  /** The worker reported the failure itself and can take another job. */
  readonly workerUsable: boolean
}

function startWorker(
  entry: WorkerEntry,
  memoryLimitMb: number,
  request?: ImportJobRequest
): Worker {
  const input: Partial<WorkerInput> & Record<string, unknown> = {
    ...entry.data,
    ...(request ? { request } : {})
  }
  return new Worker(entry.file, {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb }
  })
}

/**
 * Follows one job on `worker` to its end: progress to `onProgress`; done, a failure of the import,
 * a crash, running out of memory, the worker's exit or the caller's cancel settle it. A one-shot
 * worker is terminated whatever the outcome; a pooled one only when it cannot take another job.
 */
function driveJob(
  worker: Worker,
  request: ImportJobRequest,
  options: ImportJobOptions,
  memoryLimitMb: number,
  pooled = false
): Promise<{ result: ImportJobResult }> {
  const { onProgress, signal } = options
  return new Promise((resolve, reject) => {
    let settled = false
    /** The file being worked on, for failures that do not say. */
    let current: { path: string; side?: 'source' | 'target' } = pathOf(request, undefined)
    const settle = (outcome: () => void, workerUsable: boolean): void => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      if (!pooled || !workerUsable) void worker.terminate()
      outcome()
    }
    const fail = (error: unknown, workerUsable = false): void =>
      settle(() => reject({ error, workerUsable } satisfies JobFailure), workerUsable)
    const onAbort = (): void => fail(cancelled())
    const onMessage = (message: WorkerMessage): void => {
      switch (message.type) {
        case 'progress':
          if (message.progress.phase !== 'aligning') {
            current = pathOf(request, message.progress.side)
          }
          onProgress?.(message.progress)
          break
        case 'done':
          settle(() => resolve({ result: message.result }), true)
          break
        case 'failure':
          fail(new CalqueFailure(message.error), true)
          break
        case 'crash':
          fail(crashed(current, message.message))
          break
      }
    }
    const onError = (error: Error & { code?: string }): void =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new CalqueFailure({
              code: 'import-out-of-memory',
              ...current,
              limit: memoryLimitMb * 1024 * 1024
            })
          : crashed(current, error.message)
      )
    const onExit = (code: number): void =>
      fail(crashed(current, `the import worker stopped (exit code ${code})`))
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
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
