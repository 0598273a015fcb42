// @vitest-environment jsdom
/**
 * The start screen's ways in: a new project from a pair of files, one bilingual file, a project folder,
 * the sample; in both languages.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { OpenedProject } from '@shared/ipc/contract'
import { fail, ok, type Result } from '@shared/domain/errors'
import { pairedSample, XLIFF_NAME } from '../import/import-fixtures'
import { fakeApi } from '../helpers/fake-api'
import { renderApp, type RenderedApp } from '../helpers/render-app'
import { openedProject } from '../helpers/sample-project'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
})

const actions = async (name: RegExp | string): Promise<HTMLElement> =>
  screen.findByRole('region', { name })

describe('the start screen', () => {
  it('offers a pair, a bilingual file, a project folder and the sample, each saying what it takes', async () => {
    app = renderApp(fakeApi())
    const start = within(await actions('Start'))
    expect(start.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'New Project from Pair…A Russian article, then its English translation: TXT, Markdown, HTML or DOCX.',
      'Open Bilingual File…One file with both languages, already paired: XLIFF, TMX, CSV or TSV.',
      'Open Project Folder…A Calque project folder with one or more articles.',
      'Open Sample ArticleA real news article with its machine translation, ready to review.'
    ])
    expect(screen.getByText('Projects you open will be listed here.')).toBeTruthy()
  })

  it('opens a bilingual file through main and shows it as paired', async () => {
    const article = pairedSample()
    const api = fakeApi({ openBilingual: async () => ok(openedProject([article])) })
    api.articles.set(article.id, article)
    app = renderApp(api)
    fireEvent.click(await screen.findByRole('button', { name: /Open Bilingual File…/ }))
    expect(api.openBilingual).toHaveBeenCalledWith({})
    expect(api.openPair).not.toHaveBeenCalled()
    expect(await screen.findByRole('heading', { level: 1, name: article.name })).toBeTruthy()
    expect(screen.getByText('Paired in the file (XLIFF 1.2)')).toBeTruthy()
    expect(screen.getByText(XLIFF_NAME)).toBeTruthy()
  })

  it('opens a project folder through main', async () => {
    const article = pairedSample()
    const api = fakeApi({ openProjectFolder: async () => ok(openedProject([article])) })
    api.articles.set(article.id, article)
    app = renderApp(api)
    fireEvent.click(await screen.findByRole('button', { name: /Open Project Folder…/ }))
    expect(api.openProjectFolder).toHaveBeenCalledWith({})
    expect(await screen.findByRole('grid')).toBeTruthy()
  })

  it('stays put when the dialog is cancelled, and waits while main is at work', async () => {
    let answer: (result: Result<OpenedProject | null>) => void = () => {}
    const api = fakeApi({ openBilingual: () => new Promise((resolve) => (answer = resolve)) })
    app = renderApp(api)
    const button = await screen.findByRole('button', { name: /Open Bilingual File…/ })
    fireEvent.click(button)
    // One request at a time: every way in waits for the answer.
    for (const b of within(await actions('Start')).getAllByRole('button')) {
      expect((b as HTMLButtonElement).disabled).toBe(true)
    }
    await act(async () => answer(ok(null)))
    expect((button as HTMLButtonElement).disabled).toBe(false)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(api.openBilingual).toHaveBeenCalledTimes(1)
  })

  it('says why a bilingual file was refused', async () => {
    const path = '/home/reviewer/Downloads/billion-laughs.xlf'
    const api = fakeApi({
      openBilingual: async () =>
        fail({ code: 'file-unsafe-xml', path, detail: 'DOCTYPE with entity declarations' })
    })
    app = renderApp(api)
    fireEvent.click(await screen.findByRole('button', { name: /Open Bilingual File…/ }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(
      `${path} was refused: it declares a DTD or entities (DOCTYPE with entity declarations), which Calque never expands.`
    )
    expect(screen.getByRole('button', { name: /Open Bilingual File…/ })).toBeTruthy()
  })

  it('speaks Russian', async () => {
    app = renderApp(fakeApi(), 'ru')
    const start = within(await actions('Начало работы'))
    expect(start.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Новый проект из пары файлов…Русская статья, затем её английский перевод: TXT, Markdown, HTML или DOCX.',
      'Открыть двуязычный файл…Один файл с обоими языками, уже разбитый на пары: XLIFF, TMX, CSV или TSV.',
      'Открыть папку проекта…Папка проекта Calque с одной или несколькими статьями.',
      'Открыть пример статьиНастоящая новостная статья с машинным переводом, готовая к проверке.'
    ])
  })
})
