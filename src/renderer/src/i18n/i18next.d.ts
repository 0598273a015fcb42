/**
 * Typed translation keys: `t('count.rows', …)` or `t('errors:file-empty', …)` with a key that does not
 * exist in the English resources fails `tsc`, not a user.
 */
import 'i18next'
import type { resources } from '@shared/i18n/resources'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'workspace'
    resources: (typeof resources)['en']
  }
}
