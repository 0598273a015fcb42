import { describe, expect, it } from 'vitest'
import type { BrowserWindow, WebContents } from 'electron'
import { pathToFileURL } from 'node:url'
import { isSameAppUrl } from '../../../../src/main/app-url'
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/csp'
import {
  createMainWindow,
  installGuards,
  isSafeExternalUrl,
  mainWindowOptions
} from '../../../../src/main/window'
import { createFakeElectron, fakeEvent, type FakeElectron } from './fake-electron'

const APP_FILE = '/opt/calque/resources/app.asar/out/renderer/index.html'
const APP_URL = pathToFileURL(APP_FILE).href

function guarded(fake: FakeElectron = createFakeElectron()) {
  const window = new fake.BrowserWindow({})
  installGuards(window.webContents as unknown as WebContents, fake.module.shell, (url) =>
    isSameAppUrl(APP_URL, url)
  )
  return { fake, contents: window.webContents, session: window.webContents.session }
}

function openWindow(contents: ReturnType<typeof guarded>['contents'], url: string) {
  const handler = contents.windowOpenHandler
  if (handler === null) throw new Error('no window open handler installed')
  return handler({ url, frameName: '', features: '', disposition: 'foreground-tab' })
}

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/opt/calque/out/preload/index.js')

  it('locks the renderer down', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/calque/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true
    })
  })

  it('stays hidden until ready to show, titled Calque, at a working size', () => {
    expect(options.show).toBe(false)
    expect(options.title).toBe('Calque')
    expect(options.width).toBeGreaterThanOrEqual(1024)
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0)
  })
})

describe('createMainWindow', () => {
  it('passes the locked-down options to BrowserWindow and shows it on ready-to-show', () => {
    const fake = createFakeElectron()
    const window = createMainWindow(
      { BrowserWindow: fake.BrowserWindow as unknown as typeof BrowserWindow },
      '/opt/calque/out/preload/index.js',
      APP_FILE
    ) as unknown as InstanceType<FakeElectron['BrowserWindow']>

    expect(window.options).toEqual(mainWindowOptions('/opt/calque/out/preload/index.js'))
    expect(window.loaded).toEqual({ kind: 'file', target: APP_FILE })
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('loads a dev server by URL', () => {
    const fake = createFakeElectron()
    const window = createMainWindow(
      { BrowserWindow: fake.BrowserWindow as unknown as typeof BrowserWindow },
      '/p/index.js',
      'http://localhost:5173/'
    ) as unknown as InstanceType<FakeElectron['BrowserWindow']>
    expect(window.loaded).toEqual({ kind: 'url', target: 'http://localhost:5173/' })
  })
})

describe('installGuards: new windows', () => {
  it('denies every window.open and hands https links to the OS browser', () => {
    const { fake, contents } = guarded()
    expect(openWindow(contents, 'https://www.svaboda.org/a/30844120.html')).toEqual({
      action: 'deny'
    })
    expect(fake.openExternalCalls).toEqual(['https://www.svaboda.org/a/30844120.html'])
  })

  it.each([
    ['http', 'http://example.com/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['https with credentials', 'https://www.state.gov@evil.example/'],
    ['the app itself', APP_URL],
    ['garbage', 'not a url']
  ])('denies %s and opens nothing', (_kind, url) => {
    const { fake, contents } = guarded()
    expect(openWindow(contents, url)).toEqual({ action: 'deny' })
    expect(fake.openExternalCalls).toEqual([])
  })

  it('isSafeExternalUrl accepts only plain https', () => {
    expect(isSafeExternalUrl('https://belsat.eu/en/news')).toBe(true)
    expect(isSafeExternalUrl('HTTPS://BELSAT.EU/')).toBe(true)
    expect(isSafeExternalUrl('https://user:pw@belsat.eu/')).toBe(false)
    expect(isSafeExternalUrl('http://belsat.eu/')).toBe(false)
  })
})

describe('installGuards: navigation', () => {
  it.each(['will-navigate', 'will-redirect'])('%s away from the app is prevented', (name) => {
    const { contents } = guarded()
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5173/']) {
      const event = fakeEvent({ url })
      contents.emit(name, event, url)
      expect(event.defaultPrevented, url).toBe(true)
    }
  })

  it.each(['will-navigate', 'will-redirect'])('%s within the app is allowed', (name) => {
    const { contents } = guarded()
    for (const url of [APP_URL, `${APP_URL}#/dashboard`, `${APP_URL}?lang=ru`]) {
      const event = fakeEvent({ url })
      contents.emit(name, event, url)
      expect(event.defaultPrevented, url).toBe(false)
    }
  })

  it('a file next to the app is not the app', () => {
    const { contents } = guarded()
    const url = pathToFileURL('/opt/calque/resources/app.asar/out/renderer/other.html').href
    const event = fakeEvent({ url })
    contents.emit('will-navigate', event, url)
    expect(event.defaultPrevented).toBe(true)
  })

  it('refuses to attach webviews', () => {
    const { contents } = guarded()
    const event = fakeEvent({})
    contents.emit(
      'will-attach-webview',
      event,
      { nodeIntegration: true },
      { src: 'https://evil.example/' }
    )
    expect(event.defaultPrevented).toBe(true)
  })
})

describe('installGuards: session', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen'
  ])('denies a %s permission request and check', (permission) => {
    const { session } = guarded()
    const answers: boolean[] = []
    session.permissionRequestHandler?.(null, permission, (granted) => answers.push(granted), {})
    expect(answers).toEqual([false])
    expect(session.permissionCheckHandler?.(null, permission, APP_URL, {})).toBe(false)
  })

  it('adds the Content-Security-Policy header to served responses, keeping the others', () => {
    const { session } = guarded()
    const listener = session.headersListener
    expect(listener).not.toBeNull()
    const responses: unknown[] = []
    listener?.(
      { url: 'http://localhost:5173/', responseHeaders: { 'Content-Type': ['text/html'] } },
      (response) => responses.push(response)
    )
    expect(responses).toEqual([
      {
        responseHeaders: {
          'Content-Type': ['text/html'],
          'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
        }
      }
    ])
  })
})
