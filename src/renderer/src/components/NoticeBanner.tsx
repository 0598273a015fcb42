import { useTranslation } from 'react-i18next'
import { Icon } from './Icon'
import './banner.css'

interface NoticeBannerProps {
  /** What the user should know; already translated. */
  readonly message: string
  /** Hides the notice. */
  readonly onDismiss: () => void
}

/** A calm, dismissible note (not an error), e.g. that a torn log line was dropped on open. */
export function NoticeBanner({ message, onDismiss }: NoticeBannerProps): React.JSX.Element {
  const { t } = useTranslation('common')
  return (
    <div className="banner banner--notice" role="status">
      <Icon name="info" className="banner__icon" />
      <p className="banner__text">{message}</p>
      <button type="button" className="banner__close" onClick={onDismiss} aria-label={t('dismiss')}>
        <Icon name="close" />
      </button>
    </div>
  )
}
