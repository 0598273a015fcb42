/**
 * What happens between the backend, the menu and the window, without Electron: keeps the menu in step
 * with the settings and the recent list, turns menu clicks into backend calls, and tells the renderer
 * about things it did not ask for (a project opened from the menu, a language picked in the menu).
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { i18n as I18n } from 'i18next'
import type {
  EventName,
  EventPayloads,
  Handlers,
  InvokeMethod,
  OpenedProject
} from '@shared/ipc/contract'
import type { Result } from '@shared/domain/errors'
import { toUserError } from './to-user-error'
import { translatorOf } from './main-i18n'
import { buildMenuTemplate, type MenuActions } from './menu'

export type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void

export interface AppControllerPorts {
  /** The backend's handlers, as `createBackend` made them. */
  readonly backend: Handlers
  readonly i18n: I18n
  /** Sends an event to the window's renderer (dropped when there is no window). */
  readonly emit: Emit
  /** Installs a menu template as the application menu. */
  readonly showMenu: (template: MenuItemConstructorOptions[]) => void
  readonly isPackaged: boolean
  readonly platform: NodeJS.Platform
  readonly logError?: (message: string, error: unknown) => void
}

export interface AppController {
  /** The handlers to serve over IPC: the backend's, plus refreshing the menu after a change. */
  readonly handlers: Handlers
  readonly menuActions: MenuActions
  /** Rebuilds the menu from the current settings (language) and recent projects. */
  refreshMenu(): Promise<void>
  /**
   * Starts opening the project the window should show (the current one, else the sample) right away;
   * `announce` pushes it to the renderer once the page is loaded and can listen.
   */
  openInitialProject(): { announce: () => Promise<void> }
}

/** Calls after which the menu may be stale: the recent list or the language changed. */
const MENU_CHANGING_METHODS = [
  'openSample',
  'openPair',
  'openBilingual',
  'openProjectFolder',
  'openRecent',
  'addArticlePair',
  'addArticleFolder',
  'importReviewedFile',
  'setLanguage'
] as const

export function createAppController(ports: AppControllerPorts): AppController {
  const { backend, i18n, emit } = ports
  const logError = ports.logError ?? ((message, error) => console.error(message, error))
  const t = translatorOf(i18n)
  let currentProjectId: string | null = null

  async function refreshMenu(): Promise<void> {
    const [settings, recent, current] = await Promise.all([
      backend.getSettings({}),
      backend.listRecent({}),
      backend.currentProject({})
    ])
    currentProjectId = current?.project.id ?? null
    if (i18n.language !== settings.language) await i18n.changeLanguage(settings.language)
    ports.showMenu(
      buildMenuTemplate({
        t,
        language: settings.language,
        recent,
        hasProject: currentProjectId !== null,
        isPackaged: ports.isPackaged,
        platform: ports.platform,
        actions: menuActions
      })
    )
  }

  async function refreshMenuQuietly(): Promise<void> {
    // A stale menu is a nuisance, not a reason to fail the call that made it stale.
    try {
      await refreshMenu()
    } catch (error) {
      logError('Could not rebuild the menu', error)
    }
  }

  function refreshingAfter<M extends InvokeMethod>(method: M): Handlers[M] {
    const inner = backend[method] as (request: unknown) => Promise<unknown>
    const wrapped = async (request: unknown): Promise<unknown> => {
      const response = await inner(request)
      await refreshMenuQuietly()
      return response
    }
    return wrapped as Handlers[M]
  }

  const handlers: Handlers = { ...backend }
  for (const method of MENU_CHANGING_METHODS) {
    Object.assign(handlers, { [method]: refreshingAfter(method) })
  }

  /** Runs an open and tells the renderer what came of it; a cancelled dialog tells nothing. */
  async function openAndAnnounce(open: () => Promise<Result<OpenedProject | null>>): Promise<void> {
    try {
      const result = await open()
      if (!result.ok) emit('openFailed', result.error)
      else if (result.value !== null) emit('projectOpened', result.value)
    } catch (error) {
      emit('openFailed', toUserError(error, 'menu', logError))
    }
  }

  /** Runs an action on the current project, if there is one. */
  function onCurrent(
    action: (projectId: string) => Promise<Result<OpenedProject | null>>
  ): Promise<void> {
    return openAndAnnounce(async () =>
      currentProjectId === null ? { ok: true, value: null } : action(currentProjectId)
    )
  }

  const menuActions: MenuActions = {
    openPair: () => openAndAnnounce(() => handlers.openPair({})),
    openBilingual: () => openAndAnnounce(() => handlers.openBilingual({})),
    openProjectFolder: () => openAndAnnounce(() => handlers.openProjectFolder({})),
    addArticlePair: () => onCurrent((projectId) => handlers.addArticlePair({ projectId })),
    addArticleFolder: () => onCurrent((projectId) => handlers.addArticleFolder({ projectId })),
    importReviewedFile: () => onCurrent((projectId) => handlers.importReviewedFile({ projectId })),
    command: (command) => emit('menuCommand', { command }),
    openSample: () => openAndAnnounce(() => handlers.openSample({})),
    openRecent: (projectId) => openAndAnnounce(() => handlers.openRecent({ projectId })),
    async chooseProjectsRoot() {
      try {
        const result = await handlers.chooseProjectsRoot({})
        if (!result.ok) emit('openFailed', result.error)
      } catch (error) {
        emit('openFailed', toUserError(error, 'menu', logError))
      }
    },
    async setLanguage(language) {
      try {
        const settings = await handlers.setLanguage({ language })
        emit('languageChanged', { language: settings.language })
      } catch (error) {
        logError('Could not change the language', error)
      }
    }
  }

  function openInitialProject(): { announce: () => Promise<void> } {
    const opened: Promise<() => void> = (async () => {
      try {
        const current = await backend.currentProject({})
        if (current !== null) return () => emit('projectOpened', current)
        // Reopen where the reviewer left off; on first launch show the sample, not an empty window.
        const [latest] = await backend.listRecent({})
        const result = latest
          ? await handlers.openRecent({ projectId: latest.id })
          : await handlers.openSample({})
        return result.ok
          ? () => emit('projectOpened', result.value)
          : () => emit('openFailed', result.error)
      } catch (error) {
        return () => emit('openFailed', toUserError(error, 'menu', logError))
      }
    })()
    return { announce: async () => (await opened)() }
  }

  return { handlers, menuActions, refreshMenu, openInitialProject }
}
