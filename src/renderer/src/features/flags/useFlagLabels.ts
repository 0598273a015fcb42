/** Labels for categories (any depth of the typology), severities and statuses, in the UI language. */
import { useCallback } from 'react'
import type { Flag, FlagStatus, Severity } from '@shared/domain/review'
import { findCategory, type Typology } from '@shared/typology/profile'
import { useUiText } from '../../i18n/ui-text'

export interface FlagLabels {
  /** `Accuracy › Mistranslation`. */
  readonly category: (category: string) => string
  /** The last part only: `Mistranslation`. */
  readonly categoryShort: (category: string) => string
  readonly severity: (severity: Severity) => string
  readonly status: (status: FlagStatus) => string
  /** `Accuracy › Mistranslation · Major`. */
  readonly summary: (flag: Pick<Flag, 'category' | 'severity'>) => string
}

export function useFlagLabels(typology?: Typology): FlagLabels {
  const { t, i18n } = useUiText()
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  const one = useCallback(
    (id: string): string => {
      const custom = typology ? findCategory(typology, id)?.label : undefined
      if (custom) return custom[language]
      const key = `typology:category.${id}`
      return i18n.exists(key) ? t(key as never) : id
    },
    [t, i18n, typology, language]
  )
  const category = useCallback(
    (id: string): string => {
      const slash = id.indexOf('/')
      return slash === -1 ? one(id) : `${one(id.slice(0, slash))} › ${one(id)}`
    },
    [one]
  )
  const severity = useCallback((s: Severity) => t(`typology:severity.${s}`), [t])
  const status = useCallback((s: FlagStatus) => t(`workspace:flagStatus.${s}`), [t])
  const summary = useCallback(
    (flag: Pick<Flag, 'category' | 'severity'>) =>
      t('workspace:flag.summary', {
        category: category(flag.category),
        severity: severity(flag.severity)
      }),
    [t, category, severity]
  )
  return { category, categoryShort: one, severity, status, summary }
}
