/**
 * The user's own sentence rules: `<userData>/segmentation/ru.json` and `en.json` (format in
 * docs/architecture.md, "Sentence segmentation rules"). Read each time a project is made, so an
 * edited file takes effect without a restart; a broken file is reported, never silently ignored.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Language } from '@shared/domain/document'
import { CalqueFailure } from '@shared/ipc/errors'
import { createSegmenter, type Segmenter } from '@shared/segment/segmenter'
import type { UserRules } from '@shared/segment/rules'
import { parseUserRulesText } from '@shared/segment/user-rules'

export type Segmenters = Partial<Record<Language, Segmenter>>

export function segmentationRulesPath(userDataDir: string, language: Language): string {
  return join(userDataDir, 'segmentation', `${language}.json`)
}

/** Segmenters for the languages that have a user rule file; the built-in rules serve the others. */
export async function loadUserSegmenters(userDataDir: string): Promise<Segmenters> {
  const segmenters: Segmenters = {}
  for (const language of ['ru', 'en'] as const) {
    const rules = await loadRulesFile(segmentationRulesPath(userDataDir, language))
    if (rules !== null) segmenters[language] = createSegmenter(language, rules)
  }
  return segmenters
}

/** A rules file's validated content, `null` when there is no such file. */
export async function loadRulesFile(path: string): Promise<UserRules | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new CalqueFailure({ code: 'file-unreadable', path, detail: (error as Error).message })
  }
  const parsed = parseUserRulesText(text)
  if (!parsed.ok) {
    throw new CalqueFailure({
      code: 'file-malformed',
      path,
      format: 'segmentation rules',
      detail: parsed.error.message
    })
  }
  return parsed.value
}
