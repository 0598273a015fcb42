import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../components/Icon'
import './screens.css'

interface ErrorBoundaryProps {
  readonly children: ReactNode
}

interface ErrorBoundaryState {
  readonly error: Error | null
}

/** A render bug must leave a readable screen, never a blank window. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Calque renderer crashed', error, info.componentStack)
  }

  override render(): ReactNode {
    return this.state.error ? (
      <CrashScreen detail={this.state.error.message} />
    ) : (
      this.props.children
    )
  }
}

interface CrashScreenProps {
  /** The error message, for the bug report. */
  readonly detail: string
}

function CrashScreen({ detail }: CrashScreenProps): React.JSX.Element {
  const { t } = useTranslation('common')
  return (
    <main className="screen screen--centered" role="alert">
      <Icon name="alert" className="screen__icon screen__icon--error" />
      <h1 className="screen__title">{t('crash.title')}</h1>
      <p className="screen__text">{t('crash.detail')}</p>
      <pre className="screen__detail">{detail}</pre>
      <button type="button" className="button button--primary" onClick={() => location.reload()}>
        {t('crash.reload')}
      </button>
    </main>
  )
}
