/**
 * The whole app (shell, workspace, dashboard) over the real backend, opened on the dashboard. Its
 * own small helper: the shared renderer helpers are being rewritten for the store, and the dashboard
 * needs the real store and actions anyway (it is a second view over them).
 */
import { act, render, screen, waitFor } from '@testing-library/react'
import type { i18n as I18n } from 'i18next'
import { expect } from 'vitest'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { App } from '../../../../src/renderer/src/app/App'
import { AppProviders } from '../../../../src/renderer/src/app/AppProviders'
import { dashboardUi } from '../../../../src/renderer/src/features/dashboard/dashboard-ui'
import { createI18n } from '../../../../src/renderer/src/i18n'
import { createActions, type AppActions } from '../../../../src/renderer/src/store/actions'
import { AppStore } from '../../../../src/renderer/src/store/app-store'
import type { TestBackend } from './real-backend'

export interface RenderedDashboard {
  readonly store: AppStore
  readonly actions: AppActions
  readonly i18n: I18n
  /** `namespace:key` of every translation that resolved to nothing. */
  readonly missingKeys: string[]
}

/** Renders the app on the project the backend has open, then switches to the dashboard. */
export async function renderDashboard(
  backend: TestBackend,
  language: SupportedLanguage = 'en'
): Promise<RenderedDashboard> {
  dashboardUi.reset()
  const store = new AppStore()
  const actions = createActions(store, backend.api)
  const missingKeys: string[] = []
  const i18n = createI18n(language, { onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`) })
  render(
    <AppProviders api={backend.api} i18n={i18n} store={store} actions={actions}>
      <App />
    </AppProviders>
  )
  await waitFor(() => expect(store.getState().opened).not.toBeNull())
  act(() => actions.setView('dashboard'))
  await screen.findByRole('region', { name: i18n.t('dashboard:title') })
  // Every article of the project is in the store before the test looks at the numbers.
  await waitFor(() =>
    expect([...store.getState().articles.values()].every((slot) => slot.status === 'ready')).toBe(
      true
    )
  )
  return { store, actions, i18n, missingKeys }
}

/** jsdom lays nothing out: the tracker's scroller gets a screen's height so the list renders lines. */
export function giveTheTrackerRoom(): () => void {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('tracker-grid__scroller') ? 640 : original.get!.call(this)
    }
  })
  return () => Object.defineProperty(Element.prototype, 'clientHeight', original)
}
