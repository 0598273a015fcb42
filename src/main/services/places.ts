/**
 * Where the reviewer left off in each project (`places.json` in the user-data folder): the article and
 * row to show when the project opens again. A convenience, not review data: lost or damaged, it only
 * means starting at the top.
 */
import { join } from 'node:path'
import { z } from 'zod'
import type { Place } from '@shared/ipc/contract'
import { readJsonFile, writeJsonFile } from './json-file'

const MAX_PROJECTS = 200

const placesSchema = z.record(
  z.string(),
  z.object({ articleId: z.string(), row: z.string().nullable(), at: z.string() })
)

export class PlacesStore {
  private readonly file: string
  private cache: z.infer<typeof placesSchema> | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'places.json')
  }

  async get(projectId: string): Promise<Place | null> {
    const entry = (await this.load())[projectId]
    return entry ? { articleId: entry.articleId, row: entry.row } : null
  }

  async remember(projectId: string, place: Place, at: Date): Promise<void> {
    const places = { ...(await this.load()), [projectId]: { ...place, at: at.toISOString() } }
    // Keep the most recent ones only.
    const kept = Object.entries(places)
      .sort((a, b) => (a[1].at < b[1].at ? 1 : -1))
      .slice(0, MAX_PROJECTS)
    this.cache = Object.fromEntries(kept)
    const snapshot = this.cache
    this.writing = this.writing
      .then(() => writeJsonFile(this.file, snapshot))
      .catch(() => undefined)
    await this.writing
  }

  private async load(): Promise<z.infer<typeof placesSchema>> {
    if (this.cache) return this.cache
    const parsed = placesSchema.safeParse(await readJsonFile(this.file))
    this.cache = parsed.success ? parsed.data : {}
    return this.cache
  }
}
