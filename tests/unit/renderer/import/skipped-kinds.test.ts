/**
 * The readers name what they skip from one shared list; the import notes say each kind in the UI
 * language. The locales must name exactly that list: a kind without strings would show its raw key,
 * a string without a kind is dead text.
 */
import { describe, expect, it } from 'vitest'
import { SKIPPED_CONTENT_KINDS } from '@shared/import/skipped-content'
import { resources, SUPPORTED_LANGUAGES } from '@shared/i18n/resources'

describe.each(SUPPORTED_LANGUAGES)('the %s names of skipped content', (language) => {
  const { skippedCount, skippedKind } = resources[language].import.notes
  const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories]

  it('count every kind, and nothing else, in each plural form of the language', () => {
    const expected = SKIPPED_CONTENT_KINDS.flatMap((kind) =>
      categories.map((category) => `${kind}_${category}`)
    )
    expect(Object.keys(skippedCount).sort()).toEqual(expected.sort())
    for (const [key, text] of Object.entries(skippedCount)) {
      expect(text, `${language}:${key}`).toMatch(/^\{\{count\}\} \S/u)
    }
  })

  it('name every kind without a count, and nothing else', () => {
    expect(Object.keys(skippedKind).sort()).toEqual([...SKIPPED_CONTENT_KINDS].sort())
  })
})
