/**
 * Reads a small user file for the checks (a glossary, a phrase list) as text: size-limited, encoding
 * detected like an imported document (UTF-8 with or without BOM, UTF-16, the Cyrillic codepages: a
 * glossary exported from Excel is often Windows-1251), failures as `CalqueFailure` with the path.
 */
import { readFile, stat } from 'node:fs/promises'
import { CalqueFailure } from '@shared/domain/errors'
import { decodeWith } from '@shared/text/decode-bytes'
import { detectEncoding } from '@shared/text/detect-encoding'

/** 20 MB: far beyond any glossary or phrase list; a larger file is the wrong file. */
export const MAX_QA_FILE_BYTES = 20 * 1024 * 1024

export async function readUserTextFile(path: string): Promise<string> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new CalqueFailure({ code: 'file-is-directory', path })
    if (info.size > MAX_QA_FILE_BYTES) {
      throw new CalqueFailure({
        code: 'file-too-large',
        path,
        size: info.size,
        limit: MAX_QA_FILE_BYTES
      })
    }
    const buffer = await readFile(path)
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    if (error instanceof CalqueFailure) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new CalqueFailure({ code: 'file-missing', path })
    throw new CalqueFailure({ code: 'file-unreadable', path, detail: (error as Error).message })
  }
  if (bytes.byteLength === 0) throw new CalqueFailure({ code: 'file-empty', path })
  return decodeWith(bytes, detectEncoding(bytes).name).replace(/^\ufeff/, '')
}
