/** A glossary file (CSV, TSV or TBX) from disk, parsed by the pure reader in src/shared/qa. */
import { basename } from 'node:path'
import { CalqueFailure } from '@shared/domain/errors'
import { mergeGlossaries, parseGlossary, type Glossary } from '@shared/qa'
import { readUserTextFile } from './text-file'

/** @throws CalqueFailure with `path` (missing, unreadable, too large, empty, malformed CSV or TBX, unsafe XML). */
export async function loadGlossaryFile(path: string): Promise<Glossary> {
  const text = await readUserTextFile(path)
  try {
    return parseGlossary(text, basename(path))
  } catch (error) {
    if (error instanceof CalqueFailure) throw new CalqueFailure({ ...error.error, path })
    throw error
  }
}

/** Several glossary files as one. */
export async function loadGlossaryFiles(paths: readonly string[]): Promise<Glossary | undefined> {
  if (paths.length === 0) return undefined
  return mergeGlossaries(await Promise.all(paths.map(loadGlossaryFile)))
}
