/**
 * Reading a bilingual file Calque exported (or another tool wrote) back into reviewed articles: the
 * size is checked before a byte is read (a 100 MB file is refused at once), the bytes decoded (BOM,
 * XML declaration, else detection), then `readInterchange` does the rest. Nothing is written: the
 * caller adds the articles to a project only when this returns, so a bad file changes nothing.
 */
import { readFile, stat } from 'node:fs/promises'
import { decodeFile } from '@shared/import/decode-file'
import {
  readInterchange,
  type InterchangeReadOptions,
  type InterchangeResult
} from '@shared/interchange'
import { CalqueFailure } from '@shared/domain/errors'
import { DEFAULT_MAX_TEXT_BYTES } from '../import-file'

export interface ReadInterchangeFileOptions extends InterchangeReadOptions {
  /** Size limit in bytes; 50 MB unless given (the same limit as every other import). */
  readonly maxBytes?: number
}

export async function readInterchangeFile(
  path: string,
  options: ReadInterchangeFileOptions = {}
): Promise<InterchangeResult> {
  const { maxBytes = DEFAULT_MAX_TEXT_BYTES, ...readOptions } = options
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new CalqueFailure({ code: 'file-is-directory', path })
    if (info.size > maxBytes) {
      throw new CalqueFailure({ code: 'file-too-large', path, size: info.size, limit: maxBytes })
    }
    const buffer = await readFile(path)
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    if (error instanceof CalqueFailure) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CalqueFailure({ code: 'file-missing', path })
    throw new CalqueFailure({ code: 'file-unreadable', path, detail: (error as Error).message })
  }
  if (bytes.byteLength === 0) throw new CalqueFailure({ code: 'file-empty', path })
  if (bytes.byteLength > maxBytes) {
    throw new CalqueFailure({
      code: 'file-too-large',
      path,
      size: bytes.byteLength,
      limit: maxBytes
    })
  }
  try {
    return readInterchange(decodeFile(bytes, 'xml').text, readOptions)
  } catch (error) {
    if (error instanceof CalqueFailure) throw new CalqueFailure({ ...error.error, path })
    throw error
  }
}
