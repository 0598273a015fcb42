/** `window.calque`, as the preload exposes it. Only `src/renderer/src/lib/api.ts` should use it. */
import type { CalqueApi } from '@shared/ipc/contract'

declare global {
  interface Window {
    calque: CalqueApi
  }
}

export {}
