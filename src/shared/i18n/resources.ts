/**
 * Translation resources shared by the renderer (react-i18next), the main process (menus, dialogs) and
 * the CLI (error messages). English is the source; Russian must have exactly the same keys (a test checks).
 */
import enAlignment from './locales/en/alignment.json'
import enCommon from './locales/en/common.json'
import enErrors from './locales/en/errors.json'
import enImport from './locales/en/import.json'
import enMenu from './locales/en/menu.json'
import enQa from './locales/en/qa.json'
import enTypology from './locales/en/typology.json'
import enWorkspace from './locales/en/workspace.json'
import ruAlignment from './locales/ru/alignment.json'
import ruCommon from './locales/ru/common.json'
import ruErrors from './locales/ru/errors.json'
import ruImport from './locales/ru/import.json'
import ruMenu from './locales/ru/menu.json'
import ruQa from './locales/ru/qa.json'
import ruTypology from './locales/ru/typology.json'
import ruWorkspace from './locales/ru/workspace.json'

export const SUPPORTED_LANGUAGES = ['en', 'ru'] as const
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number]

export const NAMESPACES = [
  'alignment',
  'common',
  'errors',
  'import',
  'menu',
  'qa',
  'typology',
  'workspace'
] as const

export const resources = {
  en: {
    alignment: enAlignment,
    common: enCommon,
    errors: enErrors,
    import: enImport,
    menu: enMenu,
    qa: enQa,
    typology: enTypology,
    workspace: enWorkspace
  },
  ru: {
    alignment: ruAlignment,
    common: ruCommon,
    errors: ruErrors,
    import: ruImport,
    menu: ruMenu,
    qa: ruQa,
    typology: ruTypology,
    workspace: ruWorkspace
  }
} as const

/** `ru-RU`, `ru_BY.UTF-8`, `be` … -> the UI language to use. Russian for Russian and Belarusian locales. */
export function pickLanguage(locale: string | undefined | null): SupportedLanguage {
  const l = (locale ?? '').toLowerCase()
  return l.startsWith('ru') || l.startsWith('be') ? 'ru' : 'en'
}
