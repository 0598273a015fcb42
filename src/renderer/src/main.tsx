/**
 * Entry point: find the bridge, learn the UI language from main (which resolved the OS locale), then
 * render. Without a bridge there is nothing to talk to, so show why instead of a blank page.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { pickLanguage, type SupportedLanguage } from '@shared/i18n/resources'
import type { CalqueApi } from '@shared/ipc/contract'
import { App } from './app/App'
import { AppProviders } from './app/AppProviders'
import { BridgeMissing } from './app/BridgeMissing'
import { createI18n, mirrorLanguageOnDocument } from './i18n'
import { getBridge } from './lib/api'
import { createActions } from './store/actions'
import { AppStore } from './store/app-store'
import { loadPrefs } from './store/prefs'
import './styles/base.css'

async function startupLanguage(api: CalqueApi): Promise<SupportedLanguage> {
  try {
    return (await api.getSettings({})).language
  } catch {
    return pickLanguage(navigator.language)
  }
}

async function start(): Promise<void> {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const root = createRoot(container)
  const api = getBridge()

  if (!api) {
    const i18n = createI18n(pickLanguage(navigator.language))
    mirrorLanguageOnDocument(i18n, document.documentElement)
    root.render(
      <I18nextProvider i18n={i18n}>
        <BridgeMissing />
      </I18nextProvider>
    )
    return
  }

  const i18n = createI18n(await startupLanguage(api))
  mirrorLanguageOnDocument(i18n, document.documentElement)
  const store = new AppStore({ prefs: loadPrefs() })
  const actions = createActions(store, api)
  root.render(
    <StrictMode>
      <AppProviders api={api} i18n={i18n} store={store} actions={actions}>
        <App />
      </AppProviders>
    </StrictMode>
  )
}

void start()
