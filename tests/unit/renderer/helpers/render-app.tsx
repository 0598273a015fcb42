/**
 * Renders the real app shell as main.tsx does — an `AppStore`, its actions over the (fake) API, the
 * providers — with a fresh i18n instance that records missing keys, and the grid layout stubs jsdom
 * needs for the virtualised grid (grid-layout.ts).
 */
import { render, type RenderResult } from '@testing-library/react'
import type { i18n as I18n } from 'i18next'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { App } from '../../../../src/renderer/src/app/App'
import { AppProviders } from '../../../../src/renderer/src/app/AppProviders'
import { createI18n, mirrorLanguageOnDocument } from '../../../../src/renderer/src/i18n'
import { createActions, type AppActions } from '../../../../src/renderer/src/store/actions'
import { AppStore, type AppState } from '../../../../src/renderer/src/store/app-store'
import type { FakeApi } from './fake-api'
import { installGridLayout } from './grid-layout'

export interface RenderedApp extends RenderResult {
  readonly i18n: I18n
  readonly store: AppStore
  readonly actions: AppActions
  /** `namespace:key` of every translation that resolved to nothing. */
  readonly missingKeys: string[]
}

export function renderApp(
  api: FakeApi,
  language: SupportedLanguage = 'en',
  initial: Partial<AppState> = {}
): RenderedApp {
  installGridLayout()
  const missingKeys: string[] = []
  const i18n = createI18n(language, { onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`) })
  mirrorLanguageOnDocument(i18n, document.documentElement)
  const store = new AppStore(initial)
  const actions = createActions(store, api)
  const result = render(
    <AppProviders api={api} i18n={i18n} store={store} actions={actions}>
      <App />
    </AppProviders>
  )
  return { ...result, i18n, store, actions, missingKeys }
}
