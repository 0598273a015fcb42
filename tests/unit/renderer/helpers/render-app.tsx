/** Renders the real app shell with a fake API and a fresh i18n instance that records missing keys. */
import { render, type RenderResult } from '@testing-library/react'
import type { i18n as I18n } from 'i18next'
import { App } from '../../../../src/renderer/src/app/App'
import { AppProviders } from '../../../../src/renderer/src/app/AppProviders'
import { createI18n, mirrorLanguageOnDocument } from '../../../../src/renderer/src/i18n'
import type { SupportedLanguage } from '@shared/i18n/resources'
import type { FakeApi } from './fake-api'

export interface RenderedApp extends RenderResult {
  readonly i18n: I18n
  /** `namespace:key` of every translation that resolved to nothing. */
  readonly missingKeys: string[]
}

export function renderApp(api: FakeApi, language: SupportedLanguage = 'en'): RenderedApp {
  const missingKeys: string[] = []
  const i18n = createI18n(language, { onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`) })
  mirrorLanguageOnDocument(i18n, document.documentElement)
  const result = render(
    <AppProviders api={api} i18n={i18n}>
      <App />
    </AppProviders>
  )
  return { ...result, i18n, missingKeys }
}
