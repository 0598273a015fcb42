/**
 * Light and dark themes following the OS until the user chooses, and the zoom: both applied to the
 * document root (CSS variables and `zoom`), so every view, dialog and panel follows.
 */
import { useEffect, useState } from 'react'
import type { Prefs } from '../../store/prefs'

export function useSystemDark(): boolean {
  const query =
    typeof window !== 'undefined' && window.matchMedia
      ? window.matchMedia('(prefers-color-scheme: dark)')
      : null
  const [dark, setDark] = useState(query?.matches ?? false)
  useEffect(() => {
    if (!query) return
    const onChange = (e: MediaQueryListEvent): void => setDark(e.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [query])
  return dark
}

export function useApplyTheme(prefs: Prefs): 'light' | 'dark' {
  const systemDark = useSystemDark()
  const theme = prefs.theme === 'system' ? (systemDark ? 'dark' : 'light') : prefs.theme
  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = theme
    root.style.colorScheme = theme
    root.style.setProperty('--zoom', String(prefs.zoom))
  }, [theme, prefs.zoom])
  return theme
}
