/**
 * English is the source language; Russian must say everything English says. Key sets must match in
 * every namespace, with plural families compared by the language's own CLDR categories (en one/other,
 * ru one/few/many/other), no value may be empty, and both languages must use the same placeholders.
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { NAMESPACES, resources, SUPPORTED_LANGUAGES } from '@shared/i18n/resources'

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

type Flat = Map<string, unknown>

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out)
  } else out.set(prefix, value)
  return out
}

interface Family {
  /** Plural categories present (`one`, `few` …); empty for a plain key. */
  readonly forms: Set<string>
  readonly values: string[]
}

function families(flat: Flat): Map<string, Family> {
  const result = new Map<string, Family>()
  for (const [key, value] of flat) {
    const match = PLURAL_SUFFIX.exec(key)
    const base = match ? key.slice(0, match.index) : key
    const family = result.get(base) ?? { forms: new Set<string>(), values: [] }
    if (match) family.forms.add(match[1]!)
    family.values.push(String(value))
    result.set(base, family)
  }
  return result
}

const placeholders = (values: readonly string[]): string[] =>
  [
    ...new Set(
      values.flatMap((v) => [...v.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!))
    )
  ].sort()

const pluralCategories = (language: string): string[] =>
  [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort()

describe.each(NAMESPACES)('locale namespace %s', (namespace) => {
  const flat = Object.fromEntries(
    SUPPORTED_LANGUAGES.map((language) => [language, flatten(resources[language][namespace])])
  )
  const byLanguage = Object.fromEntries(
    SUPPORTED_LANGUAGES.map((language) => [language, families(flat[language]!)])
  )
  const en = byLanguage.en!

  it('has no empty or non-string values', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const [key, value] of flat[language]!) {
        expect(typeof value, `${language}:${namespace}:${key}`).toBe('string')
        expect(String(value).trim(), `${language}:${namespace}:${key}`).not.toBe('')
      }
    }
  })

  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en'))(
    'has the same keys in %s as in English',
    (language) => {
      expect([...byLanguage[language]!.keys()].sort()).toEqual([...en.keys()].sort())
    }
  )

  it.each(SUPPORTED_LANGUAGES)('gives every plural family all the %s plural forms', (language) => {
    const expected = pluralCategories(language)
    for (const [key, family] of byLanguage[language]!) {
      const plural = en.get(key)?.forms.size ? true : false
      expect(family.forms.size > 0, `${language}:${namespace}:${key} plural as in English`).toBe(
        plural
      )
      if (plural)
        expect([...family.forms].sort(), `${language}:${namespace}:${key}`).toEqual(expected)
    }
  })

  it('uses the same placeholders in every language', () => {
    for (const [key, family] of en) {
      for (const language of SUPPORTED_LANGUAGES) {
        const other = byLanguage[language]!.get(key)
        expect(placeholders(other?.values ?? []), `${language}:${namespace}:${key}`).toEqual(
          placeholders(family.values)
        )
      }
    }
  })

  it('makes every string with a {{count}} a plural family', () => {
    for (const [key, family] of en) {
      if (placeholders(family.values).includes('count')) {
        expect(family.forms.size, `${namespace}:${key} uses {{count}}`).toBeGreaterThan(0)
      }
    }
  })
})

describe('Russian plurals at run time', () => {
  it('picks строка / строки / строк and замечание / замечания / замечаний by the count', () => {
    const i18n = i18next.createInstance()
    void i18n.init({ resources, lng: 'ru', defaultNS: 'workspace', initAsync: false })
    const rows = (count: number): string =>
      i18n.t('statusBar.rows', { count, formatted: String(count) })
    expect([1, 2, 5, 11, 21, 22, 25, 111].map(rows)).toEqual([
      '1 строка',
      '2 строки',
      '5 строк',
      '11 строк',
      '21 строка',
      '22 строки',
      '25 строк',
      '111 строк'
    ])
    expect(i18n.t('row.flagCount', { count: 3 })).toBe('3 замечания')
    expect(i18n.t('row.flagCount', { count: 14 })).toBe('14 замечаний')
    expect(i18n.t('count.segments', { count: 41 })).toBe('41 сегмент')
  })
})
