/**
 * Where the import worker's code is, at run time. Two layouts:
 * - built (electron-vite: main, the CLI and the worker bundled to `out/main/*.js`, shared code in
 *   `out/main/chunks/`): `import-worker.js` beside the bundle running this code, or one folder up when
 *   this code sits in a chunk;
 * - source (Vitest, `tsx`): `import-worker.ts` beside this file, started through `dev-worker.cjs`,
 *   which registers tsx in the new thread first.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { CalqueFailure } from '@shared/domain/errors'

export interface WorkerEntry {
  /** The file to start the worker thread with. */
  readonly file: string
  /** Extra `workerData` that file needs (the source-mode bootstrap: which module to load). */
  readonly data: Readonly<Record<string, string>>
}

export function resolveImportWorker(
  dir: string = __dirname,
  exists: (path: string) => boolean = existsSync
): WorkerEntry {
  for (const folder of [dir, dirname(dir)]) {
    const built = join(folder, 'import-worker.js')
    if (exists(built)) return { file: built, data: {} }
  }
  const source = join(dir, 'import-worker.ts')
  if (exists(source)) return { file: join(dir, 'dev-worker.cjs'), data: { entry: source } }
  throw new CalqueFailure({
    code: 'import-crashed',
    detail: `the import worker is missing (no import-worker.js or .ts in ${dir})`
  })
}
