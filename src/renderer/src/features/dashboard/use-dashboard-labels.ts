/**
 * Words and numbers as the dashboard shows them, in the UI language: category, severity, status and
 * origin labels (another tool's category or severity is shown as its data writes it), scores, shares
 * and dates. The report uses the same functions, so the app and the file say the same thing.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DASHBOARD_NS, type DashboardT } from './dashboard-i18n'
import type { Side } from '@shared/domain/review'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { NO_STATUS } from '@shared/report/tracker-query'

export interface DashboardLabels {
  readonly language: SupportedLanguage
  /** `Accuracy › Mistranslation` for an MQM Core path; another typology's label as written. */
  readonly category: (category: string) => string
  /** The last part only (`Mistranslation`), where room is short; another typology's label as written. */
  readonly categoryShort: (category: string) => string
  readonly severity: (severity: string) => string
  /** `open`…, or `none` for an imported annotation. */
  readonly status: (status: string) => string
  readonly origin: (origin: string) => string
  readonly side: (side: Side | '') => string
  /** A score or a rate: at most two decimals. */
  readonly number: (value: number | null) => string
  readonly integer: (value: number) => string
  readonly percent: (fraction: number | null) => string
  readonly date: (iso: string | null) => string
  /** The date alone, without the year when it is this year's (a tracker cell); `date` gives the time too. */
  readonly shortDate: (iso: string | null) => string
  /** Date and time in full (a report's date). */
  readonly longDate: (iso: string | null) => string
  readonly day: (period: string) => string
}

export function makeDashboardLabels(
  t: DashboardT,
  language: SupportedLanguage,
  exists: (key: string) => boolean
): DashboardLabels {
  const dash = t('dashboard:none')
  const oneCategory = (id: string): string => t(`typology:category.${id}` as never)
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  const integers = new Intl.NumberFormat(language, { maximumFractionDigits: 0 })
  const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 })
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' })
  const shortDates = new Intl.DateTimeFormat(language, { dateStyle: 'medium' })
  const thisYearDates = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' })
  const longDates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' })
  const thisYear = new Date().getFullYear()
  const days = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC'
  })
  return {
    language,
    category(category) {
      if (!exists(`typology:category.${category}`)) return category
      const slash = category.indexOf('/')
      return slash === -1
        ? oneCategory(category)
        : `${oneCategory(category.slice(0, slash))} › ${oneCategory(category)}`
    },
    categoryShort: (category) =>
      exists(`typology:category.${category}`) ? oneCategory(category) : category,
    severity: (severity) =>
      exists(`typology:severity.${severity}`)
        ? t(`typology:severity.${severity}` as never)
        : severity,
    status: (status) =>
      status === NO_STATUS || status === ''
        ? t('dashboard:status.none')
        : t(`workspace:flagStatus.${status}` as never),
    origin(origin) {
      if (origin.startsWith('check:'))
        return t('dashboard:origin.check', { check: origin.slice(6) })
      if (origin === 'import' || origin === 'rater') return t(`dashboard:origin.${origin}`)
      return t('dashboard:origin.reviewer')
    },
    side: (side) => (side === '' ? dash : t(`dashboard:side.${side}`)),
    number: (value) => (value === null || !Number.isFinite(value) ? dash : numbers.format(value)),
    integer: (value) => (Number.isFinite(value) ? integers.format(value) : dash),
    percent: (fraction) =>
      fraction === null || !Number.isFinite(fraction) ? dash : percents.format(fraction),
    date: (iso) => (iso ? dates.format(new Date(iso)) : dash),
    shortDate(iso) {
      if (!iso) return dash
      const date = new Date(iso)
      return (date.getFullYear() === thisYear ? thisYearDates : shortDates).format(date)
    },
    longDate: (iso) => (iso ? longDates.format(new Date(iso)) : dash),
    day: (period) => {
      const time = Date.parse(`${period}T00:00:00Z`)
      return Number.isNaN(time) ? period : days.format(new Date(time))
    }
  }
}

export function useDashboardLabels(): DashboardLabels {
  const { t, i18n } = useTranslation(DASHBOARD_NS)
  const language: SupportedLanguage = i18n.language === 'ru' ? 'ru' : 'en'
  return useMemo(
    () => makeDashboardLabels(t, language, (key) => i18n.exists(key)),
    [t, language, i18n]
  )
}
