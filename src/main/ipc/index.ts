/** Binds the typed handlers to Electron's real `ipcMain`; the logic is in `handle.ts`. */
import { ipcMain } from 'electron'
import type { Handlers } from '@shared/ipc/contract'
import { registerHandlers, type IsTrustedSender } from './handle'

export function registerIpc(handlers: Handlers, isTrustedSender: IsTrustedSender): void {
  registerHandlers(ipcMain, handlers, isTrustedSender)
}

export { sendEvent } from './handle'
