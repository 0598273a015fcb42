/**
 * The automatic checks in their worker thread (as the app runs them): the same findings as in this
 * thread, on the sample; a worker that dies fails the requests it held, with a reason, and the next
 * request starts a new one.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_IDS } from '@shared/qa'
import { runCheckJob } from '../../../../src/main/services/qa/check-job'
import { CheckWorker } from '../../../../src/main/services/qa/check-worker'
import { englishSpeller, sampleRows } from '../../shared/qa/helpers'

const workers: CheckWorker[] = []
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.close()))
})

function worker(): CheckWorker {
  const made = new CheckWorker()
  workers.push(made)
  return made
}

describe('CheckWorker', () => {
  it('finds on the sample exactly what the checks find in this thread', async () => {
    const request = { rows: sampleRows(), enabled: CHECK_IDS, spelling: true }
    const inThread = await runCheckJob(request, async () => englishSpeller())
    const checks = worker()
    const [first, again] = [await checks.run(request), await checks.run(request)]
    expect(first.spellingError).toBeNull()
    expect(first.findings).toEqual(inThread.findings)
    expect(again.findings).toEqual(inThread.findings)
    // The sample's calque and doubled periods are among them.
    expect(first.findings.some((f) => f.check === 'calque' && f.text === 'morning chairs')).toBe(
      true
    )
    expect(first.findings.filter((f) => f.text === '..').length).toBeGreaterThan(3)
  }, 60_000)

  it('answers requests in flight together, each with its own findings', async () => {
    const rows = sampleRows()
    const checks = worker()
    const [all, typography] = await Promise.all([
      checks.run({ rows, enabled: CHECK_IDS, spelling: false }),
      checks.run({ rows, enabled: ['russian-typography'], spelling: false })
    ])
    expect(typography.findings.length).toBeGreaterThan(0)
    expect(typography.findings.every((f) => f.check === 'russian-typography')).toBe(true)
    expect(all.findings.length).toBeGreaterThan(typography.findings.length)
  }, 60_000)

  it('a worker that dies fails what it held, with a reason; the next request gets a new one', async () => {
    const checks = worker()
    const rows = sampleRows()
    await checks.run({ rows, enabled: ['whitespace'], spelling: false })
    const held = checks.run({ rows, enabled: CHECK_IDS, spelling: true })
    await (checks as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate()
    await expect(held).rejects.toMatchObject({ error: { code: 'internal' } })
    const next = await checks.run({ rows, enabled: ['doubled-punctuation'], spelling: false })
    expect(next.findings.length).toBeGreaterThan(0)
  }, 60_000)

  it('a request the checks cannot run is failed with its reason, and the worker carries on', async () => {
    const checks = worker()
    const broken = [{ ...sampleRows()[0]!, target: undefined as unknown as string }]
    await expect(
      checks.run({ rows: broken, enabled: CHECK_IDS, spelling: false })
    ).rejects.toMatchObject({ error: { code: 'internal' } })
    const after = await checks.run({ rows: sampleRows(), enabled: ['calque'], spelling: false })
    expect(after.findings.some((f) => f.text === 'morning chairs')).toBe(true)
  }, 60_000)
})
