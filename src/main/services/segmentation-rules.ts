/**
 * The user's own sentence rules: `<userData>/segmentation/ru.json` and `en.json` (format in
 * docs/architecture.md, "Sentence segmentation rules"). Read each time a project is made, so an
 * edited file takes effect without a restart; a broken file is reported (`rules-invalid`, every
 * problem named by rule and field), never silently ignored. The rules are returned as data as well,
 * for an import job that segments in a worker thread (a `Segmenter` holds compiled regexes and
 * cannot be posted to one).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Language } from '@shared/domain/document'
import { CalqueFailure } from '@shared/domain/errors'
import type { UserRules } from '@shared/segment/rules'
import { parseUserRulesText } from '@shared/segment/user-rules'
import type { UserRulesByLanguage } from './import-job/types'

export function segmentationRulesPath(userDataDir: string, language: Language): string {
  return join(userDataDir, 'segmentation', `${language}.json`)
}

/** The user's rule files as validated data, by language: `runImportJob`'s `userRules`. */
export async function loadUserRules(userDataDir: string): Promise<UserRulesByLanguage> {
  const rules: Partial<Record<Language, UserRules[]>> = {}
  for (const language of ['ru', 'en'] as const) {
    const own = await loadRulesFile(segmentationRulesPath(userDataDir, language))
    if (own !== null) rules[language] = [own]
  }
  return rules
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
  // `rules-invalid`, not `file-malformed`: the problems are named by rule and field, not by line.
  if (!parsed.ok)
    throw new CalqueFailure({ code: 'rules-invalid', path, detail: parsed.error.message })
  return parsed.value
}
