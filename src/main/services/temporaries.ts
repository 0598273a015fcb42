/**
 * Projects and articles are built under a temporary folder (`.tmp-<pid>-<name>-<random>`) and renamed
 * into place, so a crash never leaves half of one. What a killed process left behind is removed the
 * next time its parent folder is opened: folders whose process is gone, or older than an hour.
 */
import { join } from 'node:path'
import type { FsPort } from './fs-port'
import { processIsAlive } from './process-alive'

const PREFIX = '.tmp-'
const ABANDONED_AFTER_MS = 60 * 60 * 1000

export function temporaryName(name: string, random: string): string {
  return `${PREFIX}${process.pid}-${name}-${random}`
}

export async function removeStaleTemporaries(
  fs: FsPort,
  dir: string,
  now: Date,
  isAlive: (pid: number) => boolean = processIsAlive
): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (!name.startsWith(PREFIX)) continue
    const path = join(dir, name)
    const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1] ?? NaN)
    const info = await fs.stat(path).catch(() => null)
    if (!info) continue
    const abandoned =
      (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) ||
      now.getTime() - info.mtimeMs > ABANDONED_AFTER_MS
    if (!abandoned) continue
    await fs.rm(path).catch(() => undefined)
    removed.push(name)
  }
  return removed
}
