/**
 * The file-system operations that people's work passes through (the review log, project files, the
 * project lock), behind one small port. The app uses `nodeFs`; tests put a fault-injecting port in
 * its place (short writes, ENOSPC, EROFS, failing fsync or rename) without mounting anything.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fsFailure } from './fs-errors'

export interface PortStats {
  readonly size: number
  readonly ino: number
  readonly dev: number
  readonly mtimeMs: number
  isFile(): boolean
  isDirectory(): boolean
}

export interface PortHandle {
  /** Writes at `position`; may write fewer bytes than asked (disk full), as POSIX write(2) may. */
  write(data: Uint8Array, offset: number, length: number, position: number): Promise<number>
  read(into: Uint8Array, offset: number, length: number, position: number): Promise<number>
  sync(): Promise<void>
  truncate(length: number): Promise<void>
  stat(): Promise<PortStats>
  close(): Promise<void>
}

export type OpenFlags = 'r' | 'r+' | 'wx' | 'a'

export interface FsPort {
  open(path: string, flags: OpenFlags): Promise<PortHandle>
  readFile(path: string): Promise<Uint8Array>
  stat(path: string): Promise<PortStats>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string, recursive: boolean): Promise<void>
  readdir(path: string): Promise<string[]>
  rm(path: string): Promise<void>
  /** fsync a folder so a rename in it survives a power loss (a no-op where folders cannot be opened). */
  syncDir(path: string): Promise<void>
}

export const nodeFs: FsPort = {
  async open(path, flags) {
    const handle = await fs.open(path, flags)
    return {
      async write(data, offset, length, position) {
        return (await handle.write(data, offset, length, position)).bytesWritten
      },
      async read(into, offset, length, position) {
        return (await handle.read(into, offset, length, position)).bytesRead
      },
      sync: () => handle.sync(),
      truncate: (length) => handle.truncate(length),
      stat: () => handle.stat(),
      close: () => handle.close()
    }
  },
  async readFile(path) {
    const buffer = await fs.readFile(path)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  },
  stat: (path) => fs.stat(path),
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  async mkdir(path, recursive) {
    await fs.mkdir(path, { recursive })
  },
  readdir: (path) => fs.readdir(path),
  rm: (path) => fs.rm(path, { recursive: true, force: true }),
  async syncDir(path) {
    let handle
    try {
      handle = await fs.open(path, 'r')
      await handle.sync()
    } catch {
      // Windows cannot fsync a directory; NTFS journals the rename itself.
    } finally {
      await handle?.close()
    }
  }
}

/** Writes all of `data` at `position`, looping over short writes; a write of 0 bytes is a full disk. */
export async function writeFully(
  handle: PortHandle,
  data: Uint8Array,
  position: number
): Promise<void> {
  let done = 0
  while (done < data.length) {
    const written = await handle.write(data, done, data.length - done, position + done)
    if (written <= 0)
      throw Object.assign(new Error('no space left on device (short write)'), { code: 'ENOSPC' })
    done += written
  }
}

/**
 * Writes a file so that a crash leaves either the old or the new content, never a mix: a temporary
 * file in the same folder, fsync, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(
  port: FsPort,
  path: string,
  data: string | Uint8Array
): Promise<void> {
  try {
    await replaceAtomically(port, path, data)
  } catch (error) {
    // A full disk, a read-only folder…: said as such to the user, whoever called.
    throw fsFailure(error, path, 'write')
  }
}

async function replaceAtomically(
  port: FsPort,
  path: string,
  data: string | Uint8Array
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const dir = dirname(path)
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await port.open(tmp, 'wx')
  try {
    await writeFully(handle, bytes, 0)
    await handle.sync()
    await handle.close()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await port.unlink(tmp).catch(() => undefined)
    throw error
  }
  try {
    await port.rename(tmp, path)
  } catch (error) {
    await port.unlink(tmp).catch(() => undefined)
    throw error
  }
  await port.syncDir(dir)
}
