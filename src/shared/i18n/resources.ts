/**
 * Translation resources shared by the renderer (react-i18next), the main process (menus, dialogs) and
 * the CLI (error messages). English is the source; Russian must have exactly the same keys (a test checks).
 */
import enAlignment from './locales/en/alignment.json'
import enCommon from './locales/en/common.json'
import enDashboard from './locales/en/dashboard.json'
import enErrors from './locales/en/errors.json'
import enFind from './locales/en/find.json'
import enExport from './locales/en/export.json'
import enImport from './locales/en/import.json'
import enKeys from './locales/en/keys.json'
import enMenu from './locales/en/menu.json'
import enScoring from './locales/en/scoring.json'
import enQa from './locales/en/qa.json'
import enTypology from './locales/en/typology.json'
import enWorkspace from './locales/en/workspace.json'
import ruAlignment from './locales/ru/alignment.json'
import ruCommon from './locales/ru/common.json'
import ruDashboard from './locales/ru/dashboard.json'
import ruErrors from './locales/ru/errors.json'
import ruFind from './locales/ru/find.json'
import ruExport from './locales/ru/export.json'
import ruImport from './locales/ru/import.json'
import ruKeys from './locales/ru/keys.json'
import ruMenu from './locales/ru/menu.json'
import ruScoring from './locales/ru/scoring.json'
import ruQa from './locales/ru/qa.json'
import ruTypology from './locales/ru/typology.json'
import ruWorkspace from './locales/ru/workspace.json'

export const SUPPORTED_LANGUAGES = ['en', 'ru'] as const
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number]

export const NAMESPACES = [
  'alignment',
  'common',
  'dashboard',
  'errors',
  'find',
  'export',
  'import',
  'keys',
  'menu',
  'scoring',
  'qa',
  'typology',
  'workspace'
] as const

export const resources = {
  en: {
    alignment: enAlignment,
    common: enCommon,
    dashboard: enDashboard,
    errors: enErrors,
    find: enFind,
    export: enExport,
    import: enImport,
    keys: enKeys,
    menu: enMenu,
    scoring: enScoring,
    qa: enQa,
    typology: enTypology,
    workspace: enWorkspace
  },
  ru: {
    alignment: ruAlignment,
    common: ruCommon,
    dashboard: ruDashboard,
    errors: ruErrors,
    find: ruFind,
    export: ruExport,
    import: ruImport,
    keys: ruKeys,
    menu: ruMenu,
    scoring: ruScoring,
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
