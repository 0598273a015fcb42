/**
 * The import worker thread: runs `performImport` for each job and reports progress, the result (its
 * files' bytes transferred, not copied) or the failure. Started in the `checks` role, it runs the
 * automatic checks instead (src/main/services/qa/check-worker.ts). A separate build entry (`out/main/import-worker.js`,
 * see electron.vite.config.ts); from source it is loaded through `dev-worker.cjs`.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { CalqueFailure } from '@shared/domain/errors'
import { serveChecks } from '../qa/serve-checks'
import { performImport } from './perform-import'
import { warmUp } from './warm-up'
import type { JobMessage } from './run-import-job'
import type { ImportJobResult, WorkerInput, WorkerMessage } from './types'

const port = parentPort
const data = workerData as (Partial<WorkerInput> & { role?: string }) | undefined
const initial = data?.request
if (port && data?.role === 'checks') {
  // The same file serves the automatic checks (CheckWorker): one build entry, one way to find it.
  serveChecks(port)
} else if (port) {
  // Started with a request: one job (runImportJob). Started without: a pooled worker, one job per
  // message, kept between jobs (ImportWorkerPool).
  if (initial) void run(port, initial)
  else {
    port.on('message', (message: JobMessage) => void run(port, message.request))
    // A pooled worker waits for its first job: compile the import's hot code meanwhile.
    setImmediate(() => {
      try {
        warmUp()
      } catch {
        // Only an optimisation: the job will report any real problem.
      }
    })
  }
}

async function run(
  target: NonNullable<typeof parentPort>,
  request: WorkerInput['request']
): Promise<void> {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void =>
    target.postMessage(message, transfer)
  try {
    const result = await performImport(request, (progress) => post({ type: 'progress', progress }))
    const owned = ownBuffers(result)
    post({ type: 'done', result: owned }, transferList(owned))
  } catch (error) {
    if (error instanceof CalqueFailure) post({ type: 'failure', error: error.error })
    else post({ type: 'crash', message: error instanceof Error ? error.message : String(error) })
  }
}

/**
 * The result with each file's bytes in an ArrayBuffer of their own, so it can be transferred: a small
 * file read by Node may sit in a shared pool buffer, which must not be given away.
 */
function ownBuffers(result: ImportJobResult): ImportJobResult {
  const own = (bytes: Uint8Array): Uint8Array =>
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
  return result.kind === 'pair'
    ? {
        ...result,
        source: { ...result.source, bytes: own(result.source.bytes) },
        target: { ...result.target, bytes: own(result.target.bytes) }
      }
    : { ...result, file: { ...result.file, bytes: own(result.file.bytes) } }
}

function transferList(result: ImportJobResult): ArrayBuffer[] {
  const buffers =
    result.kind === 'pair'
      ? [result.source.bytes.buffer, result.target.bytes.buffer]
      : [result.file.bytes.buffer]
  return [...new Set(buffers)].filter(
    (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer
  )
}
