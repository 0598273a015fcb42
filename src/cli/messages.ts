/**
 * Error sentences for the CLI, from the same `errors` namespace the app uses, so both say the same
 * thing. The CLI speaks English.
 */
import i18next, { type i18n } from 'i18next'
import type { ImportWarning } from '@shared/import/types'
import type { CalqueError } from '@shared/domain/errors'
import { resources } from '@shared/i18n/resources'

let instance: i18n | undefined

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance()
    void instance.init({
      lng: 'en',
      fallbackLng: 'en',
      resources,
      ns: ['errors', 'import'],
      defaultNS: 'errors',
      initAsync: false,
      interpolation: { escapeValue: false }
    })
  }
  return instance
}

export function errorMessage(error: CalqueError): string {
  const size = error.size
  // A few sentences name the app's menus; the command line has its own wording for them.
  const key = translator().exists(`cli.${error.code}`) ? `cli.${error.code}` : error.code
  return translator().t(key, {
    path: error.path ?? '',
    detail: error.detail ?? '',
    offset: error.offset ?? '',
    size: size === undefined || Number.isNaN(size) ? '' : humanSize(size),
    limit: error.limit === undefined ? '' : humanSize(error.limit),
    encoding: error.encoding ?? '',
    format: error.format ?? '',
    line: error.line ?? '',
    column: error.column ?? ''
  })
}

/** 1536 -> "1.5 kB", 65011712 -> "62.0 MB" (binary multiples, one decimal). */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

/**
 * An import warning as one English sentence, worded as the app words it (`import` namespace), e.g.
 * "The English side (en.txt) looks Russian: are the files swapped, or is this side untranslated?"
 */
export function warningMessage(
  warning: ImportWarning,
  file: string,
  language: 'ru' | 'en'
): string {
  const t = translator().t
  switch (warning.code) {
    case 'looks-russian':
      return t('import:notes.looksRussian', { file })
    case 'looks-english':
      return t('import:notes.looksEnglish', { file })
    case 'encoding-uncertain':
      return t(`import:notes.encodingUncertain.${language}`, {
        file,
        encoding: warning.detail ?? ''
      })
    case 'encoding-damaged':
      return t('import:notes.encodingDamaged', {
        file,
        count: warning.count ?? 1,
        offset: warning.offset ?? 0
      })
    case 'encoding-mixed':
      return t('import:notes.encodingMixed', {
        file,
        count: warning.count ?? 1,
        offset: warning.offset ?? 0,
        encoding: warning.encoding ?? ''
      })
    case 'encoding-overruled':
      return t('import:notes.encodingOverruled', {
        file,
        declared: warning.detail ?? '',
        encoding: warning.encoding ?? ''
      })
    case 'languages-unexpected':
      return t('import:notes.languagesUnexpected', { file, languages: warning.detail ?? '' })
    case 'sides-reversed':
      return t('import:notes.sidesReversed', { file })
    case 'empty-targets':
      return t('import:notes.emptyUnits', { file, count: warning.count ?? 0 })
    case 'content-skipped': {
      const kind = warning.detail ?? 'item'
      const items = t(`import:notes.skippedCount.${kind}`, {
        count: warning.count ?? 1,
        defaultValue: `${kind} (${warning.count ?? 1})`
      })
      return t('import:notes.skipped', { file, items })
    }
  }
}
