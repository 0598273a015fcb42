// @vitest-environment jsdom
/** The shell: the start screen, opening projects, error banners, notices, language switching. */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { fail, ok } from '@shared/domain/errors'
import { COMMANDS, KEY_GROUPS } from '@shared/keymap/commands'
import { fakeApi, serve } from '../helpers/fake-api'
import { renderApp, type RenderedApp } from '../helpers/render-app'
import { openedProject, sampleArticle, withUnpairedRow } from '../helpers/sample-project'
import { bodyRows, currentRowNumber, key, openWorkspace } from '../helpers/workspace'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
})

const OPEN_PAIR = { name: /New Project from Pair…/ }

describe('start screen', () => {
  it('offers a new project, the sample and the recent projects, and reopens one by id', async () => {
    const article = sampleArticle()
    const opened = openedProject([article])
    const api = fakeApi({
      listRecent: async () => [
        {
          id: opened.project.id,
          name: opened.project.name,
          dir: opened.project.dir,
          openedAt: '2026-11-26T16:42:00.000Z'
        }
      ],
      openRecent: async () => ok(opened)
    })
    api.articles.set(article.id, article)
    app = renderApp(api)
    expect(await screen.findByRole('button', OPEN_PAIR)).toBeTruthy()
    expect(screen.getByRole('button', { name: /Open Sample Article/ })).toBeTruthy()
    const recent = await screen.findByRole('button', { name: new RegExp(opened.project.name) })
    expect(recent.textContent).toContain(opened.project.dir)
    fireEvent.click(recent)
    expect(api.openRecent).toHaveBeenCalledWith({ projectId: opened.project.id })
    await screen.findByRole('grid')
    // The project's first article is opened by id, then shown.
    expect(api.openArticle).toHaveBeenCalledWith({
      projectId: opened.project.id,
      articleId: article.id
    })
    expect(screen.getByRole('heading', { level: 1, name: article.name })).toBeTruthy()
  })

  it('says which file could not be opened and why, and stays usable', async () => {
    const path = '/home/reviewer/Pictures/minsk.jpg'
    const article = sampleArticle()
    const api = fakeApi({
      openPair: async () =>
        fail({
          code: 'file-format-unsupported',
          path,
          side: 'source',
          format: 'JPEG image',
          detail: 'a JPEG image'
        }),
      openSample: async () => ok(openedProject([article]))
    })
    api.articles.set(article.id, article)
    app = renderApp(api)
    fireEvent.click(await screen.findByRole('button', OPEN_PAIR))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(
      `Source: ${path}: Calque cannot read this kind of file (a JPEG image). Use text, Markdown, HTML, DOCX, XLIFF, TMX, CSV or TSV.`
    )
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /Open Sample Article/ }))
    expect(await screen.findByRole('grid')).toBeTruthy()
  })

  it('fills in sizes in human units and never shows a raw placeholder', async () => {
    const api = fakeApi({
      openPair: async () =>
        fail({
          code: 'file-too-large',
          path: '/tmp/dump.txt',
          limit: 50 * 1024 * 1024,
          size: 62 * 1024 * 1024
        })
    })
    app = renderApp(api)
    fireEvent.click(await screen.findByRole('button', OPEN_PAIR))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(
      '/tmp/dump.txt is too large to open (62 MB; the limit is 50 MB).'
    )
  })

  it('does nothing when the user cancels the file dialog', async () => {
    const api = fakeApi({ openPair: async () => ok(null) })
    app = renderApp(api)
    fireEvent.click(await screen.findByRole('button', OPEN_PAIR))
    await act(async () => {})
    expect(api.openPair).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('button', OPEN_PAIR)).toBeTruthy()
  })

  it('says why the start failed when main cannot tell what is open', async () => {
    const api = fakeApi({
      currentProject: async () => {
        throw new Error('the bridge is gone')
      }
    })
    app = renderApp(api)
    const alert = await screen.findByRole('alert')
    expect(alert.getAttribute('data-error-code')).toBe('internal')
    expect(alert.textContent).toContain('the bridge is gone')
    expect(screen.getByRole('button', OPEN_PAIR)).toBeTruthy()
  })
})

describe('while a project is open', () => {
  it('keeps the project open when a later open from the menu fails', async () => {
    const article = sampleArticle()
    const opened = await openWorkspace(article)
    app = opened.app
    act(() =>
      opened.api.emit('openFailed', {
        code: 'encoding-mismatch',
        path: '/data/koi8.txt',
        encoding: 'utf-8',
        offset: 17,
        detail: 'byte 0xC1 at offset 17'
      })
    )
    expect(screen.getByRole('alert').textContent).toBe(
      '/data/koi8.txt cannot be read as UTF-8: byte 0xC1 at offset 17'
    )
    expect(screen.getByRole('heading', { level: 1, name: article.name })).toBeTruthy()
    expect(screen.getByRole('grid')).toBeTruthy()
  })

  it('switches to a project main opened from the File menu', async () => {
    const article = sampleArticle()
    const api = fakeApi()
    api.articles.set(article.id, article)
    app = renderApp(api)
    await screen.findByRole('button', OPEN_PAIR)
    act(() => api.emit('projectOpened', openedProject([article])))
    expect(await screen.findByRole('grid')).toBeTruthy()
    expect(screen.queryByRole('button', OPEN_PAIR)).toBeNull()
  })

  it('shows why an article cannot be opened, and the others stay reachable', async () => {
    const good = sampleArticle()
    const damaged = { ...sampleArticle(), id: 'damaged-article', name: 'A damaged article' }
    const api = fakeApi({
      openArticle: async ({ articleId }) =>
        articleId === damaged.id
          ? fail({ code: 'project-corrupt', path: '/home/reviewer/Calque/x/alignment.json' })
          : ok(good)
    })
    serve(api, openedProject([damaged, good]), [])
    app = renderApp(api)
    const alert = await screen.findByRole('alert')
    expect(alert.getAttribute('data-error-code')).toBe('project-corrupt')
    const panel = screen.getByRole('navigation', { name: 'Articles of the project' })
    fireEvent.click(within(panel).getByRole('button', { name: new RegExp(good.name) }))
    expect(await screen.findByRole('grid')).toBeTruthy()
  })

  it('marks rows whose alignment needs a second look', async () => {
    const base = sampleArticle()
    const opened = await openWorkspace(withUnpairedRow(base, 'b20'))
    app = opened.app
    // The sample's "George W. Bush" paragraph splits differently on the two sides: a 1-2 row.
    const low = screen.getByRole('img', { name: /^Low alignment confidence \(31%\)/ })
    expect(low.closest('[role="row"]')?.textContent).toContain('George W. Bush')
    const omission = screen.getByText('No translation for this sentence').closest('[role="row"]')
    expect(omission?.textContent).toContain('Теперь мяч на белорусской половине.')
    const addition = screen.getByText('Not in the source').closest('[role="row"]')
    expect(addition?.textContent).toContain('Now the ball is in the Belarusian half.')
  })

  it('tells the reviewer about a torn log line that was dropped on open', async () => {
    const article = sampleArticle({ notices: [{ kind: 'torn-last-line', line: 12 }] })
    app = (await openWorkspace(article)).app
    const notice = screen.getByText(/The last line of the review log \(line 12\) was incomplete/)
    expect(notice).toBeTruthy()
  })

  it('says a read-only article saves nothing, and why', async () => {
    const article = sampleArticle({
      readOnly: { code: 'project-locked', path: '/home/reviewer/Calque/belarus-usa-ambassadors' }
    })
    const opened = await openWorkspace(article)
    app = opened.app
    const banner = screen
      .getAllByRole('alert')
      .find((a) => a.textContent?.startsWith('This article is open read-only'))
    expect(banner?.textContent).toMatch(/Nothing you do here is saved\.$/)
    key('r')
    expect(opened.api.appendReview).not.toHaveBeenCalled()
  })
})

describe('interface language', () => {
  it('re-renders every label in Russian from the toggle, and asks main to remember it', async () => {
    const article = sampleArticle()
    const opened = await openWorkspace(article)
    app = opened.app
    fireEvent.click(screen.getByRole('radio', { name: 'Russian' }))
    expect(opened.api.setLanguage).toHaveBeenCalledWith({ language: 'ru' })
    expect(document.documentElement.lang).toBe('ru')
    expect(screen.getByRole('columnheader', { name: 'Русский оригинал' })).toBeTruthy()
    expect(screen.getByText('49 строк')).toBeTruthy()
    expect(within(screen.getByLabelText('Файлы')).getByText('49 сегментов')).toBeTruthy()
    expect(within(screen.getByLabelText('Файлы')).getByText('50 сегментов')).toBeTruthy()
    expect(screen.getAllByText('Не проверено')).toHaveLength(article.beads.length)
    expect(screen.getByRole('radio', { name: 'Русский' }).getAttribute('aria-checked')).toBe('true')
  })

  it('follows the language main pushes from the View menu, with Russian plurals', async () => {
    const article = sampleArticle()
    const opened = await openWorkspace(article)
    app = opened.app
    await act(async () => opened.api.emit('languageChanged', { language: 'ru' }))
    expect(screen.getAllByRole('definition').map((file) => file.textContent)).toEqual([
      `${article.source.fileName}TXTUTF-8определена49 сегментов`,
      `${article.target.fileName}TXTUTF-8определена50 сегментов`
    ])
    // Flag the first row's English as a whole: Терминология (typed in Russian), Major.
    key('f')
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'терм' } })
    key('2')
    key('Enter')
    const first = bodyRows()[0]!
    await waitFor(() => expect(within(first).getByLabelText('1 замечание')).toBeTruthy())
    const panel = screen.getByRole('navigation', { name: 'Статьи проекта' })
    expect(panel.textContent).toContain('из 49 · 1 открытое замечание')
    await act(async () => opened.api.emit('languageChanged', { language: 'en' }))
    expect(within(first).getByLabelText('1 flag')).toBeTruthy()
    expect(panel.textContent).toContain('of 49 reviewed · 1 open flag')
  })

  it('lists every key of the registry with ?, in the UI language, and gives the keys back on Esc', async () => {
    const opened = await openWorkspace(sampleArticle(), fakeApi(), 'ru')
    app = opened.app
    key('?', { shiftKey: true, code: 'Slash' })
    const help = screen.getByRole('dialog', { name: 'Сочетания клавиш' })
    expect(within(help).getAllByRole('heading', { level: 3 })).toHaveLength(KEY_GROUPS.length)
    expect(within(help).getAllByRole('row')).toHaveLength(COMMANDS.length)
    expect(within(help).getByText('Отметить проверенной')).toBeTruthy()
    // Keys typed while the list is open stay in it.
    key('j')
    expect(currentRowNumber()).toBe(1)
    key('Escape')
    expect(screen.queryByRole('dialog')).toBeNull()
    key('j')
    expect(currentRowNumber()).toBe(2)
  })
})
