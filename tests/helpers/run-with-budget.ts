/**
 * Runs one exported function of a TypeScript module in a worker thread with a time and memory
 * budget, for tests on hostile input: a parser that backtracks for minutes or allocates gigabytes
 * must fail the test, not hang or kill the test runner. The budget is a ceiling many times above the
 * expected cost, so it detects hangs and blow-ups, never measures speed.
 */
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'

export type BudgetOutcome =
  | { readonly kind: 'ok'; readonly value: unknown }
  | {
      readonly kind: 'threw'
      readonly name: string
      readonly message: string
      /** The `CalqueError` code when a `CalqueFailure` was thrown. */
      readonly code?: string
      readonly stack?: string
    }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'out-of-memory'; readonly message: string }
  | { readonly kind: 'crashed'; readonly message: string }

export interface Budget {
  readonly timeoutMs: number
  /** V8 old-generation heap limit of the worker. */
  readonly heapMb: number
  /**
   * Messages the function posts itself (`parentPort.postMessage({ kind: 'progress', … })`) while it
   * runs: they do not end the run, so a test can say where a hang happened.
   */
  readonly onProgress?: (message: unknown) => void
}

export function runWithBudget(
  modulePath: string,
  exportName: string,
  args: readonly unknown[],
  budget: Budget
): Promise<BudgetOutcome> {
  const worker = new Worker(join(__dirname, 'budget-worker.cjs'), {
    workerData: { modulePath, exportName, args },
    resourceLimits: { maxOldGenerationSizeMb: budget.heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false
  })
  return new Promise((resolve) => {
    let settled = false
    const settle = (outcome: BudgetOutcome): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      resolve(outcome)
    }
    const timer = setTimeout(
      () => settle({ kind: 'timeout', ms: budget.timeoutMs }),
      budget.timeoutMs
    )
    worker.on('message', (message: BudgetOutcome | { kind: 'progress' }) => {
      if (message.kind === 'progress') budget.onProgress?.(message)
      else settle(message)
    })
    worker.on('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'out-of-memory', message: error.message }
          : { kind: 'crashed', message: error.message }
      )
    )
    worker.on('exit', (code) => settle({ kind: 'crashed', message: `worker exited with ${code}` }))
  })
}
