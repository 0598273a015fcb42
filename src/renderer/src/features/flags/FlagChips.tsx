import { memo } from 'react'
import type { Flag } from '@shared/domain/review'
import type { Typology } from '@shared/typology/profile'
import { useUiText } from '../../i18n/ui-text'
import { useFlagLabels } from './useFlagLabels'

interface FlagChipsProps {
  readonly flags: readonly Flag[]
  /** 1-based row number, for the list's accessible name. */
  readonly rowNumber: number
  /** Only the current row's flags are in the tab order (Tab from the grid reaches them). */
  readonly tabbable: boolean
  /** Flags whose words the post-edit rewrote (still shown: they judge the MT). */
  readonly rewritten: ReadonlySet<string>
  readonly saving: ReadonlySet<string>
  readonly typology: Typology
  readonly onOpen: (flagId: string) => void
}

/**
 * The flags of one side of a row as chips under its text: category, severity, status, comment. Each is
 * a focusable button (Enter opens it, Delete removes it: keys of the `flag` scope).
 */
export const FlagChips = memo(function FlagChips(props: FlagChipsProps): React.JSX.Element | null {
  const { flags, rowNumber, tabbable, rewritten, saving, typology, onOpen } = props
  const { t } = useUiText()
  const labels = useFlagLabels(typology)
  if (flags.length === 0) return null
  return (
    <ul
      className="flag-chips"
      aria-label={t('flag.listLabel', { number: rowNumber })}
      data-key-scope="flag"
    >
      {flags.map((flag) => (
        <li key={flag.id}>
          <button
            type="button"
            className={`flag-chip flag-chip--${flag.severity} flag-chip--${flag.status}${saving.has(flag.id) ? ' flag-chip--saving' : ''}`}
            tabIndex={tabbable ? 0 : -1}
            data-flag-id={flag.id}
            aria-label={t('flag.chipLabel', {
              summary: labels.summary(flag),
              status: labels.status(flag.status),
              comment: flag.comment
            })}
            onClick={(event) => {
              event.stopPropagation()
              onOpen(flag.id)
            }}
          >
            <span className="severity-dot" aria-hidden="true" />
            <span className="flag-chip__category">{labels.categoryShort(flag.category)}</span>
            <span className="flag-chip__severity">{labels.severity(flag.severity)}</span>
            {flag.status !== 'open' && (
              <span className="flag-chip__status">{labels.status(flag.status)}</span>
            )}
            {rewritten.has(flag.id) && (
              <span className="flag-chip__rewritten">{t('flag.rewritten')}</span>
            )}
            {flag.origin.startsWith('check:') && (
              <span className="flag-chip__origin">{t('flag.fromCheck')}</span>
            )}
            {flag.comment && <span className="flag-chip__comment">{flag.comment}</span>}
            {saving.has(flag.id) && <span className="flag-chip__saving">{t('flag.saving')}</span>}
          </button>
        </li>
      ))}
    </ul>
  )
})
