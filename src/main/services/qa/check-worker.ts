/**
 * The automatic checks off main's thread: one worker thread, started on first use and kept (its
 * speller built once), runs each check request and answers with the findings. A 100,000-row article
 * takes seconds to check; on main's thread that would hold up every save meanwhile.
 *
 * The worker is the import worker's file started in its `checks` role (one build entry, one way to
 * find it: `resolveImportWorker`). If it dies (crash, out of memory), the requests it held fail with
 * `internal` and the next request starts a new one. An idle worker never keeps the process alive.
 */
import { Worker } from 'node:worker_threads'
import { CalqueFailure } from '@shared/domain/errors'
import { resolveImportWorker, type WorkerEntry } from '../import-job/resolve-worker'
import type { CheckJobRequest, CheckJobResult } from './check-job'

/** Main -> the checks worker. */
export interface CheckRequestMessage {
  readonly type: 'check'
  readonly id: number
  readonly request: CheckJobRequest
}

/** The checks worker -> main. */
export type CheckReplyMessage =
  | { readonly type: 'checked'; readonly id: number; readonly result: CheckJobResult }
  | { readonly type: 'check-failed'; readonly id: number; readonly message: string }

/** Heap ceiling of the checks worker: 100k rows and their findings use a few hundred MB. */
const CHECK_MEMORY_MB = 1536

interface Pending {
  readonly resolve: (result: CheckJobResult) => void
  readonly reject: (error: unknown) => void
}

export class CheckWorker {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  private closed = false

  constructor(private readonly entry?: WorkerEntry) {}

  run(request: CheckJobRequest): Promise<CheckJobResult> {
    if (this.closed) return Promise.reject(failure('the checks worker is closed'))
    let worker: Worker
    try {
      worker = this.worker ?? this.start()
    } catch (error) {
      return Promise.reject(error)
    }
    const id = ++this.nextId
    worker.ref()
    return new Promise<CheckJobResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      const message: CheckRequestMessage = { type: 'check', id, request }
      worker.postMessage(message)
    })
  }

  async close(): Promise<void> {
    this.closed = true
    const worker = this.worker
    this.worker = null
    this.failAll('the checks worker was closed')
    await worker?.terminate()
  }

  private start(): Worker {
    const entry = this.entry ?? resolveImportWorker()
    const worker = new Worker(entry.file, {
      workerData: { ...entry.data, role: 'checks' },
      resourceLimits: { maxOldGenerationSizeMb: CHECK_MEMORY_MB }
    })
    worker.unref()
    worker.on('message', (message: CheckReplyMessage) => {
      const waiting = this.pending.get(message.id)
      if (!waiting) return
      this.pending.delete(message.id)
      if (this.pending.size === 0) worker.unref()
      if (message.type === 'checked') waiting.resolve(message.result)
      else waiting.reject(failure(message.message))
    })
    const died = (detail: string): void => {
      if (this.worker === worker) this.worker = null
      this.failAll(detail)
    }
    worker.on('error', (error: Error & { code?: string }) =>
      died(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the checks ran out of memory (${CHECK_MEMORY_MB} MB)`
          : `the checks worker failed: ${error.message}`
      )
    )
    worker.on('exit', (code) => died(`the checks worker stopped (exit code ${code})`))
    this.worker = worker
    return worker
  }

  private failAll(detail: string): void {
    const waiting = [...this.pending.values()]
    this.pending.clear()
    for (const { reject } of waiting) reject(failure(detail))
  }
}

function failure(detail: string): CalqueFailure {
  return new CalqueFailure({ code: 'internal', detail })
}
