/** The main process's own i18next instance: menus, dialog titles and start-up errors. */
import i18next, { type i18n as I18n } from 'i18next'
import { NAMESPACES, resources, type SupportedLanguage } from '@shared/i18n/resources'

/** A key such as `menu:openPair` in, a sentence in the current language out. */
export type Translate = (key: string) => string

export function createMainI18n(language: SupportedLanguage): I18n {
  const instance = i18next.createInstance()
  // Resources are bundled, so initialisation is synchronous: the menu can be built right away.
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ru'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    // Menu labels and dialog titles are not HTML.
    interpolation: { escapeValue: false }
  })
  return instance
}

/** A `t` bound to the instance, following its language as it changes. */
export function translatorOf(instance: I18n): Translate {
  return (key) => instance.t(key)
}
