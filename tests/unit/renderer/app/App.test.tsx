// @vitest-environment jsdom
/** The shell: start screen, opening projects, error banners, language switching. */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { fail, ok } from '@shared/domain/errors'
import { fakeApi } from '../helpers/fake-api'
import { renderApp, type RenderedApp } from '../helpers/render-app'
import { sampleProject, withUnpairedRow } from '../helpers/sample-project'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
})

describe('start screen', () => {
  it('offers Open Pair, the sample and the recent projects, and reopens one by id', async () => {
    const project = sampleProject()
    const api = fakeApi({
      listRecent: async () => [
        {
          id: project.id,
          name: project.name,
          dir: project.dir,
          openedAt: '2026-11-26T16:42:00.000Z'
        }
      ],
      openRecent: async () => ok(project)
    })
    app = renderApp(api)
    expect(await screen.findByRole('button', { name: /Open Pair…/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /Open Sample Article/ })).toBeTruthy()
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(project.name) }))
    expect(api.openRecent).toHaveBeenCalledWith({ projectId: project.id })
    expect(await screen.findByRole('grid')).toBeTruthy()
  })

  it('says which file could not be opened and why, and stays usable', async () => {
    const path = '/home/reviewer/Pictures/minsk.jpg'
    const api = fakeApi({
      openPair: async () =>
        fail({
          code: 'file-format-unsupported',
          path,
          side: 'source',
          format: 'JPEG image',
          detail: 'a JPEG image'
        }),
      openSample: async () => ok(sampleProject())
    })
    app = renderApp(api)
    fireEvent.click(await screen.findByRole('button', { name: /Open Pair…/ }))
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
    fireEvent.click(await screen.findByRole('button', { name: /Open Pair…/ }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(
      '/tmp/dump.txt is too large to open (62 MB; the limit is 50 MB).'
    )
  })

  it('does nothing when the user cancels the file dialog', async () => {
    const api = fakeApi({ openPair: async () => ok(null) })
    app = renderApp(api)
    fireEvent.click(await screen.findByRole('button', { name: /Open Pair…/ }))
    await act(async () => {})
    expect(api.openPair).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('button', { name: /Open Pair…/ })).toBeTruthy()
  })
})

describe('while a project is open', () => {
  it('keeps the project open when a later open from the menu fails', async () => {
    const project = sampleProject()
    const api = fakeApi({ currentProject: async () => project })
    app = renderApp(api)
    await screen.findByRole('grid')
    act(() =>
      api.emit('openFailed', {
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
    expect(screen.getByRole('heading', { name: project.name })).toBeTruthy()
    expect(screen.getByRole('grid')).toBeTruthy()
  })

  it('switches to a project main opened from the File menu', async () => {
    const api = fakeApi()
    app = renderApp(api)
    await screen.findByRole('button', { name: /Open Pair…/ })
    act(() => api.emit('projectOpened', sampleProject()))
    expect(screen.getByRole('grid')).toBeTruthy()
  })

  it('marks rows whose alignment needs a second look', async () => {
    const base = sampleProject()
    const project = withUnpairedRow(base, 'b20')
    app = renderApp(fakeApi({ currentProject: async () => project }))
    await screen.findByRole('grid')
    // The sample's "George W. Bush" paragraph splits differently on the two sides: a 1-2 row.
    const low = screen.getByRole('img', { name: /^Low alignment confidence \(31%\)/ })
    expect(low.closest('[role="row"]')?.textContent).toContain('George W. Bush')
    const omission = screen.getByText('No translation for this sentence').closest('[role="row"]')
    expect(omission?.textContent).toContain('Теперь мяч на белорусской половине.')
    const addition = screen.getByText('Not in the source').closest('[role="row"]')
    expect(addition?.textContent).toContain('Now the ball is in the Belarusian half.')
  })

  it('tells the reviewer about a torn log line that was dropped on open', async () => {
    const project = { ...sampleProject(), notices: [{ kind: 'torn-last-line' as const, line: 12 }] }
    app = renderApp(fakeApi({ currentProject: async () => project }))
    const notice = await screen.findByText(
      /The last line of the review log \(line 12\) was incomplete/
    )
    expect(notice).toBeTruthy()
  })
})

describe('interface language', () => {
  it('re-renders every label in Russian from the toggle, and asks main to remember it', async () => {
    const project = sampleProject()
    const api = fakeApi({ currentProject: async () => project })
    app = renderApp(api)
    await screen.findByRole('grid')
    fireEvent.click(screen.getByRole('radio', { name: 'Russian' }))
    expect(api.setLanguage).toHaveBeenCalledWith({ language: 'ru' })
    expect(document.documentElement.lang).toBe('ru')
    expect(screen.getByRole('columnheader', { name: 'Русский оригинал' })).toBeTruthy()
    expect(screen.getByText('49 строк')).toBeTruthy()
    expect(screen.getByText('проверено 0 из 49')).toBeTruthy()
    expect(screen.getByText('0 замечаний')).toBeTruthy()
    expect(screen.getAllByText('Не проверено')).toHaveLength(project.beads.length)
    expect(screen.getByRole('radio', { name: 'Русский' }).getAttribute('aria-checked')).toBe('true')
  })

  it('follows the language main pushes from the View menu, with Russian plurals', async () => {
    const project = sampleProject()
    const api = fakeApi({ currentProject: async () => project })
    app = renderApp(api)
    const grid = await screen.findByRole('grid')
    await waitFor(() => expect(document.activeElement).toBe(grid))
    await act(async () => api.emit('languageChanged', { language: 'ru' }))
    expect(screen.getAllByRole('definition').map((file) => file.textContent)).toEqual([
      `${project.source.fileName}TXTUTF-8определена49 сегментов`,
      `${project.target.fileName}TXTUTF-8определена50 сегментов`
    ])
    fireEvent.keyDown(document.activeElement!, { key: 'f' })
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' })
    expect(await screen.findByText('1 замечание')).toBeTruthy()
    await act(async () => api.emit('languageChanged', { language: 'en' }))
    expect(screen.getByText('1 flag')).toBeTruthy()
  })
})
