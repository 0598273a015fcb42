/** Built-in rule set + the user's extensions -> one rule set (see `userRulesSchema` for the policy). */
import type { Language } from '../../domain/document'
import type { RuleProvenance } from './compile'
import type { SegmentationRules, UserRules } from './schema'

/** Does this extension apply to `language`? (No `language` in the file: to both.) */
export function appliesTo(extension: UserRules, language: Language): boolean {
  return extension.language === undefined || extension.language === language
}

/**
 * Extensions in priority order: the rules of the first come first, then the second's, then the
 * built-in ones. List entries are appended (duplicates dropped), patterns added or replaced.
 */
export function mergeRules(
  base: SegmentationRules,
  extensions: readonly UserRules[]
): SegmentationRules {
  const applicable = extensions.filter((extension) => appliesTo(extension, base.language))
  if (applicable.length === 0) return base

  const lists: Record<string, string[]> = {}
  for (const [name, entries] of Object.entries(base.lists)) lists[name] = [...entries]
  const patterns: Record<string, string> = { ...base.patterns }
  for (const extension of applicable) {
    for (const [name, entries] of Object.entries(extension.lists)) {
      lists[name] = [...new Set([...(lists[name] ?? []), ...entries])]
    }
    Object.assign(patterns, extension.patterns)
  }

  return {
    ...base,
    patterns,
    lists,
    rules: [...applicable.flatMap((extension) => extension.rules), ...base.rules]
  }
}

/** What of `mergeRules(base, extensions)` came from the user: their rules (first) and patterns. */
export function userProvenance(
  language: Language,
  extensions: readonly UserRules[]
): RuleProvenance {
  const applicable = extensions.filter((extension) => appliesTo(extension, language))
  return {
    userRules: applicable.reduce((sum, extension) => sum + extension.rules.length, 0),
    userPatterns: new Set(applicable.flatMap((extension) => Object.keys(extension.patterns)))
  }
}
