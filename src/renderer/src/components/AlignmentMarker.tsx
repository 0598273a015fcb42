import { useUiText } from '../i18n/ui-text'
import { formatPercent } from '../lib/format'
import type { AlignmentIssue } from './alignment-issues'
import { Icon, type IconName } from './Icon'
import './alignment-marker.css'

interface AlignmentMarkerProps {
  /** What is wrong with the row's alignment. */
  readonly issue: AlignmentIssue
  /** The bead's confidence (0..1), quoted in the low-confidence tooltip. */
  readonly confidence?: number
  /**
   * `icon`: a compact badge (the text is the tooltip and accessible name), for the row gutter.
   * `inline`: icon and text, standing in for the text of an empty side.
   */
  readonly variant: 'icon' | 'inline'
}

const ICONS: Record<AlignmentIssue, IconName> = {
  'low-confidence': 'approx',
  'missing-target': 'unlink',
  'missing-source': 'unlink'
}

/** Marks a row whose alignment needs the reviewer's attention; reused wherever rows are listed. */
export function AlignmentMarker({
  issue,
  confidence,
  variant
}: AlignmentMarkerProps): React.JSX.Element {
  const { t, i18n } = useUiText()
  const label = t(`marker.${issue}`)
  const detail =
    issue === 'low-confidence' && confidence !== undefined
      ? t('marker.low-confidence-detail', { confidence: formatPercent(confidence, i18n.language) })
      : label
  if (variant === 'inline') {
    return (
      <span
        className={`alignment-marker alignment-marker--inline alignment-marker--${issue}`}
        title={detail}
      >
        <Icon name={ICONS[issue]} />
        <span>{label}</span>
      </span>
    )
  }
  return (
    <span
      className={`alignment-marker alignment-marker--icon alignment-marker--${issue}`}
      role="img"
      aria-label={detail}
      title={detail}
    >
      <Icon name={ICONS[issue]} />
    </span>
  )
}
