/**
 * Every reader under fast-check, in a worker with a time and memory budget: arbitrary bytes and
 * mutated valid files (bytes flipped, inserted, deleted, repeated thousands of times, cut short; DOCX
 * also mutated before it is zipped). Each input must give a document or a CalqueFailure: any other
 * exception fails the test with the input; a hang or a memory blow-up fails it with the format, the
 * run and the seed, so `fuzzReaders([format], run + 1, seed)` replays it.
 *
 * `FUZZ_RUNS=1000 npx vitest run tests/unit/shared/import/fuzz-readers.test.ts` fuzzes longer;
 * `FUZZ_SEED` picks another seed (the default run uses a fixed one and stays under ~20 s).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runWithBudget } from '../../../helpers/run-with-budget'
import { FUZZ_FORMATS, type FuzzReport } from './fixtures/fuzz-readers'

const SUPPORT = join(__dirname, 'fixtures/fuzz-readers.ts')
const RUNS = Number(process.env.FUZZ_RUNS ?? 250)
const SEED = Number(process.env.FUZZ_SEED ?? 20240917)

describe('fuzzing every reader (importFile) in a budgeted worker', () => {
  it(`returns a document or a CalqueFailure on ${RUNS} inputs per format, within the budget`, async () => {
    let last: unknown = null
    const outcome = await runWithBudget(SUPPORT, 'fuzzReaders', [FUZZ_FORMATS, RUNS, SEED], {
      timeoutMs: 15_000 + RUNS * FUZZ_FORMATS.length * 20,
      heapMb: 512,
      onProgress: (message) => (last = message)
    })
    if (outcome.kind !== 'ok') {
      throw new Error(
        `the fuzz run ended with ${JSON.stringify(outcome)}; the last input: ${JSON.stringify(last)}`
      )
    }
    const reports = outcome.value as FuzzReport[]
    console.log(`fuzzed ${reports.map((r) => `${r.format} ${r.runs}`).join(', ')} (seed ${SEED})`)
    expect(reports.map((r) => r.format)).toEqual(FUZZ_FORMATS)
    for (const report of reports) expect(report.failure, report.format).toBeNull()
  }, 120_000)
})
