/**
 * Report wording from the `scoring` namespace (and severity/category labels from `typology`). The
 * writers take any `Translate` (the renderer passes its react-i18next `t`); `scoringTranslator` makes
 * one for a language where there is no app i18n (the CLI, the main process, tests).
 */
import i18next from 'i18next'
import { resources, type SupportedLanguage } from '../i18n/resources'

export type Translate = (key: string, options?: Record<string, unknown>) => string

const made = new Map<SupportedLanguage, Translate>()

export function scoringTranslator(language: SupportedLanguage = 'en'): Translate {
  let t = made.get(language)
  if (!t) {
    const instance = i18next.createInstance()
    void instance.init({
      lng: language,
      fallbackLng: 'en',
      resources,
      ns: ['scoring', 'typology'],
      defaultNS: 'scoring',
      initAsync: false,
      interpolation: { escapeValue: false }
    })
    // Keys are built at run time (`level.${level}`), so the typed key union does not apply here.
    const untyped = instance.t as unknown as (key: string, options: object) => string
    t = (key, options) => untyped(key, options ?? {})
    made.set(language, t)
  }
  return t
}

/** `minor` -> "Minor"; a severity Calque does not know is shown as the data writes it. */
export function severityLabel(t: Translate, severity: string): string {
  return t(`typology:severity.${severity}`, { defaultValue: severity })
}

/** An MQM Core dimension's label (`accuracy` -> "Accuracy"), `other` -> "Other". */
export function dimensionLabel(t: Translate, dimension: string): string {
  return dimension === 'other'
    ? t('other')
    : t(`typology:category.${dimension}`, { defaultValue: dimension })
}
