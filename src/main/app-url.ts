/**
 * Where the renderer comes from, and whether a URL is that place. Pure, so that the rules deciding
 * which frames may call IPC and where a window may navigate are tested without Electron.
 */
import { pathToFileURL } from 'node:url'

export interface RendererEntryInput {
  readonly isPackaged: boolean
  /** `ELECTRON_RENDERER_URL`, set by `electron-vite dev`. */
  readonly devServerUrl: string | undefined
  /** Absolute path of the built `out/renderer/index.html`. */
  readonly builtIndexHtml: string
}

/**
 * The dev server URL or the built file. A packaged app always loads its own file: an environment
 * variable must never be able to point a window that holds the IPC bridge at another page.
 */
export function rendererEntry({
  isPackaged,
  devServerUrl,
  builtIndexHtml
}: RendererEntryInput): string {
  if (!isPackaged && devServerUrl !== undefined && isLoopbackHttpUrl(devServerUrl))
    return devServerUrl
  return builtIndexHtml
}

/** The URL a window shows after loading `entry` (a dev server URL or a file path). */
export function appUrlOf(entry: string): string {
  return isHttpUrl(entry) ? entry : pathToFileURL(entry).href
}

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value)
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The dev server is only ever on this machine. */
export function isLoopbackHttpUrl(value: string): boolean {
  const url = parse(value)
  return url !== null && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
}

/**
 * Is `candidate` a page of the app at `appUrl`? For the built app: the very same file (query and
 * fragment aside, so hash routing works). For the dev server: the same origin.
 */
export function isSameAppUrl(appUrl: string, candidate: string): boolean {
  const app = parse(appUrl)
  const other = parse(candidate)
  if (app === null || other === null || app.protocol !== other.protocol) return false
  if (app.protocol === 'file:') {
    return (
      app.host === other.host &&
      decodedPath(app) !== null &&
      decodedPath(app) === decodedPath(other)
    )
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return app.origin === other.origin
  return false
}

/** Chromium and Node percent-encode file paths slightly differently; compare what they mean. */
function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname)
  } catch {
    return null
  }
}

function parse(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}
