import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { eventChannels, invokeChannels, type CalqueApi } from '@shared/ipc/contract'
import type { FakeElectron } from './fake-electron'

// The preload runs at import, so each test re-imports it against a fresh fake. Vitest keeps the
// mocked module across resetModules, so the mock forwards to whichever fake is current.
const holder = vi.hoisted(() => ({ fake: undefined as FakeElectron | undefined }))
vi.mock('electron', async () =>
  (await import('./fake-electron')).forwardingElectronModule(() => holder.fake)
)

async function loadPreload() {
  const { createFakeElectron } = await import('./fake-electron')
  const fake = createFakeElectron()
  holder.fake = fake
  vi.resetModules()
  await import('../../../../src/preload/index')
  const api = fake.exposed.get('calque') as CalqueApi & Record<string, unknown>
  return { fake, api }
}

describe('preload bridge', () => {
  beforeEach(() => {
    holder.fake = undefined
  })

  it('exposes only window.calque', async () => {
    const { fake } = await loadPreload()
    expect([...fake.exposed.keys()]).toEqual(['calque'])
  })

  it('has exactly one method per contract channel, plus on', async () => {
    const { api } = await loadPreload()
    expect(Object.keys(api).sort()).toEqual([...Object.keys(invokeChannels), 'on'].sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('never exposes ipcRenderer or anything of it', async () => {
    const { fake, api } = await loadPreload()
    for (const value of Object.values(api)) expect(value).not.toBe(fake.module.ipcRenderer)
    expect(Object.keys(api)).not.toContain('ipcRenderer')
    expect(Object.keys(api)).not.toContain('invoke')
    expect(Object.keys(api)).not.toContain('send')
  })

  it('each method invokes its own channel with the single request', async () => {
    const { fake, api } = await loadPreload()
    await api.openRecent({ projectId: 'belarus-usa-ambassadors' })
    await api.setLanguage({ language: 'ru' })
    await api.openSample({})
    expect(fake.invocations).toEqual([
      { channel: 'project:open-recent', args: [{ projectId: 'belarus-usa-ambassadors' }] },
      { channel: 'settings:set-language', args: [{ language: 'ru' }] },
      { channel: 'project:open-sample', args: [{}] }
    ])
  })

  it('on passes the payload only, without the IpcRendererEvent', async () => {
    const { fake, api } = await loadPreload()
    const received: unknown[][] = []
    api.on('languageChanged', (...args: unknown[]) => received.push(args))
    const rendererEvent = { sender: fake.module.ipcRenderer, senderId: 0 }
    fake.rendererListeners.emit(eventChannels.languageChanged, rendererEvent, { language: 'ru' })
    expect(received).toEqual([[{ language: 'ru' }]])
  })

  it('on returns an unsubscribe function', async () => {
    const { fake, api } = await loadPreload()
    const received: unknown[] = []
    const off = api.on('projectOpened', (payload) => received.push(payload.project.id))
    expect(fake.rendererListeners.listenerCount(eventChannels.projectOpened)).toBe(1)
    off()
    expect(fake.rendererListeners.listenerCount(eventChannels.projectOpened)).toBe(0)
    fake.rendererListeners.emit(eventChannels.projectOpened, {}, { id: 'x' })
    expect(received).toEqual([])
  })

  it.each([
    'event:project-opened',
    'project:open-sample',
    'toString',
    '__proto__',
    'constructor',
    'ELECTRON_BROWSER_WINDOW_ALERT'
  ])('on refuses %s, which is not an event name', async (name) => {
    const { fake, api } = await loadPreload()
    const on = api.on as (event: string, listener: () => void) => () => void
    expect(() => on(name, () => {})).toThrow(TypeError)
    expect(fake.rendererListeners.listenerCount(name)).toBe(0)
  })

  it('on refuses a listener that is not a function', async () => {
    const { api } = await loadPreload()
    const on = api.on as (event: string, listener: unknown) => () => void
    expect(() => on('languageChanged', 'alert(1)')).toThrow(TypeError)
  })
})

describe('preload imports', () => {
  it('loads at run time only electron and the channel names (no zod, no contract schemas)', () => {
    const source = readFileSync(join(__dirname, '../../../../src/preload/index.ts'), 'utf8')
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map(
      (m) => m[1]
    )
    expect(runtimeImports.sort()).toEqual(['@shared/ipc/channels', 'electron'])
  })
})
