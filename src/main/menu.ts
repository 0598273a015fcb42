/**
 * The application menu as data. Pure: Electron only sees the result (`Menu.buildFromTemplate`), so
 * tests can check every item, accelerator and label in both languages.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, RecentProject, UiLanguage } from '@shared/ipc/contract'
import { menuAccelerator } from '@shared/keymap/commands'
import type { Translate } from './main-i18n'

/** What the menu can ask for. Each action reports its own failures, so the promises never reject. */
export interface MenuActions {
  openPair(): Promise<void>
  openBilingual(): Promise<void>
  openProjectFolder(): Promise<void>
  addArticlePair(): Promise<void>
  addArticleFolder(): Promise<void>
  importReviewedFile(): Promise<void>
  openSample(): Promise<void>
  openRecent(projectId: string): Promise<void>
  chooseProjectsRoot(): Promise<void>
  setLanguage(language: UiLanguage): Promise<void>
  /** Commands for the page (undo, find, zoom, views…): the page decides what each means where focus is. */
  command(command: MenuCommand): void
}

export interface MenuContext {
  readonly t: Translate
  /** Whether a project is open (adding articles needs one). */
  readonly hasProject?: boolean
  readonly language: UiLanguage
  readonly recent: readonly RecentProject[]
  readonly isPackaged: boolean
  readonly platform: NodeJS.Platform
  readonly actions: MenuActions
}

/** The Open Recent list stays short enough to scan at a glance. */
export const MAX_RECENT_ITEMS = 10

const separator: MenuItemConstructorOptions = { type: 'separator' }

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin'
  return [...(isMac ? [macAppMenu(ctx)] : []), fileMenu(ctx, isMac), editMenu(ctx), viewMenu(ctx)]
}

/** macOS puts Quit, Hide and About in a menu named after the app; its title is the product name. */
function macAppMenu({ t }: MenuContext): MenuItemConstructorOptions {
  return {
    label: 'Calque',
    submenu: [
      { role: 'about', label: t('menu:about') },
      separator,
      { role: 'hide', label: t('menu:hide') },
      { role: 'hideOthers', label: t('menu:hideOthers') },
      { role: 'unhide', label: t('menu:showAll') },
      separator,
      { role: 'quit', label: t('menu:quit'), accelerator: 'CmdOrCtrl+Q' }
    ]
  }
}

function fileMenu(ctx: MenuContext, isMac: boolean): MenuItemConstructorOptions {
  const { t, actions } = ctx
  return {
    id: 'file',
    label: t('menu:file'),
    submenu: [
      {
        id: 'open-pair',
        label: t('menu:openPair'),
        accelerator: 'CmdOrCtrl+O',
        click: () => void actions.openPair()
      },
      {
        id: 'open-bilingual',
        label: t('menu:openBilingual'),
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => void actions.openBilingual()
      },
      {
        id: 'open-project-folder',
        label: t('menu:openProjectFolder'),
        click: () => void actions.openProjectFolder()
      },
      { id: 'open-sample', label: t('menu:openSample'), click: () => void actions.openSample() },
      { id: 'open-recent', label: t('menu:openRecent'), submenu: recentItems(ctx, isMac) },
      separator,
      {
        id: 'add-article-pair',
        label: t('menu:addArticlePair'),
        enabled: ctx.hasProject !== false,
        click: () => void actions.addArticlePair()
      },
      {
        id: 'add-article-folder',
        label: t('menu:addArticleFolder'),
        enabled: ctx.hasProject !== false,
        click: () => void actions.addArticleFolder()
      },
      {
        id: 'import-reviewed',
        label: t('menu:importReviewed'),
        enabled: ctx.hasProject !== false,
        click: () => void actions.importReviewedFile()
      },
      separator,
      { ...commandItem(ctx, 'export', 'menu:export', 'CmdOrCtrl+E'), enabled: ctx.hasProject !== false },
      { ...commandItem(ctx, 'load-evaluation', 'menu:importMqm'), enabled: ctx.hasProject !== false },
      separator,
      {
        id: 'choose-projects-root',
        label: t('menu:chooseProjectsRoot'),
        click: () => void actions.chooseProjectsRoot()
      },
      ...(isMac
        ? []
        : [separator, { role: 'quit', label: t('menu:quit'), accelerator: 'CmdOrCtrl+Q' } as const])
    ]
  }
}

function recentItems(
  { t, recent, actions }: MenuContext,
  isMac: boolean
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ id: 'no-recent', label: t('menu:noRecent'), enabled: false }]
  return recent.slice(0, MAX_RECENT_ITEMS).map((project) => ({
    id: `recent:${project.id}`,
    // Project names are the user's text, not ours: shown as typed, never translated.
    label: isMac ? project.name : escapeMnemonics(project.name),
    click: () => void actions.openRecent(project.id)
  }))
}

/** A menu item that hands a command to the page, with the keymap's accelerator. */
function commandItem(
  { t, actions }: MenuContext,
  command: MenuCommand,
  labelKey: string,
  accelerator = menuAccelerator(command)
): MenuItemConstructorOptions {
  return {
    id: command,
    label: t(labelKey),
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(command)
  }
}

function editMenu(ctx: MenuContext): MenuItemConstructorOptions {
  const { t, platform } = ctx
  // Undo/redo are not native roles: a role would swallow Ctrl+Z before the page sees it, and in the
  // review grid Ctrl+Z undoes the last review action. The renderer undoes text when a field has focus.
  return {
    id: 'edit',
    label: t('menu:edit'),
    submenu: [
      commandItem(ctx, 'undo', 'menu:undo'),
      commandItem(
        ctx,
        'redo',
        'menu:redo',
        platform === 'win32' ? 'Ctrl+Y' : menuAccelerator('redo')
      ),
      separator,
      commandItem(ctx, 'find', 'menu:find'),
      commandItem(ctx, 'replace', 'menu:replace'),
      separator,
      { role: 'cut', label: t('menu:cut') },
      { role: 'copy', label: t('menu:copy') },
      { role: 'paste', label: t('menu:paste') },
      separator,
      { role: 'selectAll', label: t('menu:selectAll') }
    ]
  }
}

function viewMenu(ctx: MenuContext): MenuItemConstructorOptions {
  const { t, language, isPackaged, actions } = ctx
  const languageItem = (value: UiLanguage, key: string): MenuItemConstructorOptions => ({
    id: `language:${value}`,
    label: t(key),
    type: 'radio',
    checked: language === value,
    click: () => void actions.setLanguage(value)
  })
  return {
    id: 'view',
    label: t('menu:view'),
    submenu: [
      commandItem(ctx, 'show-workspace', 'menu:showWorkspace'),
      commandItem(ctx, 'show-dashboard', 'menu:showDashboard'),
      separator,
      commandItem(ctx, 'zoom-in', 'menu:zoomIn'),
      commandItem(ctx, 'zoom-out', 'menu:zoomOut'),
      commandItem(ctx, 'zoom-reset', 'menu:zoomReset'),
      commandItem(ctx, 'toggle-theme', 'menu:toggleTheme'),
      separator,
      commandItem(ctx, 'show-keys', 'menu:showKeys'),
      {
        id: 'language',
        label: t('menu:language'),
        submenu: [
          languageItem('en', 'menu:languageEnglish'),
          languageItem('ru', 'menu:languageRussian')
        ]
      },
      // Developer tools are for us, not for reviewers: absent from a packaged build.
      ...(isPackaged
        ? []
        : [separator, { role: 'toggleDevTools', label: t('menu:toggleDevTools') } as const])
    ]
  }
}

/** On Windows and Linux `&` marks a mnemonic; a literal ampersand in a label is written `&&`. */
export function escapeMnemonics(label: string): string {
  return label.replaceAll('&', '&&')
}
