/**
 * Where IPC requests enter main. Each channel of the contract gets a listener that first checks the
 * sender frame, then hands the single argument to `dispatchInvoke` (validation against the zod
 * schema, the handler, failures as `Result`s), the same function the end-to-end bridge calls, so the
 * browser tests exercise exactly the validation the app runs.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import {
  eventChannels,
  invokeChannels,
  type EventName,
  type EventPayloads,
  type Handlers,
  type InvokeMethod
} from '@shared/ipc/contract'
import { fail } from '@shared/domain/errors'
import { RESULT_METHODS, dispatchInvoke } from './dispatch'

/** Is this URL (of the frame that sent a request) the app's own renderer? */
export type IsTrustedSender = (frameUrl: string) => boolean

export type IpcListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: IsTrustedSender
): void {
  for (const method of Object.keys(invokeChannels) as InvokeMethod[]) {
    ipcMain.handle(invokeChannels[method], listenerFor(method, handlers, isTrustedSender))
  }
}

export function listenerFor(
  method: InvokeMethod,
  handlers: Handlers,
  isTrustedSender: IsTrustedSender
): IpcListener {
  const channel = invokeChannels[method]
  return async (event, ...args) => {
    // A frame without a URL (gone, or about:blank) or from anywhere else never gets an answer.
    const frameUrl = event.senderFrame?.url
    if (frameUrl === undefined || !isTrustedSender(frameUrl)) {
      throw new Error(`${channel}: refused a request from an untrusted frame`)
    }
    // The bridge always sends exactly one request object; anything else is not our renderer's doing.
    if (args.length !== 1) {
      const detail = `expected exactly one argument, got ${args.length}`
      if (RESULT_METHODS.has(method)) return fail({ code: 'invalid-request', detail })
      throw new Error(`Invalid request for ${method}: ${detail}`)
    }
    return dispatchInvoke(handlers, method, args[0])
  }
}

/** Pushes an event to a renderer; a window closing meanwhile is not an error. */
export function sendEvent<E extends EventName>(
  webContents: Pick<WebContents, 'send' | 'isDestroyed'>,
  event: E,
  payload: EventPayloads[E]
): void {
  if (!webContents.isDestroyed()) webContents.send(eventChannels[event], payload)
}
