/**
 * The only module that touches `window.calque`, the bridge the preload exposes. Everything else gets
 * the API from React context (app/api-context.tsx), so tests can hand the app a fake.
 */
import type { CalqueApi } from '@shared/ipc/contract'

type WindowWithBridge = Window & { readonly calque?: CalqueApi }

/**
 * The preload's bridge, or `null` when the page runs without it (opened in a plain browser, or the
 * preload failed to load): the app then shows a clear error screen instead of a blank page.
 */
export function getBridge(): CalqueApi | null {
  const bridge = (window as WindowWithBridge).calque
  if (!bridge || typeof bridge.currentProject !== 'function' || typeof bridge.on !== 'function') {
    return null
  }
  return bridge
}
