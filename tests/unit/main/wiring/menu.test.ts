import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { createMainI18n, translatorOf } from '../../../../src/main/main-i18n'
import {
  MAX_RECENT_ITEMS,
  buildMenuTemplate,
  escapeMnemonics,
  type MenuActions,
  type MenuContext
} from '../../../../src/main/menu'
import type { RecentProject, UiLanguage } from '@shared/ipc/contract'
import en from '@shared/i18n/locales/en/menu.json'

const RECENT: RecentProject[] = [
  {
    id: 'belarus-usa-ambassadors',
    name: 'USA and Belarus ready to restore relations at the level of ambassadors',
    dir: '/home/anna/Calque/belarus-usa-ambassadors',
    openedAt: '2020-09-18T09:00:00.000Z'
  },
  {
    id: 'minsk-and-washington',
    name: 'Minsk & Washington',
    dir: '/home/anna/Calque/minsk-and-washington',
    openedAt: '2020-09-17T09:00:00.000Z'
  }
]

function recordingActions() {
  const calls: string[] = []
  const actions: MenuActions = {
    openPair: async () => void calls.push('openPair'),
    openBilingual: async () => void calls.push('openBilingual'),
    openProjectFolder: async () => void calls.push('openProjectFolder'),
    addArticlePair: async () => void calls.push('addArticlePair'),
    addArticleFolder: async () => void calls.push('addArticleFolder'),
    importReviewedFile: async () => void calls.push('importReviewedFile'),
    command: (command) => void calls.push(`command:${command}`),
    openSample: async () => void calls.push('openSample'),
    openRecent: async (id) => void calls.push(`openRecent:${id}`),
    chooseProjectsRoot: async () => void calls.push('chooseProjectsRoot'),
    setLanguage: async (language) => void calls.push(`setLanguage:${language}`)
  }
  return { actions, calls }
}

function menu(overrides: Partial<MenuContext> = {}, language: UiLanguage = 'en') {
  const { actions, calls } = recordingActions()
  const template = buildMenuTemplate({
    t: translatorOf(createMainI18n(language)),
    language,
    recent: RECENT,
    isPackaged: false,
    platform: 'linux',
    actions,
    ...overrides
  })
  return { template, calls }
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu
  if (!Array.isArray(submenu)) throw new Error(`no submenu on ${item?.label}`)
  return submenu
}

function byId(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.id === id)
  if (found === undefined) throw new Error(`no item ${id}`)
  return found
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? allItems(i.submenu) : [])])
}

function click(item: MenuItemConstructorOptions): void {
  const handler = item.click as (() => void) | undefined
  if (handler === undefined) throw new Error(`${item.label} has no click`)
  handler()
}

describe('File menu', () => {
  it('has New Project from Pair (CmdOrCtrl+O), Open Bilingual File, Open Project Folder, the sample, Open Recent, adding articles, importing a reviewed file, export (CmdOrCtrl+E), loading an MQM evaluation, the projects folder, then Quit', () => {
    const { template } = menu()
    const file = byId(template, 'file')
    expect(file.label).toBe('File')
    const items = submenuOf(file)
    expect(items.map((i) => i.id ?? i.role ?? i.type)).toEqual([
      'open-pair',
      'open-bilingual',
      'open-project-folder',
      'open-sample',
      'open-recent',
      'separator',
      'add-article-pair',
      'add-article-folder',
      'import-reviewed',
      'separator',
      'export',
      'load-evaluation',
      'separator',
      'choose-projects-root',
      'separator',
      'quit'
    ])
    expect(byId(items, 'open-pair')).toMatchObject({
      label: 'New Project from Pair…',
      accelerator: 'CmdOrCtrl+O'
    })
    expect(byId(items, 'open-bilingual')).toMatchObject({
      label: 'Open Bilingual File…',
      accelerator: 'CmdOrCtrl+Shift+O'
    })
    expect(byId(items, 'export')).toMatchObject({ label: 'Export…', accelerator: 'CmdOrCtrl+E' })
    expect(items.at(-1)).toMatchObject({ role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' })
  })

  it('each item calls its action', () => {
    const { template, calls } = menu()
    const items = submenuOf(byId(template, 'file'))
    click(byId(items, 'open-pair'))
    click(byId(items, 'open-bilingual'))
    click(byId(items, 'open-sample'))
    click(byId(items, 'choose-projects-root'))
    click(submenuOf(byId(items, 'open-recent'))[0] as MenuItemConstructorOptions)
    expect(calls).toEqual([
      'openPair',
      'openBilingual',
      'openSample',
      'chooseProjectsRoot',
      'openRecent:belarus-usa-ambassadors'
    ])
  })

  it('lists recent projects by name, escaping & so it is not taken for a mnemonic', () => {
    const recent = submenuOf(byId(submenuOf(byId(menu().template, 'file')), 'open-recent'))
    expect(recent.map((i) => i.label)).toEqual([
      'USA and Belarus ready to restore relations at the level of ambassadors',
      'Minsk && Washington'
    ])
    expect(escapeMnemonics('A & B & C')).toBe('A && B && C')
  })

  it('keeps the recent list short', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      ...RECENT[0]!,
      id: `p-${i}`,
      name: `Article ${i}`
    }))
    const recent = submenuOf(
      byId(submenuOf(byId(menu({ recent: many }).template, 'file')), 'open-recent')
    )
    expect(recent).toHaveLength(MAX_RECENT_ITEMS)
  })

  it('shows a disabled "No recent projects" when there are none', () => {
    const { template } = menu({ recent: [] }, 'ru')
    const recent = submenuOf(byId(submenuOf(byId(template, 'file')), 'open-recent'))
    expect(recent).toEqual([{ id: 'no-recent', label: 'Нет недавних проектов', enabled: false }])
  })
})

describe('Edit menu', () => {
  it('hands Undo/Redo and Find/Replace to the renderer and keeps native roles for the clipboard', () => {
    const { template, calls } = menu()
    const items = submenuOf(byId(template, 'edit'))
    expect(items.filter((i) => i.type !== 'separator').map((i) => i.role ?? i.id)).toEqual([
      'undo',
      'redo',
      'find',
      'replace',
      'cut',
      'copy',
      'paste',
      'selectAll'
    ])
    expect(byId(items, 'undo')).toMatchObject({ label: 'Undo', accelerator: 'CmdOrCtrl+Z' })
    expect(byId(items, 'redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z' })
    expect(byId(items, 'find')).toMatchObject({ label: 'Find…', accelerator: 'CmdOrCtrl+F' })
    click(byId(items, 'undo'))
    click(byId(items, 'redo'))
    expect(calls).toEqual(['command:undo', 'command:redo'])
  })
})

describe('View menu', () => {
  const languageItems = (language: UiLanguage) =>
    submenuOf(byId(submenuOf(byId(menu({}, language).template, 'view')), 'language'))

  it('offers English and Русский as radio items, the current one checked', () => {
    expect(languageItems('en').map((i) => [i.label, i.type, i.checked])).toEqual([
      ['English', 'radio', true],
      ['Русский', 'radio', false]
    ])
    expect(languageItems('ru').map((i) => i.checked)).toEqual([false, true])
  })

  it('switches language through the action', () => {
    const { template, calls } = menu()
    const items = submenuOf(byId(submenuOf(byId(template, 'view')), 'language'))
    click(byId(items, 'language:ru'))
    expect(calls).toEqual(['setLanguage:ru'])
  })

  it('has developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      allItems(menu({ isPackaged }).template).map((i) => i.role)
    expect(roles(false)).toContain('toggleDevTools')
    expect(roles(true)).not.toContain('toggleDevTools')
  })
})

describe('macOS', () => {
  it('puts Quit in the app menu, not in File', () => {
    const { template } = menu({ platform: 'darwin' })
    expect(template[0]?.label).toBe('Calque')
    expect(submenuOf(template[0]).map((i) => i.role)).toContain('quit')
    expect(submenuOf(byId(template, 'file')).map((i) => i.role)).not.toContain('quit')
  })
})

describe.each([
  ['en', 'linux', false],
  ['ru', 'linux', false],
  ['en', 'darwin', false],
  ['ru', 'darwin', true],
  ['ru', 'win32', true]
] as const)(
  'every label is translated (%s, %s, packaged: %s)',
  (language, platform, isPackaged) => {
    const items = allItems(menu({ platform, isPackaged }, language).template).filter(
      (i) => i.type !== 'separator'
    )
    const recentNames = new Set(
      RECENT.map((r) => escapeMnemonics(r.name)).concat(RECENT.map((r) => r.name))
    )
    const ours = items.filter((i) => !recentNames.has(i.label ?? ''))

    it('has a label on every item', () => {
      for (const item of items) expect(item.label, JSON.stringify(item)).toMatch(/\S/)
    })

    it('leaks no raw keys', () => {
      const keys = new Set(Object.keys(en))
      for (const item of ours) {
        expect(item.label).not.toMatch(/^menu:|:/)
        expect(keys.has(item.label ?? ''), item.label).toBe(false)
      }
    })

    it('is written in the UI language (bar the language endonyms and the product name)', () => {
      const anyLanguage = new Set(['English', 'Русский', 'Calque'])
      for (const item of ours.filter((i) => !anyLanguage.has(i.label ?? ''))) {
        const cyrillic = /[а-яё]/i.test(item.label ?? '')
        expect(cyrillic, `${item.id ?? item.role}: ${item.label}`).toBe(language === 'ru')
      }
    })
  }
)
