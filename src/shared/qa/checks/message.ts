import type { QaMessage } from '../types'

/** A finding's message: a key under `message.` in the `qa` namespace, with its parameters. */
export function message(key: string, params: QaMessage['params'] = {}): QaMessage {
  return { key: `message.${key}`, params }
}
