/**
 * The main window and the guards every web contents gets. The renderer is treated as untrusted: it
 * has no Node, runs sandboxed and isolated, cannot open windows, navigate away, attach webviews or
 * be granted permissions, and only https links leave the app (in the user's browser).
 */
import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  Session,
  Shell,
  WebContents
} from 'electron'
import { isHttpUrl } from './app-url'
import { withContentSecurityPolicy } from './csp'

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Calque',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
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
      // Middle-click would ask for a new window; there are none to give, so do not even ask.
      disableBlinkFeatures: 'Auxclick',
      // Reviewers type English post-edits: the spell checker is a feature here.
      spellcheck: true
    }
  }
}

export function createMainWindow(
  electron: { BrowserWindow: typeof ElectronBrowserWindow },
  preloadPath: string,
  rendererUrlOrFile: string
): ElectronBrowserWindow {
  const { BrowserWindow } = electron
  const options = mainWindowOptions(preloadPath)
  // The settings that matter most are pinned again here, after the spread: no later edit of
  // mainWindowOptions can loosen them, and the security scanner, which reads only the literal at
  // the `new BrowserWindow` site, can see them.
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  window.once('ready-to-show', () => window.show())
  const loading = isHttpUrl(rendererUrlOrFile)
    ? window.loadURL(rendererUrlOrFile)
    : window.loadFile(rendererUrlOrFile)
  loading.catch((error: unknown) => console.error(`Could not load ${rendererUrlOrFile}`, error))
  return window
}

/** Only https links are handed to the OS browser, and never ones carrying credentials. */
export function isSafeExternalUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

export type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on' | 'session'>

/**
 * Installed on every web contents the app creates (`app.on('web-contents-created')`), so no window,
 * present or future, escapes them. `isAppUrl` says which URLs are the app itself.
 */
export function installGuards(
  contents: GuardedContents,
  shell: Pick<Shell, 'openExternal'>,
  isAppUrl: (url: string) => boolean
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell
        .openExternal(url)
        .catch((error: unknown) => console.error(`Could not open ${url}`, error))
    }
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  lockDownSession(contents.session)
}

/**
 * Session-wide settings. Electron keeps one handler of each kind per session, so installing them again
 * for another web contents on the same session replaces rather than stacks.
 */
export function lockDownSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>
): void {
  // Calque needs no camera, notifications, clipboard reads, geolocation … : refuse them all.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) })
  })
}
