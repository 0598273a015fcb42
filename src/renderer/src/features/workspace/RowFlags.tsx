import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import type { RowFlag } from './flags-by-row'
import { useFlagLabels } from './useFlagLabels'

interface RowFlagsProps {
  /** 1-based row number, for the list's accessible name. */
  readonly rowNumber: number
  /** The flags to list (one side of the row). */
  readonly flags: readonly RowFlag[]
  /** Removes a saved flag. */
  readonly onRemove: (flagId: string) => void
}

/** Category and severity of each flag, under the text it flags. */
export function RowFlags({ rowNumber, flags, onRemove }: RowFlagsProps): React.JSX.Element | null {
  const { t } = useTranslation('workspace')
  const labels = useFlagLabels()
  if (flags.length === 0) return null
  return (
    <ul className="row-flags" aria-label={t('flag.listLabel', { number: rowNumber })}>
      {flags.map(({ flag, saving }) => (
        <li
          key={flag.id}
          className={`row-flag row-flag--${flag.severity}${saving ? ' row-flag--saving' : ''}`}
        >
          <span className="severity-dot" aria-hidden="true" />
          <span className="row-flag__summary">{labels.summary(flag)}</span>
          {flag.comment && <span className="row-flag__comment">{flag.comment}</span>}
          {saving ? (
            <span className="row-flag__saving">{t('flag.saving')}</span>
          ) : (
            <button
              type="button"
              className="icon-button row-flag__remove"
              tabIndex={-1}
              aria-label={t('flag.remove')}
              title={t('flag.remove')}
              onClick={(event) => {
                event.stopPropagation()
                onRemove(flag.id)
              }}
            >
              <Icon name="close" />
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
