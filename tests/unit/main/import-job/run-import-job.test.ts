/**
 * The import job in a real worker thread (from the TypeScript source, as under Vitest and tsx): the
 * same result as importing in-process, progress by phase, cancel, and every way a worker can die
 * turned into a failure the user can read.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignDocuments } from '@shared/align'
import { CalqueFailure } from '@shared/domain/errors'
import { importPairSide } from '../../../../src/main/services/import-file'
import {
  ImportWorkerPool,
  isImportCancelled,
  runImportJob,
  type ImportJobProgress
} from '../../../../src/main/services/import-job'
import { sampleEn, sampleRu, tempDir } from '../../../helpers/paths'

const dir = tempDir('calque-import-job-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function failureOf(job: Promise<unknown>): Promise<CalqueFailure> {
  try {
    await job
  } catch (error) {
    expect(error).toBeInstanceOf(CalqueFailure)
    return error as CalqueFailure
  }
  throw new Error('expected the job to fail')
}

describe('runImportJob: a pair', () => {
  it('gives what importing and aligning in-process gives, with progress by phase', async () => {
    const progress: ImportJobProgress[] = []
    const result = await runImportJob(
      { kind: 'pair', sourcePath: sampleRu, targetPath: sampleEn },
      { onProgress: (p) => progress.push(p) }
    )
    const source = await importPairSide(sampleRu, 'source', { language: 'ru' })
    const target = await importPairSide(sampleEn, 'target', { language: 'en' })
    expect(result.kind).toBe('pair')
    if (result.kind !== 'pair') return
    expect(result.source.document).toEqual(source.document)
    expect(result.target.document).toEqual(target.document)
    expect(result.beads).toEqual(alignDocuments(source.document, target.document))
    expect(Buffer.from(result.source.bytes)).toEqual(readFileSync(sampleRu))
    expect(result.source.encoding).toEqual({ name: 'utf-8', source: 'detected', confidence: 1 })

    const phases = progress.map((p) => `${p.phase}${p.side ? ` ${p.side}` : ''}`)
    const order = [...new Set(phases)]
    expect(order).toEqual([
      'reading source',
      'segmenting source',
      'reading target',
      'segmenting target',
      'aligning'
    ])
    const fractions = progress.filter((p) => p.phase === 'segmenting' && p.side === 'source')
    expect(fractions.at(-1)?.fraction).toBe(1)
    expect(fractions.every((p, k) => k === 0 || p.fraction! >= fractions[k - 1]!.fraction!)).toBe(
      true
    )
  })

  it('segments with the user rules it is given, per language', async () => {
    const text = file('list.txt', 'Первым выступил предс. Иванов. Вопросов не было.')
    const en = file('list-en.txt', 'Chairman Ivanov spoke first. There were no questions.')
    const result = await runImportJob({
      kind: 'pair',
      sourcePath: text,
      targetPath: en,
      userRules: { ru: [{ lists: { titles: ['предс'] } }] }
    })
    if (result.kind !== 'pair') throw new Error('expected a pair')
    expect(result.source.document.segments.map((s) => s.text)).toEqual([
      'Первым выступил предс. Иванов.',
      'Вопросов не было.'
    ])
  })

  it('fails as the import would, naming the file and the side', async () => {
    const missing = join(dir, 'missing.txt')
    const error = await failureOf(
      runImportJob({ kind: 'pair', sourcePath: sampleRu, targetPath: missing })
    )
    expect(error.error).toEqual({ code: 'file-missing', path: missing, side: 'target' })
  })
})

describe('runImportJob: a bilingual file', () => {
  it('keeps the file’s pairing, with confidence 1', async () => {
    const tsv = file('pairs.tsv', 'ru\ten\nМинск.\tMinsk.\nВашингтон.\tWashington.\n')
    const result = await runImportJob({ kind: 'bilingual', path: tsv })
    if (result.kind !== 'bilingual') throw new Error('expected a bilingual result')
    expect(result.file.format).toBe('tsv')
    expect(result.beads).toEqual([
      { id: 'b0', source: [0], target: [0], confidence: 1, origin: 'auto' },
      { id: 'b1', source: [1], target: [1], confidence: 1, origin: 'auto' }
    ])
  })

  it('refuses a monolingual file', async () => {
    const error = await failureOf(runImportJob({ kind: 'bilingual', path: sampleRu }))
    expect(error.error.code).toBe('not-bilingual')
  })
})

describe('runImportJob: cancel, and a worker that dies', () => {
  it('cancels at once when asked during the work, with a recognisable error', async () => {
    const big = file('big.txt', `${readFileSync(sampleRu, 'utf8')}\n\n`.repeat(1500))
    const controller = new AbortController()
    const job = runImportJob(
      { kind: 'pair', sourcePath: big, targetPath: big },
      { signal: controller.signal, onProgress: () => controller.abort() }
    )
    const error = await failureOf(job)
    expect(error.error).toEqual({ code: 'import-cancelled' })
    expect(isImportCancelled(error)).toBe(true)
  })

  it('does not start when already cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    const error = await failureOf(
      runImportJob(
        { kind: 'pair', sourcePath: sampleRu, targetPath: sampleEn },
        { signal: controller.signal }
      )
    )
    expect(isImportCancelled(error)).toBe(true)
  })

  it('turns running out of memory into import-out-of-memory, naming the file', async () => {
    const big = file('huge.txt', 'Минск и Вашингтон договорились. '.repeat(400_000))
    const error = await failureOf(
      runImportJob({ kind: 'pair', sourcePath: big, targetPath: sampleEn }, { memoryLimitMb: 40 })
    )
    expect(error.error).toEqual({
      code: 'import-out-of-memory',
      path: big,
      side: 'source',
      limit: 40 * 1024 * 1024
    })
  })

  it('turns a worker that exits or throws into import-crashed', async () => {
    const exits = file('exits.cjs', 'process.exit(3)')
    const throws = file('throws.cjs', 'throw new TypeError("broken worker")')
    const request = { kind: 'pair' as const, sourcePath: sampleRu, targetPath: sampleEn }
    const exited = await failureOf(runImportJob(request, { worker: { file: exits, data: {} } }))
    expect(exited.error).toMatchObject({ code: 'import-crashed', path: sampleRu, side: 'source' })
    expect(exited.error.detail).toMatch(/exit code 3/)
    const threw = await failureOf(runImportJob(request, { worker: { file: throws, data: {} } }))
    expect(threw.error).toMatchObject({ code: 'import-crashed', detail: 'broken worker' })
  })
})

describe('ImportWorkerPool: the app’s worker, kept warm between imports', () => {
  const pair = { kind: 'pair', sourcePath: sampleRu, targetPath: sampleEn } as const

  it('runs job after job on its worker, goes on after a failed file and after a cancel', async () => {
    const pool = new ImportWorkerPool()
    pool.warm()
    try {
      const first = await pool.run(pair)
      const second = await pool.run(pair)
      expect(second).toEqual(first)
      // A file that cannot be used is the import's failure; the worker takes the next job.
      const missing = await failureOf(
        pool.run({ ...pair, sourcePath: join(dir, 'no-such-file.txt') })
      )
      expect(missing.error).toMatchObject({ code: 'file-missing', side: 'source' })
      expect(await pool.run(pair)).toEqual(first)
      // Cancelled mid-job: that worker is terminated, a fresh one serves the next job.
      const controller = new AbortController()
      const cancelledJob = pool.run(pair, {
        signal: controller.signal,
        onProgress: () => controller.abort()
      })
      await expect(cancelledJob).rejects.toSatisfy(isImportCancelled)
      expect(await pool.run(pair)).toEqual(first)
    } finally {
      await pool.close()
    }
  }, 60_000)
})
