/** Labels for a flag's category and severity in the UI language, shared by the row and the picker. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Flag, Severity } from '@shared/domain/review'
import { MQM_TOP_LEVEL, type MqmTopLevel } from '@shared/domain/typology'

export interface FlagLabels {
  readonly category: (category: string) => string
  readonly severity: (severity: Severity) => string
  /** `Accuracy · Major`. */
  readonly summary: (flag: Pick<Flag, 'category' | 'severity'>) => string
}

function isTopLevel(category: string): category is MqmTopLevel {
  return (MQM_TOP_LEVEL as readonly string[]).includes(category)
}

export function useFlagLabels(): FlagLabels {
  const { t } = useTranslation(['workspace', 'typology'])
  // A category from a future typology profile (`accuracy/omission`) still shows: by its top level
  // when that is known, else by its id.
  const category = useCallback(
    (id: string) => {
      const top = id.split('/')[0] ?? id
      return isTopLevel(top) ? t(`typology:category.${top}`) : id
    },
    [t]
  )
  const severity = useCallback((s: Severity) => t(`typology:severity.${s}`), [t])
  const summary = useCallback(
    (flag: Pick<Flag, 'category' | 'severity'>) =>
      t('flag.summary', { category: category(flag.category), severity: severity(flag.severity) }),
    [t, category, severity]
  )
  return { category, severity, summary }
}
