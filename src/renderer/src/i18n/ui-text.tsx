/**
 * One translation function for the many small components a grid row is made of. react-i18next's
 * `useTranslation` subscribes to i18next and copies the instance once per mounted component; the
 * virtualised grid mounts rows on every scroll frame, and with five such hooks a row that cost more
 * than the row itself (measured with `npm run bench:ui`). Row parts read this context instead: one
 * subscription for the window, and a new value (so memoised rows redraw) when the language changes.
 */
import type { i18n as I18n, TFunction } from 'i18next'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { I18nContext, useTranslation } from 'react-i18next'

type RowNamespaces = ['workspace', 'typology', 'alignment']
const ROW_NAMESPACES: RowNamespaces = ['workspace', 'typology', 'alignment']

export interface UiText {
  /** Keys of `workspace` bare, of the others with their namespace (`typology:severity.major`). */
  readonly t: TFunction<RowNamespaces>
  readonly i18n: I18n
  readonly language: string
}

const UiTextContext = createContext<UiText | null>(null)

export function UiTextProvider({ children }: { readonly children: ReactNode }): React.JSX.Element {
  const { t, i18n } = useTranslation(ROW_NAMESPACES)
  const language = i18n.language
  const value = useMemo(() => ({ t, i18n, language }), [t, i18n, language])
  return <UiTextContext.Provider value={value}>{children}</UiTextContext.Provider>
}

/**
 * The window's translation function. A component rendered on its own (a unit test without the app's
 * providers) gets one from the i18next instance in context, fixed to its language at that moment.
 */
export function useUiText(): UiText {
  const shared = useContext(UiTextContext)
  const fallback = useContext(I18nContext)?.i18n
  return useMemo(() => {
    if (shared) return shared
    if (!fallback)
      throw new Error('useUiText needs an I18nextProvider or a UiTextProvider above it')
    const t = fallback.getFixedT(fallback.language, ROW_NAMESPACES) as TFunction<RowNamespaces>
    return { t, i18n: fallback, language: fallback.language }
  }, [shared, fallback])
}
