import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  appUrlOf,
  isLoopbackHttpUrl,
  isSameAppUrl,
  rendererEntry
} from '../../../../src/main/app-url'

const BUILT = '/opt/Calque Reviewer/resources/app.asar/out/renderer/index.html'

describe('rendererEntry', () => {
  it('uses the dev server while developing', () => {
    expect(
      rendererEntry({
        isPackaged: false,
        devServerUrl: 'http://localhost:5173',
        builtIndexHtml: BUILT
      })
    ).toBe('http://localhost:5173')
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(
      rendererEntry({
        isPackaged: true,
        devServerUrl: 'http://localhost:5173',
        builtIndexHtml: BUILT
      })
    ).toBe(BUILT)
  })

  it.each(['https://evil.example/', 'http://192.168.1.10:5173/', 'file:///tmp/x.html', 'garbage'])(
    'refuses a dev server that is not on this machine: %s',
    (devServerUrl) => {
      expect(rendererEntry({ isPackaged: false, devServerUrl, builtIndexHtml: BUILT })).toBe(BUILT)
    }
  )

  it('uses the built file when no dev server is running', () => {
    expect(
      rendererEntry({ isPackaged: false, devServerUrl: undefined, builtIndexHtml: BUILT })
    ).toBe(BUILT)
  })
})

describe('isLoopbackHttpUrl', () => {
  it.each([
    ['http://localhost:5173/', true],
    ['http://127.0.0.1:5173/', true],
    ['http://[::1]:5173/', true],
    ['https://localhost:5173/', false],
    ['http://localhost.evil.example/', false]
  ])('%s -> %s', (url, expected) => expect(isLoopbackHttpUrl(url)).toBe(expected))
})

describe('isSameAppUrl', () => {
  const appUrl = appUrlOf(BUILT)

  it('turns a file path into its file URL, escaping spaces', () => {
    expect(appUrl).toBe(pathToFileURL(BUILT).href)
    expect(appUrl).toContain('Calque%20Reviewer')
  })

  it('accepts the built page, with any query or fragment', () => {
    expect(isSameAppUrl(appUrl, appUrl)).toBe(true)
    expect(isSameAppUrl(appUrl, `${appUrl}#/row/b12`)).toBe(true)
    expect(isSameAppUrl(appUrl, `${appUrl}?lang=ru`)).toBe(true)
  })

  it('compares what a path means, not how it is percent-encoded', () => {
    const chromiumStyle =
      'file:///opt/Calque%20Reviewer/resources/app.asar/out/renderer/%69ndex.html'
    expect(isSameAppUrl(appUrl, chromiumStyle)).toBe(true)
  })

  it.each([
    [
      'another file in the app',
      pathToFileURL('/opt/Calque Reviewer/resources/app.asar/out/renderer/x.html').href
    ],
    ['a file elsewhere', 'file:///etc/passwd'],
    ['a web page', 'https://www.svaboda.org/'],
    ['about:blank', 'about:blank'],
    ['an empty URL', ''],
    ['a malformed escape', 'file:///opt/%E0%A4%A']
  ])('refuses %s', (_name, url) => {
    expect(isSameAppUrl(appUrl, url)).toBe(false)
  })

  it('for the dev server, accepts its origin only', () => {
    const dev = appUrlOf('http://localhost:5173/')
    expect(isSameAppUrl(dev, 'http://localhost:5173/')).toBe(true)
    expect(isSameAppUrl(dev, 'http://localhost:5173/src/main.tsx')).toBe(true)
    expect(isSameAppUrl(dev, 'http://localhost:5174/')).toBe(false)
    expect(isSameAppUrl(dev, 'https://localhost:5173/')).toBe(false)
    expect(isSameAppUrl(dev, 'http://127.0.0.1:5173/')).toBe(false)
  })
})
