/**
 * Writes `alignment.json` without building it as one string: two million segments make a JSON text
 * longer than V8 allows a string to be (`RangeError: Invalid string length`), and gigabytes before
 * that. The output is byte for byte `JSON.stringify(alignment, null, 1) + '\n'` (what
 * `project-create.ts` writes today, so projects stay identical whichever path made them): the value is
 * walked, and every part without nested objects or arrays in it (a segment, a bead's index list) is
 * written by `JSON.stringify` itself and indented to its depth.
 *
 * Durable like `writeFileAtomic`: a temporary file in the same folder, written in chunks of about a
 * megabyte, fsynced, renamed over the target, the folder fsynced.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { AlignmentFile } from '@shared/project/format'
import { syncDirectory } from '../atomic-write'

/** Characters gathered before each write: few system calls, little memory. */
const CHUNK_CHARS = 1 << 20

export async function writeAlignmentFile(path: string, alignment: AlignmentFile): Promise<void> {
  const dir = dirname(path)
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(tmp, 'wx')
  try {
    let pending: string[] = []
    let pendingChars = 0
    for (const piece of jsonPieces(alignment, 0)) {
      pending.push(piece)
      pendingChars += piece.length
      if (pendingChars >= CHUNK_CHARS) {
        await handle.write(pending.join(''))
        pending = []
        pendingChars = 0
      }
    }
    pending.push('\n')
    await handle.write(pending.join(''))
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(tmp, { force: true })
    throw error
  }
  await handle.close()
  await rename(tmp, path)
  await syncDirectory(dir)
}

/**
 * The pieces of `JSON.stringify(value, null, 1)` for plain data (objects, arrays, strings, numbers,
 * booleans, null; no `toJSON`), at nesting `depth`: the same rules for what is left out (`undefined`
 * and functions in objects) and what becomes `null` (in arrays).
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (isFlat(value)) {
    const text = JSON.stringify(value, null, 1) ?? 'null'
    yield depth === 0 ? text : text.replaceAll('\n', `\n${' '.repeat(depth)}`)
    return
  }
  const inner = ' '.repeat(depth + 1)
  if (Array.isArray(value)) {
    yield '['
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `\n${inner}` : `,\n${inner}`
      yield* jsonPieces(omitted(value[i]) ? null : value[i], depth + 1)
    }
    yield `\n${' '.repeat(depth)}]`
    return
  }
  const entries = Object.entries(value as object).filter(([, field]) => !omitted(field))
  yield '{'
  for (let i = 0; i < entries.length; i++) {
    const [key, field] = entries[i]!
    yield `${i === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `
    yield* jsonPieces(field, depth + 1)
  }
  yield `\n${' '.repeat(depth)}}`
}

/** A value `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** No object or array inside (or not an object at all): `JSON.stringify` writes it in one go. */
function isFlat(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  if (Array.isArray(value)) {
    if (value.length === 0) return true
    for (const item of value) if (item !== null && typeof item === 'object') return false
    return true
  }
  for (const field of Object.values(value)) {
    if (field !== null && typeof field === 'object') return false
  }
  return true
}
