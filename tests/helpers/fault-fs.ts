/**
 * A file-system port that fails on purpose: short writes, ENOSPC, EROFS, failing fsync, rename or
 * truncate, on the calls a rule names. Everything else goes to the real file system, so a test sees
 * exactly what a user's disk would hold after such a failure.
 */
import { nodeFs, type FsPort, type PortHandle } from '../../src/main/services/fs-port'

export type FaultOp =
  'open' | 'write' | 'sync' | 'truncate' | 'rename' | 'unlink' | 'mkdir' | 'read'

export interface FaultRule {
  readonly op: FaultOp
  /** Only calls on paths containing this (default: any path). */
  readonly path?: string
  /** Fail the n-th matching call (1-based); default: every matching call. */
  readonly nth?: number
  /** The errno to throw (default EIO); ignored when `short` is set. */
  readonly error?: string
  /** For writes: write only this many bytes of the request, then report that count (a short write). */
  readonly short?: number
}

export interface FaultyFs extends FsPort {
  /** Rules can be changed while a test runs. */
  rules: FaultRule[]
  readonly log: string[]
}

export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault`), { code })
}

export function faultyFs(rules: FaultRule[] = [], base: FsPort = nodeFs): FaultyFs {
  const counts = new Map<FaultRule, number>()
  const fs: FaultyFs = {
    rules,
    log: [],
    async open(path, flags) {
      fault('open', path)
      return wrap(await base.open(path, flags), path)
    },
    readFile: (path) => base.readFile(path),
    stat: (path) => base.stat(path),
    async rename(from, to) {
      fault('rename', to)
      return base.rename(from, to)
    },
    async unlink(path) {
      fault('unlink', path)
      return base.unlink(path)
    },
    async mkdir(path, recursive) {
      fault('mkdir', path)
      return base.mkdir(path, recursive)
    },
    readdir: (path) => base.readdir(path),
    rm: (path) => base.rm(path),
    syncDir: (path) => base.syncDir(path)
  }

  /** The rule that applies to this call, counting the call against every rule it matches. */
  function match(op: FaultOp, path: string): FaultRule | undefined {
    let hit: FaultRule | undefined
    for (const rule of fs.rules) {
      if (rule.op !== op || (rule.path && !path.includes(rule.path))) continue
      const n = (counts.get(rule) ?? 0) + 1
      counts.set(rule, n)
      if (rule.nth === undefined || rule.nth === n) hit ??= rule
    }
    if (hit) fs.log.push(`${op} ${path}`)
    return hit
  }

  function fault(op: FaultOp, path: string): void {
    const rule = match(op, path)
    if (rule) throw errno(rule.error ?? 'EIO')
  }

  function wrap(handle: PortHandle, path: string): PortHandle {
    return {
      async write(data, offset, length, position) {
        const rule = match('write', path)
        if (rule?.short !== undefined) {
          const n = Math.min(rule.short, length)
          return n > 0 ? handle.write(data, offset, n, position) : 0
        }
        if (rule) throw errno(rule.error ?? 'EIO')
        return handle.write(data, offset, length, position)
      },
      read: (into, offset, length, position) => handle.read(into, offset, length, position),
      async sync() {
        fault('sync', path)
        return handle.sync()
      },
      async truncate(length) {
        fault('truncate', path)
        return handle.truncate(length)
      },
      stat: () => handle.stat(),
      close: () => handle.close()
    }
  }
  return fs
}
