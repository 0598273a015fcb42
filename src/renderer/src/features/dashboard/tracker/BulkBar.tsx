import { useTranslation } from 'react-i18next'
import type { FlagStatus } from '@shared/domain/review'
import type { DashboardLabels } from '../use-dashboard-labels'

interface BulkBarProps {
  readonly selected: number
  readonly readOnly: boolean
  readonly labels: DashboardLabels
  readonly onStatus: (status: FlagStatus) => void
  readonly onClear: () => void
}

/** Actions on the selected flags: one step per article, undoable in the workspace. */
export function BulkBar({
  selected,
  readOnly,
  labels,
  onStatus,
  onClear
}: BulkBarProps): React.JSX.Element {
  const { t } = useTranslation('dashboard')
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('bulk.label')}>
      <span className="bulk-bar__count" aria-live="polite">
        {t('bulk.selected', { count: selected, formatted: labels.integer(selected) })}
      </span>
      {!readOnly && (
        <>
          <button
            type="button"
            className="button button--small"
            onClick={() => onStatus('resolved')}
          >
            {t('status.resolve')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => onStatus('rejected')}
          >
            {t('status.reject')}
          </button>
          <button type="button" className="button button--small" onClick={() => onStatus('open')}>
            {t('status.reopen')}
          </button>
        </>
      )}
      <button type="button" className="button button--small" onClick={onClear}>
        {t('bulk.clear')}
      </button>
    </div>
  )
}
