import type { SegmentStatus } from '@shared/domain/review'
import { Icon, type IconName } from '../../components/Icon'
import { useUiText } from '../../i18n/ui-text'

const ICONS: Record<SegmentStatus, IconName> = {
  unreviewed: 'circle',
  reviewed: 'check',
  'needs-work': 'pencil',
  confirmed: 'check'
}

interface StatusBadgeProps {
  /** The row's review status. */
  readonly status: SegmentStatus
}

/** Icon plus word, so the status never rests on colour alone. */
export function StatusBadge({ status }: StatusBadgeProps): React.JSX.Element {
  const { t } = useUiText()
  return (
    <span className={`status-badge status-badge--${status}`}>
      <Icon name={ICONS[status]} />
      <span className="status-badge__text">{t(`status.${status}`)}</span>
    </span>
  )
}
