import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { useDescribeError } from '../../components/useDescribeError'
import { formatTime } from '../../lib/format'
import type { SaveStatus } from './review-store'

interface SaveIndicatorProps {
  /** Changes are on their way to the log. */
  readonly saving: boolean
  /** How the last save ended. */
  readonly status: SaveStatus
}

/** "Saving…", "All changes saved at 14:05", or exactly why the last change was not saved. */
export function SaveIndicator({ saving, status }: SaveIndicatorProps): React.JSX.Element {
  const { t, i18n } = useTranslation('workspace')
  const describe = useDescribeError()
  let kind: 'saving' | 'saved' | 'failed' = 'saved'
  let text: string
  if (saving) {
    kind = 'saving'
    text = t('save.saving')
  } else if (status.kind === 'failed') {
    kind = 'failed'
    text = t('save.failed', { error: describe(status.error) })
  } else if (status.kind === 'saved') {
    text = t('save.saved', { time: formatTime(status.at, i18n.language) })
  } else {
    text = t('save.clean')
  }
  return (
    <p className={`save-indicator save-indicator--${kind}`} role="status" aria-live="polite">
      <Icon name={kind === 'failed' ? 'alert' : kind === 'saving' ? 'circle' : 'check'} />
      <span>{text}</span>
    </p>
  )
}
