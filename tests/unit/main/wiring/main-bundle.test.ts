/**
 * The BUILT main process (out/main/index.js, as electron-vite emits it: CommonJS, `__dirname`,
 * `require("electron")`) run against the fake electron and the real backend: proof that the bundle,
 * not only the sources, opens a locked-down window on the built renderer and shows the sample.
 * Needs `npm run build`; skipped when out/ is missing or older than the sources it was built from.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { mainWindowOptions } from '../../../../src/main/window'
import { eventChannels, invokeChannels, type OpenedProject } from '@shared/ipc/contract'
import { createFakeElectron, fakeEvent } from './fake-electron'

const REPO = join(__dirname, '../../../..')
const OUT = join(REPO, 'out')
const BUNDLE = join(OUT, 'main/index.js')

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((newest, e) => Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs), 0)
}

function skipReason(): string | null {
  if (!existsSync(BUNDLE)) return 'not built; run `npm run build`'
  const built = statSync(BUNDLE).mtimeMs
  const sources = Math.max(
    ...['src/main', 'src/shared', 'src/preload'].map((d) => newestSource(join(REPO, d)))
  )
  return sources > built ? 'out/ is older than src/; run `npm run build`' : null
}
const reason = skipReason()

describe.skipIf(reason !== null)(
  `out/main/index.js under a fake electron${reason === null ? '' : ` (skipped: ${reason})`}`,
  () => {
    const fake = createFakeElectron()
    const userData = mkdtempSync(join(tmpdir(), 'calque-bundle-'))
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
    const realLoad = loader._load

    afterAll(() => {
      loader._load = realLoad
      rmSync(userData, { recursive: true, force: true })
    })

    it('starts, wires IPC, opens the window on the built files and pushes the sample', async () => {
      fake.app.appPath = REPO
      fake.app.userData = userData
      // The bundle's `require("electron")` gets the fake; everything else loads for real.
      loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
        return request === 'electron' ? fake.module : realLoad.call(this, request, ...rest)
      }
      createRequire(import.meta.url)(BUNDLE)
      fake.app.becomeReady()
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 })

      const window = fake.windows[0]!
      expect(window.options).toEqual(mainWindowOptions(join(OUT, 'preload/index.js')))
      expect(window.loaded).toEqual({ kind: 'file', target: join(OUT, 'renderer/index.html') })
      expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())

      window.webContents.emit('did-finish-load')
      // The sample is imported on the worker: progress reports, then the opened project, once.
      const opened = () =>
        window.webContents.sent.filter((m) => m.channel === eventChannels.projectOpened)
      await vi.waitFor(() => expect(opened()).toHaveLength(1), { timeout: 10_000 })
      const others = window.webContents.sent.filter((m) => m.channel !== eventChannels.projectOpened)
      expect(new Set(others.map((m) => m.channel))).toEqual(
        new Set(others.length ? [eventChannels.importProgress] : [])
      )
      const { args } = opened()[0]!
      expect((args[0] as OpenedProject).project.name).toBe(
        'USA and Belarus ready to restore relations at the level of ambassadors'
      )

      const settings = fake.ipcHandlers.get(invokeChannels.getSettings)!
      const appUrl = pathToFileURL(join(OUT, 'renderer/index.html')).href
      await expect(settings({ senderFrame: { url: appUrl } }, {})).resolves.toMatchObject({
        language: 'ru'
      })

      const away = fakeEvent({ url: 'https://evil.example/' })
      window.webContents.emit('will-navigate', away, away.url)
      expect(away.defaultPrevented).toBe(true)
    })
  }
)
