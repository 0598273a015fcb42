/**
 * Display preferences of this window (theme, zoom, how post-edits are shown, hint line): kept in the
 * page's local storage, since they are about this installation's screen, not about review work.
 */
export type ThemeChoice = 'system' | 'light' | 'dark'
/** How a row shows its English: the MT, the post-edit, or the post-edit as track changes over the MT. */
export type DisplayMode = 'mt' | 'edit' | 'diff'

export interface Prefs {
  readonly theme: ThemeChoice
  /** 1 = 100 %. */
  readonly zoom: number
  readonly display: DisplayMode
  readonly showHint: boolean
  readonly showProjectPanel: boolean
}

export const DEFAULT_PREFS: Prefs = {
  theme: 'system',
  zoom: 1,
  display: 'diff',
  showHint: true,
  showProjectPanel: true
}

export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6] as const
const KEY = 'calque.prefs'

export function loadPrefs(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage
): Prefs {
  try {
    const raw = storage?.getItem(KEY)
    if (!raw) return DEFAULT_PREFS
    const stored = JSON.parse(raw) as Partial<Prefs>
    return {
      theme: ['system', 'light', 'dark'].includes(stored.theme as string)
        ? (stored.theme as ThemeChoice)
        : DEFAULT_PREFS.theme,
      zoom: ZOOM_STEPS.includes(stored.zoom as (typeof ZOOM_STEPS)[number])
        ? (stored.zoom as number)
        : DEFAULT_PREFS.zoom,
      display: ['mt', 'edit', 'diff'].includes(stored.display as string)
        ? (stored.display as DisplayMode)
        : DEFAULT_PREFS.display,
      showHint: typeof stored.showHint === 'boolean' ? stored.showHint : DEFAULT_PREFS.showHint,
      showProjectPanel:
        typeof stored.showProjectPanel === 'boolean'
          ? stored.showProjectPanel
          : DEFAULT_PREFS.showProjectPanel
    }
  } catch {
    return DEFAULT_PREFS
  }
}

export function savePrefs(
  prefs: Prefs,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs))
  } catch {
    // Storage full or disabled: preferences simply do not persist.
  }
}

export function zoomStep(zoom: number, direction: 1 | -1): number {
  const index = ZOOM_STEPS.findIndex((z) => z >= zoom)
  const at = index === -1 ? ZOOM_STEPS.length - 1 : index
  return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, at + direction))]!
}
