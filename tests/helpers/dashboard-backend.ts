/**
 * The real backend behind a `CalqueApi`, for the dashboard's component tests: every call goes through
 * the contract's validation and the real handlers (the same `dispatchInvoke` main and the end-to-end
 * bridge use), on a temporary user-data folder. Dialogs answer what the test says.
 *
 * It lives here, in the Node project, because it imports main; the renderer tests (web project, no
 * main code) load it at run time through tests/unit/renderer/dashboard/real-backend.ts.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { invokeChannels, type InvokeMethod } from '@shared/ipc/channels'
import type { CalqueApi } from '@shared/ipc/contract'
import { createBackend, type Backend, type BackendDeps } from '../../src/main/backend'
import { dispatchInvoke } from '../../src/main/ipc/dispatch'

export interface TestBackend {
  readonly api: CalqueApi
  readonly backend: Backend
  readonly userDataDir: string
  /** Every request sent, in order: `[method, request]`. */
  readonly calls: [InvokeMethod, unknown][]
}

export function testBackend(
  dialogs: Partial<
    Pick<BackendDeps, 'choosePair' | 'chooseSavePath' | 'chooseMqmFile' | 'now'>
  > = {}
): TestBackend {
  const userDataDir = mkdtempSync(join(tmpdir(), 'calque-dashboard-'))
  const backend = createBackend({
    userDataDir,
    samplesDir: resolve(__dirname, '../../resources/samples'),
    choosePair: async () => null,
    chooseBilingualFile: async () => null,
    chooseDirectory: async () => null,
    systemLocale: 'en-US',
    author: 'qa-lead',
    logError: () => undefined,
    ...dialogs
  })
  const calls: [InvokeMethod, unknown][] = []
  const api = Object.fromEntries(
    (Object.keys(invokeChannels) as InvokeMethod[]).map((method) => [
      method,
      (request: unknown) => {
        calls.push([method, request])
        return dispatchInvoke(backend.handlers, method, request)
      }
    ])
  ) as unknown as CalqueApi
  return { api: { ...api, on: () => () => undefined }, backend, userDataDir, calls }
}

export { SAMPLE_FLAGS, seedSample } from './sample-flags'
export { GOOGLE_TED_ENDE_PUBLISHED } from '../unit/shared/scoring/published'
export {
  SAMPLE_FLAGS as SCORING_SAMPLE_FLAGS,
  sampleArticle
} from '../unit/shared/scoring/sample-article'
