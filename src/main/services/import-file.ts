/**
 * Imports a user's file from disk: size checked with `stat` before a byte is read (a 200 MB file is
 * refused at once, with its size and the limit), bytes read whole, `importFile` does the rest. The bytes
 * are returned too: the project keeps the original file as it was, never a re-encoded copy.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { importFile } from '@shared/import'
import type { ImportOptions, ImportResult } from '@shared/import/types'
import { CalqueFailure } from '@shared/domain/errors'

/** 50 MB: a news article is a few kB; anything near this is the wrong file, and it is read whole. */
export const DEFAULT_MAX_TEXT_BYTES = 50 * 1024 * 1024

export interface ImportPathOptions extends ImportOptions {
  /** Size limit in bytes; `DEFAULT_MAX_TEXT_BYTES` (50 MB) unless given. */
  readonly maxBytes?: number
}

export type ImportedFile = ImportResult & { readonly bytes: Uint8Array }

/**
 * @throws CalqueFailure with `path`: `file-missing`, `file-is-directory`, `file-unreadable`,
 * `file-too-large` (`limit` and `size`), or any failure of `importFile` (`file-empty`,
 * `file-format-unsupported`, `encoding-mismatch`, `file-malformed`, ...). `side` is left to the caller,
 * except where a bilingual file names the side itself.
 */
export async function importPath(path: string, options: ImportPathOptions): Promise<ImportedFile> {
  const { maxBytes = DEFAULT_MAX_TEXT_BYTES, ...importOptions } = options
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new CalqueFailure({ code: 'file-is-directory', path })
    if (!info.isFile()) {
      throw new CalqueFailure({ code: 'file-unreadable', path, detail: 'not a regular file' })
    }
    size = info.size
  } catch (error) {
    throw asFailure(error, path)
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes)

  let bytes: Uint8Array
  try {
    const buffer = await readFile(path)
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    throw asFailure(error, path)
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw tooLarge(path, bytes.byteLength, maxBytes)

  try {
    return { ...importFile(bytes, basename(path), importOptions), bytes }
  } catch (error) {
    if (error instanceof CalqueFailure) throw new CalqueFailure({ ...error.error, path })
    throw error
  }
}

function tooLarge(path: string, size: number, limit: number): CalqueFailure {
  return new CalqueFailure({ code: 'file-too-large', path, limit, size })
}

function asFailure(error: unknown, path: string): CalqueFailure {
  if (error instanceof CalqueFailure) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new CalqueFailure({ code: 'file-missing', path })
  if (code === 'EISDIR') return new CalqueFailure({ code: 'file-is-directory', path })
  const detail = error instanceof Error ? error.message : String(error)
  return new CalqueFailure({ code: 'file-unreadable', path, detail })
}

export type MonolingualFile = ImportedFile & { readonly kind: 'monolingual' }

/**
 * One side of a pair: imported as `language`, failures marked with the side, and a bilingual file
 * refused (`pair-got-bilingual`) — it belongs in Open Bilingual File, not half of a pair.
 */
export async function importPairSide(
  path: string,
  side: 'source' | 'target',
  options: ImportPathOptions
): Promise<MonolingualFile> {
  let imported: ImportedFile
  try {
    imported = await importPath(path, options)
  } catch (error) {
    if (error instanceof CalqueFailure) throw new CalqueFailure({ ...error.error, side })
    throw error
  }
  if (imported.kind !== 'monolingual') {
    throw new CalqueFailure({ code: 'pair-got-bilingual', path, side })
  }
  return imported
}

export type BilingualFile = ImportedFile & { readonly kind: 'bilingual' }
