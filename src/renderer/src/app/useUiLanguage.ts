/**
 * The UI language follows main: the View menu pushes `languageChanged`, and the in-app toggle asks
 * main to remember the choice (so menus, dialogs and the next start agree) while switching at once.
 */
import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { useApi } from './api-context'

export function useUiLanguage(): (language: SupportedLanguage) => void {
  const api = useApi()
  const { i18n } = useTranslation()

  useEffect(
    () =>
      api.on('languageChanged', ({ language }) => {
        void i18n.changeLanguage(language)
      }),
    [api, i18n]
  )

  return useCallback(
    (language: SupportedLanguage) => {
      void i18n.changeLanguage(language)
      api.setLanguage({ language }).then(
        (settings) => {
          // Main has the last word (it may have refused or normalised the choice).
          if (settings.language !== i18n.language) void i18n.changeLanguage(settings.language)
        },
        // Not remembered for the next start, but this window is already switched: nothing to undo.
        (error: unknown) => console.warn('setLanguage failed', error)
      )
    },
    [api, i18n]
  )
}
