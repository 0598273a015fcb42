/** User settings (`settings.json` in the user-data folder). */
import { join } from 'node:path'
import { z } from 'zod'
import type { Settings, UiLanguage } from '@shared/ipc/contract'
import { pickLanguage } from '@shared/i18n/resources'
import { readJsonFile, writeJsonFile } from './json-file'

const storedSettingsSchema = z.object({
  language: z.enum(['en', 'ru']).optional(),
  projectsRoot: z.string().min(1).optional()
})

type StoredSettings = z.infer<typeof storedSettingsSchema>

export class SettingsStore {
  private stored: StoredSettings = {}
  private readonly file: string

  constructor(
    private readonly userDataDir: string,
    private readonly systemLocale: string
  ) {
    this.file = join(userDataDir, 'settings.json')
  }

  async load(): Promise<Settings> {
    const parsed = storedSettingsSchema.safeParse(await readJsonFile(this.file))
    this.stored = parsed.success ? parsed.data : {}
    return this.current()
  }

  /** Language follows the OS locale until the user picks one. */
  current(): Settings {
    return {
      language: this.stored.language ?? pickLanguage(this.systemLocale),
      projectsRoot: this.stored.projectsRoot ?? join(this.userDataDir, 'projects')
    }
  }

  async setLanguage(language: UiLanguage): Promise<Settings> {
    this.stored = { ...this.stored, language }
    await writeJsonFile(this.file, this.stored)
    return this.current()
  }

  async setProjectsRoot(projectsRoot: string): Promise<Settings> {
    this.stored = { ...this.stored, projectsRoot }
    await writeJsonFile(this.file, this.stored)
    return this.current()
  }
}
