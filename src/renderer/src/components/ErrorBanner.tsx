import { useTranslation } from 'react-i18next'
import type { CalqueError } from '@shared/domain/errors'
import { useDescribeError } from './useDescribeError'
import { Icon } from './Icon'
import './banner.css'

interface ErrorBannerProps {
  /** The error to explain; the banner says exactly what failed and on which file. */
  readonly error: CalqueError
  /** Hides the banner; the app stays usable underneath. Without it the banner stays. */
  readonly onDismiss?: () => void
}

/** A dismissible alert for a failed action (opening a file, saving a change). */
export function ErrorBanner({ error, onDismiss }: ErrorBannerProps): React.JSX.Element {
  const { t } = useTranslation('common')
  const describe = useDescribeError()
  return (
    <div className="banner banner--error" role="alert" data-error-code={error.code}>
      <Icon name="alert" className="banner__icon" />
      <p className="banner__text">{describe(error)}</p>
      {onDismiss && (
        <button
          type="button"
          className="banner__close"
          onClick={onDismiss}
          aria-label={t('dismiss')}
        >
          <Icon name="close" />
        </button>
      )}
    </div>
  )
}
