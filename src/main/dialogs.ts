/**
 * The native file pickers behind `BackendDeps.choosePair` and `chooseDirectory`. They take the
 * dialog function as a parameter so that the choreography (source first, then target; either
 * cancel means no pair) is tested without Electron.
 */
import { dirname } from 'node:path'
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron'
import type { BackendDeps } from './backend'
import type { Translate } from './main-i18n'

export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>

export function textFileDialogOptions(
  t: Translate,
  title: string,
  defaultPath?: string
): OpenDialogOptions {
  return {
    title,
    ...(defaultPath === undefined ? {} : { defaultPath }),
    properties: ['openFile'],
    filters: [
      { name: t('menu:documents'), extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] },
      { name: t('menu:allFiles'), extensions: ['*'] }
    ]
  }
}

export function bilingualFileDialogOptions(t: Translate): OpenDialogOptions {
  return {
    title: t('menu:chooseBilingual'),
    properties: ['openFile'],
    filters: [
      {
        name: t('menu:bilingualFiles'),
        extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff', 'tmx', 'csv', 'tsv']
      },
      { name: t('menu:allFiles'), extensions: ['*'] }
    ]
  }
}

export function directoryDialogOptions(
  t: Translate,
  titleKey = 'menu:chooseProjectsRootTitle'
): OpenDialogOptions {
  return {
    title: t(titleKey),
    properties: ['openDirectory', 'createDirectory']
  }
}

export function createPickers(
  show: ShowOpenDialog,
  t: Translate
): Pick<
  BackendDeps,
  | 'choosePair'
  | 'chooseBilingualFile'
  | 'chooseDirectory'
  | 'chooseProjectFolder'
  | 'chooseFolderOfPairs'
> {
  return {
    async choosePair() {
      const source = firstPath(await show(textFileDialogOptions(t, t('menu:chooseSource'))))
      if (source === null) return null
      // The translation usually sits beside its source: start the second dialog there.
      const target = firstPath(
        await show(textFileDialogOptions(t, t('menu:chooseTarget'), dirname(source)))
      )
      return target === null ? null : { source, target }
    },
    async chooseBilingualFile() {
      return firstPath(await show(bilingualFileDialogOptions(t)))
    },
    async chooseDirectory() {
      return firstPath(await show(directoryDialogOptions(t)))
    },
    async chooseProjectFolder() {
      return firstPath(await show(directoryDialogOptions(t, 'menu:chooseProjectFolder')))
    },
    async chooseFolderOfPairs() {
      return firstPath(await show(directoryDialogOptions(t, 'menu:chooseFolderOfPairs')))
    }
  }
}

function firstPath(result: OpenDialogReturnValue): string | null {
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
