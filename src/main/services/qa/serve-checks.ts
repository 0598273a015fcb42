/**
 * The worker side of `CheckWorker`: answers each check request with `runCheckJob` and this thread's
 * English speller, built once, as soon as the worker starts (so the first article's checks do not
 * wait for it).
 */
import type { MessagePort } from 'node:worker_threads'
import { toUserError } from '../../to-user-error'
import { runCheckJob } from './check-job'
import type { CheckReplyMessage, CheckRequestMessage } from './check-worker'
import { loadEnglishSpeller } from './speller'

export function serveChecks(port: MessagePort): void {
  // Started now; a failure is reported with the first request that needs it.
  loadEnglishSpeller().catch(() => undefined)
  port.on('message', (message: CheckRequestMessage) => {
    if (message.type !== 'check') return
    const reply = (answer: CheckReplyMessage): void => port.postMessage(answer)
    runCheckJob(message.request, loadEnglishSpeller).then(
      (result) => reply({ type: 'checked', id: message.id, result }),
      (error: unknown) =>
        reply({
          type: 'check-failed',
          id: message.id,
          message: toUserError(error, 'the automatic checks').detail ?? String(error)
        })
    )
  })
}
