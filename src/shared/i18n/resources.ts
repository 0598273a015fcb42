/**
 * Translation resources shared by the renderer (react-i18next), the main process (menus, dialogs) and
 * the CLI (error messages). English is the source; Russian must have exactly the same keys (a test checks).
 */
import enCommon from './locales/en/common.json'
import enErrors from './locales/en/errors.json'
import enMenu from './locales/en/menu.json'
import enTypology from './locales/en/typology.json'
import enWorkspace from './locales/en/workspace.json'
import ruCommon from './locales/ru/common.json'
import ruErrors from './locales/ru/errors.json'
import ruMenu from './locales/ru/menu.json'
import ruTypology from './locales/ru/typology.json'
import ruWorkspace from './locales/ru/workspace.json'

export const SUPPORTED_LANGUAGES = ['en', 'ru'] as const
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number]

export const NAMESPACES = ['common', 'errors', 'menu', 'typology', 'workspace'] as const

export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    menu: enMenu,
    typology: enTypology,
    workspace: enWorkspace
  },
  ru: {
    common: ruCommon,
    errors: ruErrors,
    menu: ruMenu,
    typology: ruTypology,
    workspace: ruWorkspace
  }
} as const

/** `ru-RU`, `ru_BY.UTF-8`, `be` … -> the UI language to use. Russian for Russian and Belarusian locales. */
export function pickLanguage(locale: string | undefined | null): SupportedLanguage {
  const l = (locale ?? '').toLowerCase()
  return l.startsWith('ru') || l.startsWith('be') ? 'ru' : 'en'
}
