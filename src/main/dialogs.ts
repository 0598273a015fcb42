/**
 * The native file pickers behind `BackendDeps.choosePair` and `chooseDirectory`. They take the
 * dialog function as a parameter so that the choreography (source first, then target; either
 * cancel means no pair) is tested without Electron.
 */
import { dirname } from 'node:path'
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import type { BackendDeps, SaveRequest } from './backend'
import type { Translate } from './main-i18n'

export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>
export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>

export function saveDialogOptions(t: Translate, request: SaveRequest, defaultDir?: string): SaveDialogOptions {
  return {
    title: t(request.kind === 'export' ? 'menu:saveExportTitle' : 'menu:saveReportTitle'),
    defaultPath: defaultDir === undefined ? request.defaultName : `${defaultDir}/${request.defaultName}`,
    filters: [
      { name: request.extension.toUpperCase(), extensions: [request.extension] },
      { name: t('menu:allFiles'), extensions: ['*'] }
    ]
  }
}

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
  t: Translate,
  showSave?: ShowSaveDialog
): Pick<
  BackendDeps,
  | 'choosePair'
  | 'chooseBilingualFile'
  | 'chooseDirectory'
  | 'chooseProjectFolder'
  | 'chooseFolderOfPairs'
  | 'chooseSavePath'
  | 'chooseReviewedFile'
  | 'chooseMqmFile'
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
    },
    async chooseSavePath(request) {
      if (!showSave) return null
      const result = await showSave(saveDialogOptions(t, request))
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseReviewedFile() {
      return firstPath(
        await show({
          title: t('menu:chooseReviewedFile'),
          properties: ['openFile'],
          filters: [
            { name: t('menu:reviewedFiles'), extensions: ['xlf', 'xliff', 'json', 'tmx'] },
            { name: t('menu:allFiles'), extensions: ['*'] }
          ]
        })
      )
    },
    async chooseMqmFile() {
      return firstPath(
        await show({
          title: t('menu:chooseMqmFile'),
          properties: ['openFile'],
          filters: [
            { name: t('menu:mqmFiles'), extensions: ['tsv', 'txt'] },
            { name: t('menu:allFiles'), extensions: ['*'] }
          ]
        })
      )
    }
  }
}

function firstPath(result: OpenDialogReturnValue): string | null {
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
