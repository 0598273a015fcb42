/**
 * One writer per project across processes: an exclusive lock file (`.calque-lock`, created with
 * O_EXCL) holding the owner's pid, host and a random token. A second window or Calque instance finds
 * it and opens the project read-only, saying who has it. A lock left by a process that no longer runs
 * (a crash, a kill) is stale and taken over at once: on the same host the pid tells, without waiting
 * for a timeout as mtime-based locks must (this is why the lock is ours rather than proper-lockfile,
 * whose staleness is a refresh interval).
 */
import { randomBytes } from 'node:crypto'
import { hostname as osHostname } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { CalqueFailure } from '@shared/domain/errors'
import { errnoOf, fsFailure } from './fs-errors'
import { nodeFs, writeFully, type FsPort } from './fs-port'
import { processIsAlive } from './process-alive'

export const LOCK_FILE = '.calque-lock'

const lockSchema = z.object({
  app: z.literal('calque'),
  pid: z.number().int().positive(),
  hostname: z.string(),
  token: z.string(),
  since: z.string()
})
export type LockInfo = z.infer<typeof lockSchema>

export interface LockEnv {
  readonly fs?: FsPort
  readonly pid?: number
  readonly hostname?: string
  readonly now?: () => Date
  /** Whether a process runs on this host (default: `process.kill(pid, 0)`). */
  readonly isAlive?: (pid: number) => boolean
}

export type LockAttempt =
  | { readonly ok: true; readonly lock: ProjectLock }
  | { readonly ok: false; readonly holder: LockInfo | null }

export class ProjectLock {
  private released = false

  constructor(
    readonly path: string,
    readonly info: LockInfo,
    private readonly fs: FsPort
  ) {}

  /** Throws `project-locked` unless the lock file is still ours (another process may have broken it). */
  async assertHeld(): Promise<void> {
    const current = await readLock(this.fs, this.path)
    if (this.released || !current || current.token !== this.info.token) {
      throw new CalqueFailure({
        code: 'project-locked',
        path: this.path,
        detail: current ? holderText(current) : 'the lock file is gone'
      })
    }
  }

  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    const current = await readLock(this.fs, this.path)
    if (current?.token === this.info.token) await this.fs.unlink(this.path).catch(() => undefined)
  }
}

export async function acquireProjectLock(dir: string, env: LockEnv = {}): Promise<LockAttempt> {
  const fs = env.fs ?? nodeFs
  const path = join(dir, LOCK_FILE)
  const info: LockInfo = {
    app: 'calque',
    pid: env.pid ?? process.pid,
    hostname: env.hostname ?? osHostname(),
    token: randomBytes(12).toString('hex'),
    since: (env.now ?? (() => new Date()))().toISOString()
  }
  const isAlive = env.isAlive ?? processIsAlive
  // Two tries: the second after removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await tryCreate(fs, path, info)) {
      // Someone who removed a stale lock at the same moment may have replaced ours: check it is ours.
      const check = await readLock(fs, path)
      if (check?.token === info.token) return { ok: true, lock: new ProjectLock(path, info, fs) }
      return { ok: false, holder: check }
    }
    const holder = await readLock(fs, path)
    const stale =
      holder === null
        ? await isOldGarbage(fs, path)
        : holder.hostname === info.hostname && holder.pid !== info.pid && !isAlive(holder.pid)
    if (!stale) return { ok: false, holder }
    await fs.unlink(path).catch(() => undefined)
  }
  return { ok: false, holder: await readLock(fs, path) }
}

async function tryCreate(fs: FsPort, path: string, info: LockInfo): Promise<boolean> {
  let handle
  try {
    handle = await fs.open(path, 'wx')
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false
    throw fsFailure(error, path, 'write')
  }
  try {
    await writeFully(handle, new TextEncoder().encode(JSON.stringify(info) + '\n'), 0)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return true
}

async function readLock(fs: FsPort, path: string): Promise<LockInfo | null> {
  try {
    const parsed = lockSchema.safeParse(
      JSON.parse(new TextDecoder().decode(await fs.readFile(path)))
    )
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * An unreadable lock file is one whose writer died between creating and filling it: garbage once it is
 * a few seconds old (younger, it may be a lock being written right now).
 */
async function isOldGarbage(fs: FsPort, path: string): Promise<boolean> {
  const info = await fs.stat(path).catch(() => null)
  return info !== null && Date.now() - info.mtimeMs > 5000
}

/** "process 4242 on anna-laptop since 2026-12-06T10:00:00Z", for messages. */
export function holderText(holder: LockInfo): string {
  return `process ${holder.pid} on ${holder.hostname} since ${holder.since}`
}
