/**
 * Writes `alignment.json` without building it as one string: two million segments make a JSON text
 * longer than V8 allows a string to be (`RangeError: Invalid string length`), and gigabytes before
 * that. The output is byte for byte `JSON.stringify(alignment, null, 1) + '\n'` (what
 * `project-create.ts` writes today, so projects stay identical whichever path made them): the value is
 * walked, and every part without nested objects or arrays in it (a segment, a bead's index list) is
 * written by `JSON.stringify` itself and indented to its depth.
 *
 * Durable like `writeFileAtomic` (and through the same file-system port, so tests inject faults): a
 * temporary file in the same folder, written in chunks of about a megabyte, fsynced, renamed over the
 * target, the folder fsynced.
 */
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { AlignmentFile } from '@shared/project/format'
import { fsFailure } from '../fs-errors'
import { nodeFs, writeFully, type FsPort } from '../fs-port'

/** Characters gathered before each write: few system calls, little memory. */
const CHUNK_CHARS = 1 << 20

export async function writeAlignmentFile(
  path: string,
  alignment: AlignmentFile,
  fs: FsPort = nodeFs
): Promise<void> {
  const dir = dirname(path)
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await fs.open(tmp, 'wx')
    try {
      const encoder = new TextEncoder()
      let written = 0
      const flush = async (text: string): Promise<void> => {
        const bytes = encoder.encode(text)
        await writeFully(handle, bytes, written)
        written += bytes.length
      }
      let pending: string[] = []
      let pendingChars = 0
      for (const piece of jsonPieces(alignment, 0)) {
        pending.push(piece)
        pendingChars += piece.length
        if (pendingChars >= CHUNK_CHARS) {
          await flush(pending.join(''))
          pending = []
          pendingChars = 0
        }
      }
      pending.push('\n')
      await flush(pending.join(''))
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tmp, path)
    await fs.syncDir(dir)
  } catch (error) {
    await fs.unlink(tmp).catch(() => undefined)
    throw fsFailure(error, path, 'write')
  }
}

/**
 * The pieces of `JSON.stringify(value, null, 1)` at nesting `depth`, for plain data (objects, arrays,
 * strings, numbers, booleans, null; no `toJSON` on objects). Objects are walked field by field; arrays
 * are written `SLICE` elements at a time by `JSON.stringify` itself (fast, and exact by construction),
 * indented to their depth: built for arrays of many small elements, the segments and beads.
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  const pad = ' '.repeat(depth)
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]'
      return
    }
    yield '['
    for (let at = 0; at < value.length; at += SLICE) {
      const text = JSON.stringify(value.slice(at, at + SLICE), null, 1)
      const indented = depth === 0 ? text : text.replaceAll('\n', `\n${pad}`)
      // Without the slice's own brackets: `\n<pad> element,\n<pad> element`.
      const elements = indented.slice(1, indented.length - pad.length - 2)
      yield at === 0 ? elements : `,${elements}`
    }
    yield `\n${pad}]`
    return
  }
  const entries = Object.entries(value).filter(([, field]) => !omitted(field))
  if (entries.length === 0) {
    yield '{}'
    return
  }
  for (let i = 0; i < entries.length; i++) {
    const [key, field] = entries[i]!
    yield `${i === 0 ? '{\n' : ',\n'}${pad} ${JSON.stringify(key)}: `
    yield* jsonPieces(field, depth + 1)
  }
  yield `\n${pad}}`
}

/** Array elements written per `JSON.stringify` call: small strings, few calls. */
const SLICE = 1000

/** A value `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}
