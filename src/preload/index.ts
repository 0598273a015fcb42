/**
 * The bridge: `window.calque`, one method per contract channel plus `on` for pushed events. Runs
 * sandboxed, so it may import only `electron`; the rest (`channels.ts`) is bundled in. It never
 * exposes `ipcRenderer` itself, and validates nothing: main validates every request.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { eventChannels, invokeChannels, type EventName } from '@shared/ipc/channels'
import type { CalqueApi } from '@shared/ipc/contract'

const invokers = Object.fromEntries(
  Object.entries(invokeChannels).map(([method, channel]) => [
    method,
    (request: unknown) => ipcRenderer.invoke(channel, request)
  ])
)

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (typeof event !== 'string' || !Object.hasOwn(eventChannels, event)) {
    throw new TypeError(`calque.on: unknown event ${String(event)}`)
  }
  if (typeof listener !== 'function') throw new TypeError('calque.on: listener must be a function')
  const channel = eventChannels[event]
  // The renderer gets the payload only: the IpcRendererEvent would hand it `sender`, i.e. ipcRenderer.
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
  ipcRenderer.on(channel, forward)
  return () => {
    ipcRenderer.removeListener(channel, forward)
  }
}

const api = { ...invokers, on } as unknown as CalqueApi

contextBridge.exposeInMainWorld('calque', api)
