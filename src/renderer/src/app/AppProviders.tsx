import type { i18n as I18n } from 'i18next'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import type { CalqueApi } from '@shared/ipc/contract'
import type { AppActions } from '../store/actions'
import type { AppStore } from '../store/app-store'
import { UiTextProvider } from '../i18n/ui-text'
import { StoreProvider } from '../store/use-store'
import { ApiProvider } from './api-context'
import { ErrorBoundary } from './ErrorBoundary'

interface AppProvidersProps {
  /** The bridge to main (real or fake). */
  readonly api: CalqueApi
  /** The window's i18next instance, already initialised in the user's language. */
  readonly i18n: I18n
  /** The window's state and what changes it (tests hand in their own). */
  readonly store: AppStore
  readonly actions: AppActions
  readonly children: ReactNode
}

/** Everything the app needs from its host, in one place so tests render exactly what ships. */
export function AppProviders({
  api,
  i18n,
  store,
  actions,
  children
}: AppProvidersProps): React.JSX.Element {
  return (
    <I18nextProvider i18n={i18n}>
      <UiTextProvider>
        <ErrorBoundary>
          <ApiProvider api={api}>
            <StoreProvider store={store} actions={actions}>
              {children}
            </StoreProvider>
          </ApiProvider>
        </ErrorBoundary>
      </UiTextProvider>
    </I18nextProvider>
  )
}
