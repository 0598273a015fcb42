import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const repoRoot = resolve(__dirname, '../..')
export const sampleDir = join(repoRoot, 'resources/samples/belarus-usa-ambassadors')
export const sampleRu = join(sampleDir, 'ru.txt')
export const sampleEn = join(sampleDir, 'en.txt')

/** The third-party corpora live beside the repo (`../shared`), never inside it. */
export const sharedDir = resolve(repoRoot, '../shared')
export const corporaDir = join(sharedDir, 'corpora')
export const hasCorpora = existsSync(corporaDir)
export const SKIP_NO_CORPORA = `skipped: ${corporaDir} is absent (the third-party corpora are not in this checkout)`

export function tempDir(prefix = 'calque-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}
