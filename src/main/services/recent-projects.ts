/** The Open Recent list (`recent.json` in the user-data folder), newest first. */
import { join } from 'node:path'
import { z } from 'zod'
import type { RecentProject } from '@shared/ipc/contract'
import { readJsonFile, writeJsonFile } from './json-file'

const MAX_RECENT = 10

const recentSchema = z.array(
  z.object({ id: z.string(), name: z.string(), dir: z.string(), openedAt: z.string() })
)

export class RecentProjects {
  private readonly file: string

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'recent.json')
  }

  async list(): Promise<RecentProject[]> {
    const parsed = recentSchema.safeParse(await readJsonFile(this.file))
    return parsed.success ? parsed.data : []
  }

  async find(id: string): Promise<RecentProject | undefined> {
    return (await this.list()).find((p) => p.id === id)
  }

  async remember(entry: RecentProject): Promise<RecentProject[]> {
    const rest = (await this.list()).filter((p) => p.id !== entry.id && p.dir !== entry.dir)
    const next = [entry, ...rest].slice(0, MAX_RECENT)
    await writeJsonFile(this.file, next)
    return next
  }
}
