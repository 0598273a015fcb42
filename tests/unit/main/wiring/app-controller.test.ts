import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { createAppController } from '../../../../src/main/app-controller'
import { createMainI18n } from '../../../../src/main/main-i18n'
import type { EventName, EventPayloads, Handlers } from '@shared/ipc/contract'
import { CalqueFailure } from '@shared/domain/errors'
import { createFakeHandlers } from './fake-handlers'

function setUp(fakes = createFakeHandlers(), overrides: Partial<Handlers> = {}) {
  const events: { event: EventName; payload: unknown }[] = []
  const menus: MenuItemConstructorOptions[][] = []
  const errors: string[] = []
  const i18n = createMainI18n('en')
  const controller = createAppController({
    backend: { ...fakes.handlers, ...overrides },
    i18n,
    emit: <E extends EventName>(event: E, payload: EventPayloads[E]) =>
      events.push({ event, payload }),
    showMenu: (template) => menus.push(template),
    isPackaged: true,
    platform: 'linux',
    logError: (message) => errors.push(message)
  })
  const lastMenu = () => menus.at(-1) ?? []
  const fileItems = () => lastMenu()[0]?.submenu as MenuItemConstructorOptions[]
  const recentLabels = () =>
    (fileItems().find((i) => i.id === 'open-recent')?.submenu as MenuItemConstructorOptions[]).map(
      (i) => i.label
    )
  return { fakes, controller, events, menus, errors, i18n, lastMenu, recentLabels }
}

describe('refreshMenu', () => {
  it('builds the menu in the saved language', async () => {
    const t = setUp()
    t.fakes.state.settings = { ...t.fakes.state.settings, language: 'ru' }
    await t.controller.refreshMenu()
    expect(t.lastMenu().map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид'])
    expect(t.i18n.language).toBe('ru')
  })
})

describe('handlers served over IPC', () => {
  it('refresh the menu after an open, so Open Recent lists the project', async () => {
    const t = setUp()
    await t.controller.refreshMenu()
    expect(t.recentLabels()).toEqual(['No recent projects'])
    await t.controller.handlers.openSample({})
    expect(t.recentLabels()).toEqual([t.fakes.project.project.name])
  })

  it('refresh the menu after the renderer changes the language, without echoing an event', async () => {
    const t = setUp()
    const settings = await t.controller.handlers.setLanguage({ language: 'ru' })
    expect(settings.language).toBe('ru')
    expect(t.lastMenu()[0]?.label).toBe('Файл')
    expect(t.events).toEqual([])
  })

  it('pass other calls straight through', async () => {
    const t = setUp()
    await t.controller.handlers.getSettings({})
    expect(t.menus).toEqual([])
    expect(t.fakes.methodsCalled()).toEqual(['getSettings'])
  })

  it('still answer when the menu cannot be rebuilt', async () => {
    const t = setUp(createFakeHandlers(), {
      listRecent: async () => {
        throw new Error('recent.json: EACCES')
      }
    })
    const result = await t.controller.handlers.openSample({})
    expect(result.ok).toBe(true)
    expect(t.errors).toEqual(['Could not rebuild the menu'])
  })
})

describe('menu actions', () => {
  it('announce a project opened from the menu', async () => {
    const t = setUp()
    await t.controller.menuActions.openSample()
    expect(t.events).toEqual([{ event: 'projectOpened', payload: t.fakes.project }])
  })

  it('announce nothing when the pair dialog is cancelled', async () => {
    const t = setUp()
    await t.controller.menuActions.openPair()
    expect(t.fakes.methodsCalled()).toContain('openPair')
    expect(t.events).toEqual([])
  })

  it('announce a failed open with its error', async () => {
    const t = setUp()
    await t.controller.menuActions.openRecent('deleted-project')
    expect(t.events).toEqual([
      { event: 'openFailed', payload: { code: 'project-not-open', detail: 'deleted-project' } }
    ])
  })

  it('turn an exception into openFailed instead of an unhandled rejection', async () => {
    const t = setUp(createFakeHandlers(), {
      openPair: async () => {
        throw new CalqueFailure({
          code: 'file-format-unsupported',
          path: '/news/photo.jpg',
          side: 'target'
        })
      }
    })
    await t.controller.menuActions.openPair()
    expect(t.events).toEqual([
      {
        event: 'openFailed',
        payload: { code: 'file-format-unsupported', path: '/news/photo.jpg', side: 'target' }
      }
    ])
  })

  it('change the language, rebuild the menu and tell the renderer', async () => {
    const t = setUp()
    await t.controller.menuActions.setLanguage('ru')
    expect(t.fakes.state.settings.language).toBe('ru')
    expect(t.lastMenu().map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид'])
    expect(t.events).toEqual([{ event: 'languageChanged', payload: { language: 'ru' } }])
  })

  it('report a projects folder that could not be chosen', async () => {
    const t = setUp(createFakeHandlers(), {
      chooseProjectsRoot: async () => ({
        ok: false,
        error: { code: 'file-unreadable', path: '/root' }
      })
    })
    await t.controller.menuActions.chooseProjectsRoot()
    expect(t.events).toEqual([
      { event: 'openFailed', payload: { code: 'file-unreadable', path: '/root' } }
    ])
  })
})

describe('openInitialProject', () => {
  it('opens the sample on first launch and announces it only when asked', async () => {
    const t = setUp()
    const initial = t.controller.openInitialProject()
    await Promise.resolve()
    expect(t.events).toEqual([])
    await initial.announce()
    expect(t.fakes.methodsCalled().slice(0, 3)).toEqual([
      'currentProject',
      'listRecent',
      'openSample'
    ])
    expect(t.events).toEqual([{ event: 'projectOpened', payload: t.fakes.project }])
    expect(t.fakes.article.target.segments[0]?.text).toBe(
      'USA and Belarus ready to restore relations at the level of ambassadors'
    )
  })

  it('announces the current project instead when there is one', async () => {
    const t = setUp()
    t.fakes.state.current = t.fakes.project
    await t.controller.openInitialProject().announce()
    expect(t.fakes.methodsCalled()).not.toContain('openSample')
    expect(t.events).toEqual([{ event: 'projectOpened', payload: t.fakes.project }])
  })

  it('reopens the most recent project on a later launch instead of the sample', async () => {
    const t = setUp()
    t.fakes.state.recent = [
      {
        id: t.fakes.project.project.id,
        name: t.fakes.project.project.name,
        dir: '/p',
        openedAt: '2026-11-27T10:00:00.000Z'
      }
    ]
    await t.controller.openInitialProject().announce()
    expect(t.fakes.methodsCalled()).toContain('openRecent')
    expect(t.fakes.methodsCalled()).not.toContain('openSample')
    expect(t.events).toEqual([{ event: 'projectOpened', payload: t.fakes.project }])
  })

  it('announces a sample that cannot be opened as openFailed', async () => {
    const t = setUp(createFakeHandlers(), {
      openSample: async () => ({
        ok: false,
        error: { code: 'file-missing', path: '/opt/calque/ru.txt' }
      })
    })
    await t.controller.openInitialProject().announce()
    expect(t.events).toEqual([
      { event: 'openFailed', payload: { code: 'file-missing', path: '/opt/calque/ru.txt' } }
    ])
  })
})
