/**
 * Reads a user's text file: size checked before reading, bytes decoded by `decodeText`, every failure a
 * `CalqueFailure` with a code the UI and the CLI turn into a sentence.
 */
import { readFile, stat } from 'node:fs/promises'
import { CalqueFailure } from '../../shared/ipc/errors'
import { decodeText } from '../../shared/text/decode'

/** 50 MB: a news article is a few kB; anything near this is the wrong file, and it is read whole. */
export const DEFAULT_MAX_TEXT_BYTES = 50 * 1024 * 1024

export interface TextFile {
  readonly text: string
  /** `UTF-8` or `UTF-8 (BOM)`, shown to the user. */
  readonly encoding: string
  readonly byteLength: number
}

export interface ReadTextFileOptions {
  readonly maxBytes?: number
}

/**
 * @throws CalqueFailure with `file-missing`, `file-is-directory`, `file-unreadable` (`detail`: the system
 * error), `file-too-large` (`limit` and `size` in bytes), `file-empty`,
 * `file-binary` or `file-not-utf8` (`offset`: first bad byte); each with `path`.
 */
export async function readTextFile(
  path: string,
  options: ReadTextFileOptions = {}
): Promise<TextFile> {
  const limit = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES
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
  if (size > limit) throw tooLarge(path, size, limit)

  let bytes: Uint8Array
  try {
    const buffer = await readFile(path)
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    throw asFailure(error, path)
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > limit) throw tooLarge(path, bytes.byteLength, limit)

  const decoded = decodeText(bytes)
  if (!decoded.ok) {
    throw new CalqueFailure(
      decoded.offset === undefined
        ? { code: decoded.code, path }
        : { code: decoded.code, path, offset: decoded.offset }
    )
  }
  return { text: decoded.text, encoding: decoded.encoding, byteLength: bytes.byteLength }
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
