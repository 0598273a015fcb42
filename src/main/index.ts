/**
 * App lifecycle: wiring only. Every decision lives in a module that can be tested without Electron
 * (app-url, environment, dialogs, menu, app-controller, window, ipc/handle).
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, shell } from 'electron'
import { pickLanguage } from '@shared/i18n/resources'
import { createAppController } from './app-controller'
import { appUrlOf, isSameAppUrl, rendererEntry } from './app-url'
import { createBackend } from './backend'
import { createPickers, type ShowOpenDialog } from './dialogs'
import { osUserName, samplesDirFor } from './environment'
import { registerIpc, sendEvent } from './ipc'
import { createMainI18n, translatorOf } from './main-i18n'
import { createMainWindow, installGuards } from './window'

// Every renderer sandboxed, whatever any window's options say.
app.enableSandbox()

// The end-to-end suite (and anyone wanting a portable profile) points the app at its own folder.
const userDataOverride = process.env['CALQUE_USER_DATA']
if (userDataOverride) app.setPath('userData', userDataOverride)

if (!app.requestSingleInstanceLock()) {
  // Two instances would append to the same review logs: hand over to the running one.
  app.quit()
} else {
  const entry = rendererEntry({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    builtIndexHtml: join(__dirname, '../renderer/index.html')
  })
  const appUrl = appUrlOf(entry)
  const isAppUrl = (url: string): boolean => isSameAppUrl(appUrl, url)
  let mainWindow: BrowserWindow | null = null

  app.on('web-contents-created', (_event, contents) => installGuards(contents, shell, isAppUrl))

  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // One window is the whole app (it holds the open project), so closing it quits, on macOS too.
  app.on('window-all-closed', () => app.quit())

  // Pending saves finish and project locks are released before the process ends.
  let closing: Promise<void> | null = null
  let closeBackend: () => Promise<void> = async () => undefined
  app.on('will-quit', (event) => {
    if (closing) return
    event.preventDefault()
    closing = closeBackend()
      .catch((error: unknown) => console.error('[calque] closing projects failed', error))
      .finally(() => app.quit())
  })

  const start = async (): Promise<void> => {
    // The OS locale is reliable only once the app is ready; the saved setting takes over below.
    const i18n = createMainI18n(pickLanguage(app.getLocale()))
    const showOpenDialog: ShowOpenDialog = (options) =>
      mainWindow === null
        ? dialog.showOpenDialog(options)
        : dialog.showOpenDialog(mainWindow, options)

    const backend = createBackend({
      userDataDir: app.getPath('userData'),
      samplesDir: samplesDirFor({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        appPath: app.getAppPath()
      }),
      ...createPickers(showOpenDialog, translatorOf(i18n), (options) =>
        mainWindow === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options)
      ),
      appVersion: app.getVersion(),
      systemLocale: app.getLocale(),
      author: osUserName(),
      onImportProgress: (progress) => {
        if (mainWindow !== null) sendEvent(mainWindow.webContents, 'importProgress', progress)
      }
    })

    closeBackend = backend.close
    const controller = createAppController({
      backend: backend.handlers,
      i18n,
      emit: (event, payload) => {
        if (mainWindow !== null) sendEvent(mainWindow.webContents, event, payload)
      },
      showMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
      isPackaged: app.isPackaged,
      platform: process.platform
    })

    registerIpc(controller.handlers, isAppUrl)
    await controller.refreshMenu()
    const initialProject = controller.openInitialProject()

    const window = createMainWindow(
      { BrowserWindow },
      join(__dirname, '../preload/index.js'),
      entry
    )
    mainWindow = window
    window.on('closed', () => {
      mainWindow = null
    })
    window.webContents.once('did-finish-load', () => void initialProject.announce())
  }

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Calque could not start', error)
      const t = translatorOf(createMainI18n(pickLanguage(app.getLocale())))
      dialog.showErrorBox(
        t('menu:startFailed'),
        error instanceof Error ? error.message : String(error)
      )
      app.exit(1)
    })
}
