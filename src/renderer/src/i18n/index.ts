/**
 * One i18next instance per window (and per test), built from the resources shared with main and the
 * CLI. Created synchronously (`initAsync: false`): the resources are bundled, so the first paint is
 * already in the user's language.
 */
import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import {
  NAMESPACES,
  resources,
  SUPPORTED_LANGUAGES,
  type SupportedLanguage
} from '@shared/i18n/resources'

export interface I18nOptions {
  /** Called for every key that resolves to nothing; component tests fail on it. */
  readonly onMissingKey?: (namespace: string, key: string) => void
}

export function createI18n(language: SupportedLanguage, options: I18nOptions = {}): I18n {
  const instance = i18next.createInstance()
  const onMissingKey = options.onMissingKey
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'workspace',
    initAsync: false,
    // React escapes what it renders; escaping here too would show file paths with `&amp;` in them.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    saveMissing: !!onMissingKey,
    missingKeyHandler: onMissingKey
      ? (_languages, namespace, key) => onMissingKey(namespace, key)
      : undefined,
    react: { useSuspense: false }
  })
  return instance
}

/** Keeps `<html lang>` in step with the UI language, for screen readers, hyphenation and spelling. */
export function mirrorLanguageOnDocument(i18n: I18n, root: HTMLElement): () => void {
  const apply = (language: string): void => {
    root.lang = language
  }
  apply(i18n.language)
  i18n.on('languageChanged', apply)
  return () => i18n.off('languageChanged', apply)
}

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value)
}
