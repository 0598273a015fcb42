import { describe, expect, it } from 'vitest'
import type { OpenDialogOptions } from 'electron'
import { createPickers } from '../../../../src/main/dialogs'
import { createMainI18n, translatorOf } from '../../../../src/main/main-i18n'

function scriptedDialog(answers: { canceled: boolean; filePaths: string[] }[]) {
  const asked: OpenDialogOptions[] = []
  const show = async (options: OpenDialogOptions) => {
    asked.push(options)
    return answers.shift() ?? { canceled: true, filePaths: [] }
  }
  return { show, asked }
}

describe('choosePair', () => {
  it('asks for the source, then the target in the same folder, titled in the UI language', async () => {
    const dialog = scriptedDialog([
      { canceled: false, filePaths: ['/news/2020-09/ru.txt'] },
      { canceled: false, filePaths: ['/news/2020-09/en.txt'] }
    ])
    const { choosePair } = createPickers(dialog.show, translatorOf(createMainI18n('ru')))

    expect(await choosePair()).toEqual({
      source: '/news/2020-09/ru.txt',
      target: '/news/2020-09/en.txt'
    })
    expect(dialog.asked.map((o) => o.title)).toEqual([
      'Выберите русский оригинал',
      'Выберите английский перевод'
    ])
    expect(dialog.asked[1]?.defaultPath).toBe('/news/2020-09')
    expect(dialog.asked[0]?.properties).toEqual(['openFile'])
    expect(dialog.asked[0]?.filters).toEqual([
      { name: 'Документы', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] },
      { name: 'Все файлы', extensions: ['*'] }
    ])
  })

  it('is null when the first dialog is cancelled, without asking for the target', async () => {
    const dialog = scriptedDialog([{ canceled: true, filePaths: [] }])
    const { choosePair } = createPickers(dialog.show, translatorOf(createMainI18n('en')))
    expect(await choosePair()).toBeNull()
    expect(dialog.asked).toHaveLength(1)
    expect(dialog.asked[0]?.title).toBe('Choose the Russian source')
  })

  it('is null when the second dialog is cancelled', async () => {
    const dialog = scriptedDialog([
      { canceled: false, filePaths: ['/news/ru.txt'] },
      { canceled: true, filePaths: [] }
    ])
    const { choosePair } = createPickers(dialog.show, translatorOf(createMainI18n('en')))
    expect(await choosePair()).toBeNull()
  })
})

describe('chooseBilingualFile', () => {
  it('asks for one XLIFF, TMX, CSV or TSV file', async () => {
    const dialog = scriptedDialog([{ canceled: false, filePaths: ['/news/article.xlf'] }])
    const { chooseBilingualFile } = createPickers(dialog.show, translatorOf(createMainI18n('en')))
    expect(await chooseBilingualFile()).toBe('/news/article.xlf')
    expect(dialog.asked[0]?.title).toBe('Choose a bilingual file (XLIFF, TMX, CSV or TSV)')
    expect(dialog.asked[0]?.filters?.[0]?.extensions).toEqual([
      'xlf',
      'xliff',
      'sdlxliff',
      'mqxliff',
      'tmx',
      'csv',
      'tsv'
    ])
  })

  it('is null when cancelled', async () => {
    const dialog = scriptedDialog([{ canceled: true, filePaths: [] }])
    const { chooseBilingualFile } = createPickers(dialog.show, translatorOf(createMainI18n('en')))
    expect(await chooseBilingualFile()).toBeNull()
  })
})

describe('chooseDirectory', () => {
  it('asks for a folder it may create', async () => {
    const dialog = scriptedDialog([{ canceled: false, filePaths: ['/home/anna/Reviews'] }])
    const { chooseDirectory } = createPickers(dialog.show, translatorOf(createMainI18n('en')))
    expect(await chooseDirectory()).toBe('/home/anna/Reviews')
    expect(dialog.asked[0]).toEqual({
      title: 'Where should Calque keep review projects?',
      properties: ['openDirectory', 'createDirectory']
    })
  })

  it('is null when cancelled', async () => {
    const { chooseDirectory } = createPickers(
      scriptedDialog([]).show,
      translatorOf(createMainI18n('en'))
    )
    expect(await chooseDirectory()).toBeNull()
  })
})
