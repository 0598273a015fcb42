/**
 * The end-to-end bridge: the page gets a `window.calque` whose every method crosses into this test
 * process (`page.exposeBinding`) and runs the REAL backend handlers — the same code Electron's main
 * process runs — on a real temporary user-data folder. Only the Electron transport is replaced.
 */
import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import {
  createBackend,
  type Backend,
  type BackendDeps,
  type PairChoice
} from '../../../src/main/backend'
import { dispatchInvoke } from '../../../src/main/ipc/dispatch'
import { invokeChannels } from '@shared/ipc/channels'

export const repoRoot = resolve(__dirname, '../../..')
export const samplesDir = join(repoRoot, 'resources/samples')
const rendererDir = join(repoRoot, 'out/renderer')
export const APP_URL = 'http://app.localhost/index.html'

export interface Harness {
  readonly backend: Backend
  readonly userDataDir: string
  /** What the next File › Open Pair… dialog answers. */
  nextPair: PairChoice | null
  /** What the next File › Open Bilingual File… dialog answers. */
  nextBilingual: string | null
  /** Pushes an event to the open page, as main's `webContents.send` does (set by `openApp`). */
  emit: ((event: string, payload: unknown) => Promise<void>) | null
}

/** Save and MQM-file dialogs a test answers itself (reports, evaluations); absent: cancelled. */
export type HarnessDialogs = Pick<BackendDeps, 'chooseSavePath' | 'chooseMqmFile'>

export function makeHarness(
  userDataDir = mkdtempSync(join(tmpdir(), 'calque-e2e-')),
  dialogs: HarnessDialogs = {}
): Harness {
  const harness: Harness = {
    userDataDir,
    nextPair: null,
    nextBilingual: null,
    emit: null,
    backend: undefined as unknown as Backend
  }
  const backend = createBackend({
    userDataDir,
    samplesDir,
    choosePair: async () => harness.nextPair,
    chooseBilingualFile: async () => harness.nextBilingual,
    chooseDirectory: async () => null,
    systemLocale: 'en-US',
    author: 'e2e-reviewer',
    onImportProgress: (progress) => void harness.emit?.('importProgress', progress),
    ...dialogs
  })
  return Object.assign(harness, { backend })
}

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

/** Serves out/renderer from http://app.localhost/ (module scripts are blocked from file://). */
export async function serveRenderer(page: Page): Promise<void> {
  await page.route('http://app.localhost/**', async (route) => {
    const path = new URL(route.request().url()).pathname
    const file = join(rendererDir, decodeURIComponent(path))
    if (!file.startsWith(rendererDir)) return route.fulfill({ status: 403 })
    try {
      const body = await readFile(file)
      await route.fulfill({
        status: 200,
        body,
        contentType: MIME[extname(file)] ?? 'application/octet-stream'
      })
    } catch {
      await route.fulfill({ status: 404 })
    }
  })
}

/** Installs the shim before any page script runs, then opens the app. */
export async function openApp(page: Page, harness: Harness): Promise<void> {
  // Values cross as JSON text: Playwright's own serialiser takes seconds over a 10k-row article,
  // JSON (like Electron's structured clone of plain data) takes milliseconds.
  await page.exposeBinding('__calqueInvoke', async (_source, method: string, request: string) =>
    JSON.stringify(
      await dispatchInvoke(
        harness.backend.handlers,
        method,
        request === undefined ? undefined : JSON.parse(request)
      )
    )
  )
  await page.addInitScript((methods: string[]) => {
    type Listener = (payload: unknown) => void
    const listeners = new Map<string, Set<Listener>>()
    const binding = (
      globalThis as unknown as {
        __calqueInvoke: (m: string, r: string | undefined) => Promise<string>
      }
    ).__calqueInvoke
    const api: Record<string, unknown> = {
      on(event: string, listener: Listener) {
        const set = listeners.get(event) ?? new Set<Listener>()
        set.add(listener)
        listeners.set(event, set)
        return () => set.delete(listener)
      }
    }
    // (No named function here: the bundler would wrap it in a helper the page does not have.)
    for (const m of methods) {
      api[m] = async (request: unknown) =>
        JSON.parse(await binding(m, request === undefined ? undefined : JSON.stringify(request)))
    }
    // Lets a test play the part of main pushing an event (e.g. a menu command's result).
    ;(globalThis as unknown as Record<string, unknown>).__calqueEmit = (
      event: string,
      payload: unknown
    ) => listeners.get(event)?.forEach((l) => l(payload))
    ;(globalThis as unknown as Record<string, unknown>).calque = Object.freeze(api)
  }, Object.keys(invokeChannels))
  harness.emit = async (event, payload) => {
    await page
      .evaluate(
        ([name, data]) =>
          (globalThis as unknown as { __calqueEmit: (e: string, p: unknown) => void }).__calqueEmit(
            name,
            data
          ),
        [event, payload] as const
      )
      .catch(() => undefined)
  }
  await serveRenderer(page)
  await page.goto(APP_URL)
}

/**
 * Plays the part of a File menu command: main runs the handler and pushes the result to the window,
 * exactly as `app-controller.ts` does (`projectOpened`, or `openFailed` with the error).
 */
export async function menuOpen(
  page: Page,
  harness: Harness,
  method: 'openPair' | 'openBilingual' | 'openSample'
): Promise<void> {
  const result = await harness.backend.handlers[method]({})
  const [event, payload] = result.ok
    ? ['projectOpened', result.value]
    : ['openFailed', result.error]
  if (payload === null) return
  await page.evaluate(
    ([name, data]) =>
      (globalThis as unknown as { __calqueEmit: (e: string, p: unknown) => void }).__calqueEmit(
        name,
        data
      ),
    [event, payload] as const
  )
}
