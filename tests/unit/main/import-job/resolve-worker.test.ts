/**
 * Where the import worker is found: beside the bundle (or one folder up, from a chunk) in the built
 * app, beside its source under Vitest and tsx; and the built worker itself, run for real.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CalqueFailure } from '@shared/domain/errors'
import { runImportJob } from '../../../../src/main/services/import-job'
import { resolveImportWorker } from '../../../../src/main/services/import-job/resolve-worker'
import { repoRoot, sampleEn, sampleRu } from '../../../helpers/paths'

const existing =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path)

describe('resolveImportWorker', () => {
  it('finds the built worker beside the bundle, or one folder up from a chunk', () => {
    expect(
      resolveImportWorker('/app/out/main', existing('/app/out/main/import-worker.js'))
    ).toEqual({
      file: '/app/out/main/import-worker.js',
      data: {}
    })
    expect(
      resolveImportWorker('/app/out/main/chunks', existing('/app/out/main/import-worker.js'))
    ).toEqual({ file: '/app/out/main/import-worker.js', data: {} })
  })

  it('starts the TypeScript source through the tsx bootstrap when there is no build', () => {
    const dir = '/repo/src/main/services/import-job'
    expect(resolveImportWorker(dir, existing(`${dir}/import-worker.ts`))).toEqual({
      file: `${dir}/dev-worker.cjs`,
      data: { entry: `${dir}/import-worker.ts` }
    })
  })

  it('says so when neither is there', () => {
    expect(() => resolveImportWorker('/nowhere', () => false)).toThrow(CalqueFailure)
  })

  it('resolves, from the source tree, to files that exist', () => {
    const entry = resolveImportWorker()
    expect(existsSync(entry.file)).toBe(true)
    expect(Object.values(entry.data).every((path) => existsSync(path))).toBe(true)
  })
})

const BUILT = join(repoRoot, 'out/main/import-worker.js')

function staleReason(): string | null {
  if (!existsSync(BUILT)) return 'not built; run `npm run build`'
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .reduce((latest, e) => Math.max(latest, statSync(join(e.parentPath, e.name)).mtimeMs), 0)
  const sources = Math.max(newest(join(repoRoot, 'src/main')), newest(join(repoRoot, 'src/shared')))
  return sources > statSync(BUILT).mtimeMs ? 'out/ is older than src/; run `npm run build`' : null
}
const reason = staleReason()

describe.skipIf(reason !== null)(
  `the built worker, out/main/import-worker.js${reason === null ? '' : ` (skipped: ${reason})`}`,
  () => {
    it('imports and aligns the sample pair like the source does', async () => {
      const result = await runImportJob(
        { kind: 'pair', sourcePath: sampleRu, targetPath: sampleEn },
        { worker: { file: BUILT, data: {} } }
      )
      expect(result.kind).toBe('pair')
      if (result.kind === 'pair') {
        expect(result.source.document.segments).toHaveLength(50)
        expect(result.beads).toHaveLength(50)
      }
    })
  }
)
