/**
 * A hand-written stand-in for the `electron` module, just large enough for Calque's wiring. It records
 * what the code under test asked for (windows, handlers, menus, bridges) and lets a test play
 * Electron's part (emit 'will-navigate', call an IPC handler, fire 'ready-to-show').
 * Behaviour copied from Electron where the code depends on it: a second `ipcMain.handle` on one
 * channel throws, and creating a window emits `web-contents-created` on `app`.
 */
type AnyListener = (...args: never[]) => unknown
const call = (listener: AnyListener, args: unknown[]): unknown =>
  (listener as (...a: unknown[]) => unknown)(...args)

export class FakeEmitter {
  // Not `private`: the fakes are classes declared inside a function, whose types must be exportable.
  readonly listeners = new Map<string, AnyListener[]>()

  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  once(event: string, listener: AnyListener): this {
    const wrapper = (...args: unknown[]) => {
      this.removeListener(event, wrapper)
      return call(listener, args)
    }
    return this.on(event, wrapper)
  }

  removeListener(event: string, listener: AnyListener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener)
    )
    return this
  }

  emit(event: string, ...args: unknown[]): boolean {
    const listeners = [...(this.listeners.get(event) ?? [])]
    for (const listener of listeners) call(listener, args)
    return listeners.length > 0
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

/** Electron's `Event<Params>`: the params plus `preventDefault`. */
export function fakeEvent<P extends object>(
  params: P
): P & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    }
  }
  return event
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown
) => void
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: unknown
) => boolean
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string | string[]> },
  callback: (response: {
    responseHeaders?: Record<string, string | string[]>
    cancel?: boolean
  }) => void
) => void

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null
  permissionCheckHandler: PermissionCheckHandler | null = null
  headersListener: HeadersListener | null = null
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener
    }
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler
  }
}

type WindowOpenHandler = (details: {
  url: string
  frameName: string
  features: string
  disposition: string
}) => {
  action: 'allow' | 'deny'
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: WindowOpenHandler | null = null
  readonly sent: { channel: string; args: unknown[] }[] = []
  destroyed = false

  constructor(readonly session: FakeSession) {
    super()
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    this.sent.push({ channel, args })
  }

  isDestroyed(): boolean {
    return this.destroyed
  }
}

export interface OpenDialogCall {
  readonly window: unknown
  readonly options: {
    title?: string
    properties?: string[]
    defaultPath?: string
    filters?: unknown[]
  }
}

export function createFakeElectron() {
  const defaultSession = new FakeSession()
  const windows: FakeBrowserWindow[] = []
  const openExternalCalls: string[] = []
  const openDialogCalls: OpenDialogCall[] = []
  const dialogAnswers: { canceled: boolean; filePaths: string[] }[] = []
  const errorBoxes: { title: string; content: string }[] = []
  const menus: { template: unknown[] }[] = []
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
  const exposed = new Map<string, unknown>()
  const invocations: { channel: string; args: unknown[] }[] = []
  const rendererListeners = new FakeEmitter()

  let resolveReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve
  })

  class FakeApp extends FakeEmitter {
    isPackaged = false
    lockGranted = true
    locale = 'ru-RU'
    appPath = '/opt/calque'
    userData = '/home/reviewer/.config/Calque'
    sandboxEnabled = false
    quitCalls = 0
    exitCodes: number[] = []

    enableSandbox(): void {
      this.sandboxEnabled = true
    }
    requestSingleInstanceLock(): boolean {
      return this.lockGranted
    }
    quit(): void {
      this.quitCalls += 1
    }
    exit(code = 0): void {
      this.exitCodes.push(code)
    }
    whenReady(): Promise<void> {
      return ready
    }
    /** Test side: let `whenReady()` resolve. */
    becomeReady(): void {
      resolveReady()
    }
    getPath(name: string): string {
      if (name !== 'userData') throw new Error(`fake app.getPath: ${name} not faked`)
      return this.userData
    }
    getAppPath(): string {
      return this.appPath
    }
    getLocale(): string {
      return this.locale
    }
    getVersion(): string {
      return '0.0.0-test'
    }
  }
  const app = new FakeApp()

  class FakeBrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents(defaultSession)
    loaded: { kind: 'url' | 'file'; target: string } | null = null
    visible = false
    minimized = false
    focused = false

    constructor(readonly options: Record<string, unknown>) {
      super()
      windows.push(this)
      app.emit('web-contents-created', fakeEvent({}), this.webContents)
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return [...windows]
    }
    loadURL(url: string): Promise<void> {
      this.loaded = { kind: 'url', target: url }
      return Promise.resolve()
    }
    loadFile(file: string): Promise<void> {
      this.loaded = { kind: 'file', target: file }
      return Promise.resolve()
    }
    show(): void {
      this.visible = true
    }
    isMinimized(): boolean {
      return this.minimized
    }
    restore(): void {
      this.minimized = false
    }
    focus(): void {
      this.focused = true
    }
  }

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    shell: {
      openExternal(url: string): Promise<void> {
        openExternalCalls.push(url)
        return Promise.resolve()
      }
    },
    dialog: {
      showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
        const [window, options] = args.length === 2 ? args : [null, args[0]]
        openDialogCalls.push({ window, options: options as OpenDialogCall['options'] })
        return Promise.resolve(dialogAnswers.shift() ?? { canceled: true, filePaths: [] })
      },
      showErrorBox(title: string, content: string): void {
        errorBoxes.push({ title, content })
      }
    },
    Menu: {
      buildFromTemplate(template: unknown[]) {
        return { template }
      },
      setApplicationMenu(menu: { template: unknown[] }) {
        menus.push(menu)
      }
    },
    ipcMain: {
      handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) {
        if (ipcHandlers.has(channel)) {
          throw new Error(`Attempted to register a second handler for '${channel}'`)
        }
        ipcHandlers.set(channel, listener)
      }
    },
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        if (exposed.has(key))
          throw new Error(`Cannot bind an API on top of an existing property: ${key}`)
        exposed.set(key, api)
      }
    },
    ipcRenderer: {
      invoke(channel: string, ...args: unknown[]): Promise<unknown> {
        invocations.push({ channel, args })
        return Promise.resolve({ channel, args })
      },
      on(channel: string, listener: AnyListener) {
        rendererListeners.on(channel, listener)
      },
      removeListener(channel: string, listener: AnyListener) {
        rendererListeners.removeListener(channel, listener)
      }
    }
  }

  return {
    /** What `vi.mock('electron', () => fake.module)` returns. */
    module,
    app,
    BrowserWindow: FakeBrowserWindow,
    defaultSession,
    windows,
    openExternalCalls,
    openDialogCalls,
    /** Queue answers for the next `dialog.showOpenDialog` calls (default: cancelled). */
    dialogAnswers,
    errorBoxes,
    menus,
    ipcHandlers,
    exposed,
    invocations,
    /** Test side of `ipcRenderer`: emit a main-to-renderer message. */
    rendererListeners
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
export type FakeBrowserWindowInstance = InstanceType<FakeElectron['BrowserWindow']>

/** An `IpcMainInvokeEvent` as far as the handlers look at it. */
export function invokeEvent(frameUrl: string | null): { senderFrame: { url: string } | null } {
  return { senderFrame: frameUrl === null ? null : { url: frameUrl } }
}

const MODULE_KEYS = [
  'app',
  'BrowserWindow',
  'session',
  'shell',
  'dialog',
  'Menu',
  'ipcMain',
  'contextBridge',
  'ipcRenderer'
] as const

/**
 * The object to hand to `vi.mock('electron', …)` when a test re-imports the code under test against a
 * fresh fake each time: Vitest keeps one mocked module across `vi.resetModules()`, so the module
 * forwards every export to whichever fake is current.
 */
export function forwardingElectronModule(current: () => FakeElectron | undefined): object {
  const module = {}
  for (const key of MODULE_KEYS) {
    Object.defineProperty(module, key, {
      enumerable: true,
      get: () => {
        const fake = current()
        if (fake === undefined) throw new Error(`electron.${key} used with no fake installed`)
        return fake.module[key]
      }
    })
  }
  return module
}
