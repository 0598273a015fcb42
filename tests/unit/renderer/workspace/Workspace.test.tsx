// @vitest-environment jsdom
/**
 * The review workspace on the real sample article, driven from the keyboard the way a reviewer works,
 * against a fake bridge: what the grid shows, and exactly what is sent to main — rows walked without
 * changing anything, statuses set with single keys, post-edits written in the row's field, the one
 * undo history from the grid (never from inside a text field).
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fail } from '@shared/domain/errors'
import { fakeApi, sentEvents, serve } from '../helpers/fake-api'
import { resetGridLayout, setGridLayout } from '../helpers/grid-layout'
import { renderApp, type RenderedApp } from '../helpers/render-app'
import {
  openedProject,
  rowWith,
  sampleArticle,
  textsOf,
  withReview
} from '../helpers/sample-project'
import {
  bodyRows,
  cell,
  clickRow,
  currentRow,
  currentRowNumber,
  key,
  openWorkspace,
  rowNumbered,
  markedText
} from '../helpers/workspace'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  resetGridLayout()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
})

const article = sampleArticle()
const ROWS = article.beads.length
const status = (number: number) =>
  rowNumbered(number).querySelector('.status-badge__text')!.textContent

async function open(a = article, api = fakeApi()) {
  const opened = await openWorkspace(a, api)
  app = opened.app
  return opened
}

describe('the grid', () => {
  it('shows every row with the Russian source beside the English MT, and the article’s counts', async () => {
    await open()
    const rows = bodyRows()
    expect(rows).toHaveLength(ROWS)
    const first = within(rows[0]!)
    expect(
      first.getByText('США и Беларусь готовы восстановить отношения на уровне послов')
    ).toBeTruthy()
    expect(
      first.getByText('USA and Belarus ready to restore relations at the level of ambassadors')
    ).toBeTruthy()
    expect(first.getByText('Not reviewed')).toBeTruthy()
    expect(screen.getByRole('heading', { level: 1, name: article.name })).toBeTruthy()
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(ROWS + 1))
    const footer = document.querySelector('footer.status-bar')!
    expect(within(footer as HTMLElement).getByText(`${ROWS} rows`)).toBeTruthy()
    expect(within(footer as HTMLElement).getByRole('status').textContent).toBe('All changes saved')
    expect(
      within(footer as HTMLElement)
        .getByRole('progressbar', { name: 'Review progress' })
        .getAttribute('aria-valuenow')
    ).toBe('0')
  })

  it('keeps only the rows in view in the DOM, and brings the current row into view', async () => {
    // A viewport of ten rows: the grid renders those plus a small overscan, not the whole article.
    setGridLayout({ viewport: 64 * 10 })
    await open()
    const shown = () => bodyRows().map((r) => Number(r.getAttribute('aria-rowindex')) - 1)
    expect(shown().length).toBeLessThan(20)
    expect(shown()).toContain(1)
    expect(shown()).not.toContain(ROWS)
    key('End')
    await waitFor(() => expect(shown()).toContain(ROWS))
    expect(currentRowNumber()).toBe(ROWS)
    expect(shown()).not.toContain(1)
    key('Home')
    await waitFor(() => expect(shown()).toContain(1))
  })
})

describe('walking the rows', () => {
  it('moves with j/k, the arrows, PgDn/PgUp, Home/End, also with a Russian layout, and changes nothing', async () => {
    const { api, grid } = await open()
    expect(currentRowNumber()).toBe(1)
    key('j')
    expect(currentRowNumber()).toBe(2)
    key('ArrowDown')
    expect(currentRowNumber()).toBe(3)
    key('о', { code: 'KeyJ' }) // the J key with the Russian layout active types "о"
    expect(currentRowNumber()).toBe(4)
    key('k')
    key('ArrowUp')
    expect(currentRowNumber()).toBe(2)
    key('л', { code: 'KeyK' })
    key('ArrowUp') // already on the first row: stays there
    expect(currentRowNumber()).toBe(1)
    key('PageDown')
    expect(currentRowNumber()).toBe(11)
    key('PageUp')
    expect(currentRowNumber()).toBe(1)
    key('End')
    expect(currentRowNumber()).toBe(ROWS)
    key('j')
    expect(currentRowNumber()).toBe(ROWS)
    key('Home')
    expect(currentRowNumber()).toBe(1)
    expect(grid.getAttribute('aria-activedescendant')).toBe(currentRow().id)
    // Moving is not reviewing: nothing was recorded, every row is still unreviewed.
    expect(api.appendReview).not.toHaveBeenCalled()
    expect(screen.getAllByText('Not reviewed')).toHaveLength(ROWS)
    fireEvent.click(within(bodyRows()[5]!).getByText('Not reviewed'))
    expect(currentRowNumber()).toBe(6)
  })

  it('opens where the reviewer left off', async () => {
    const api = fakeApi()
    serve(api, openedProject([article], {}, { articleId: article.id, row: 'b20' }), [article])
    app = renderApp(api)
    await screen.findByRole('grid')
    await waitFor(() => expect(currentRowNumber()).toBe(21))
    key('j')
    expect(currentRowNumber()).toBe(22)
  })

  it('remembers where the reviewer is, once they pause', async () => {
    const { api } = await open()
    await waitFor(() => expect(api.rememberPlace).toHaveBeenCalled())
    const before = api.rememberPlace.mock.calls.length
    key('j')
    key('j')
    await waitFor(() =>
      expect(api.rememberPlace).toHaveBeenLastCalledWith({
        projectId: article.projectId,
        articleId: article.id,
        row: 'b2'
      })
    )
    // Two quick moves wrote once.
    expect(api.rememberPlace).toHaveBeenCalledTimes(before + 1)
  })
})

describe('statuses', () => {
  it('r, n, c and Shift+R set the current row’s status, each sent once to main', async () => {
    const { api } = await open()
    key('r')
    expect(api.appendReview).toHaveBeenLastCalledWith({
      projectId: article.projectId,
      articleId: article.id,
      event: { type: 'status.set', row: 'b0', status: 'reviewed' }
    })
    expect(status(1)).toBe('Reviewed')
    // The status key sets; it does not move on.
    expect(currentRowNumber()).toBe(1)
    key('r')
    expect(api.appendReview).toHaveBeenCalledTimes(1)
    key('j')
    key('n')
    key('j')
    key('c')
    key('k')
    key('k')
    key('R', { shiftKey: true })
    expect(sentEvents(api)).toEqual([
      { type: 'status.set', row: 'b0', status: 'reviewed' },
      { type: 'status.set', row: 'b1', status: 'needs-work' },
      { type: 'status.set', row: 'b2', status: 'confirmed' },
      { type: 'status.set', row: 'b0', status: 'unreviewed' }
    ])
    expect([status(1), status(2), status(3)]).toEqual(['Not reviewed', 'Needs work', 'Confirmed'])
    await waitFor(() =>
      expect(
        screen.getByRole('progressbar', { name: 'Review progress' }).getAttribute('aria-valuenow')
      ).toBe('1')
    )
    expect(screen.getByRole('status', { name: '' }).textContent).toMatch(/^Saved at /)
  })

  it('Space marks the row reviewed and moves on; Shift+J jumps to the next unreviewed row', async () => {
    const { api } = await open()
    key(' ', { code: 'Space' })
    key(' ', { code: 'Space' })
    expect(currentRowNumber()).toBe(3)
    key('k')
    key('k')
    key('J', { shiftKey: true })
    expect(currentRowNumber()).toBe(3)
    expect(sentEvents(api)).toEqual([
      { type: 'status.set', row: 'b0', status: 'reviewed' },
      { type: 'status.set', row: 'b1', status: 'reviewed' }
    ])
  })

  it('rolls a refused status back and says exactly why it was not saved', async () => {
    const path = '/home/reviewer/Calque/belarus-usa-ambassadors/articles/a/review.jsonl'
    const { api } = await open(
      article,
      fakeApi({ appendReview: async () => fail({ code: 'log-changed-on-disk', path }) })
    )
    key('n')
    expect(await screen.findByText(/^Not saved/)).toBeTruthy()
    expect(screen.getByText(/^Not saved/).textContent).toBe(
      `Not saved (a row status): The review log ${path} was changed by another program. Your change was not saved; reopen the project to see both.`
    )
    expect(status(1)).toBe('Not reviewed')
    expect(api.appendReview).toHaveBeenCalledTimes(1)
  })
})

describe('post-editing', () => {
  const senate = rowWith(article, 'Senate approval')
  const number = senate.index + 1
  const BETTER = 'A candidate for this post must first be confirmed by the Senate.'
  const field = () =>
    screen.getByRole('textbox', { name: `Post-edit the English of row ${number}` })

  it('Enter opens the row’s field on its English; typing and Enter saves the post-edit', async () => {
    const { api } = await open()
    clickRow(number)
    key('Enter')
    const editor = field() as HTMLTextAreaElement
    expect(document.activeElement).toBe(editor)
    expect(editor.value).toBe(senate.texts.target)
    // Enter opened the field: it did not mark anything.
    expect(api.appendReview).not.toHaveBeenCalled()
    fireEvent.change(editor, { target: { value: BETTER } })
    key('Enter')
    expect(sentEvents(api)).toEqual([{ type: 'edit.set', row: senate.bead.id, text: BETTER }])
    expect(screen.queryByRole('textbox')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('grid')))
    const english = cell(rowNumbered(number), 'target')
    // Track changes group a run of changed words: one deletion, one insertion, read as a phrase.
    expect([...english.querySelectorAll('del')].map((d) => d.textContent)).toEqual([
      'pass Senate approval'
    ])
    expect([...english.querySelectorAll('ins')].map((d) => d.textContent)).toEqual([
      'be confirmed by the Senate'
    ])
    expect(currentRowNumber()).toBe(number)
  })

  it('Ctrl+Enter saves, confirms and moves to the next unreviewed row', async () => {
    const reviewed = withReview(article, [
      { type: 'status.set', row: `b${senate.index + 1}`, status: 'reviewed' }
    ])
    const { api } = await open(reviewed)
    clickRow(number)
    key('F2')
    fireEvent.change(field(), { target: { value: BETTER } })
    key('Enter', { ctrlKey: true })
    expect(sentEvents(api)).toEqual([
      { type: 'edit.set', row: senate.bead.id, text: BETTER },
      { type: 'status.set', row: senate.bead.id, status: 'confirmed' }
    ])
    // The row after it was reviewed already: the next unreviewed one is two rows down.
    expect(currentRowNumber()).toBe(number + 2)
    expect(status(number)).toBe('Confirmed')
  })

  it('Esc cancels: nothing is sent and the grid has the keys again', async () => {
    const { api } = await open()
    clickRow(number)
    key('Enter')
    fireEvent.change(field(), { target: { value: 'Something else entirely.' } })
    key('Escape')
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(api.appendReview).not.toHaveBeenCalled()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('grid')))
    key('j')
    expect(currentRowNumber()).toBe(number + 1)
  })

  it('sends nothing when the text is unchanged, and goes back to the MT as "no post-edit"', async () => {
    const edited = withReview(article, [{ type: 'edit.set', row: senate.bead.id, text: BETTER }])
    const { api } = await open(edited)
    clickRow(number)
    key('Enter')
    key('Enter')
    expect(api.appendReview).not.toHaveBeenCalled()
    key('Enter')
    fireEvent.change(field(), { target: { value: senate.texts.target } })
    key('Enter')
    expect(sentEvents(api)).toEqual([{ type: 'edit.set', row: senate.bead.id, text: null }])
    expect(cell(rowNumbered(number), 'target').querySelector('del, ins')).toBeNull()
  })

  it('Alt+Backspace restores the MT of a post-edited row', async () => {
    const edited = withReview(article, [{ type: 'edit.set', row: senate.bead.id, text: BETTER }])
    const { api } = await open(edited)
    clickRow(number)
    key('Backspace', { altKey: true })
    expect(sentEvents(api)).toEqual([{ type: 'edit.set', row: senate.bead.id, text: null }])
    expect(within(rowNumbered(number)).getByText(senate.texts.target)).toBeTruthy()
  })

  it('Ctrl+Z in the field is the field’s own undo; in the grid it undoes the last review action', async () => {
    const { api } = await open()
    clickRow(number)
    key('Enter')
    fireEvent.change(field(), { target: { value: BETTER } })
    key('z', { ctrlKey: true })
    key('y', { ctrlKey: true })
    key('Z', { ctrlKey: true, shiftKey: true })
    // Letters are typed, not commands: r does not mark the row.
    key('r')
    expect(api.appendReview).not.toHaveBeenCalled()
    expect(field()).toBeTruthy()
    key('Enter')
    key('z', { ctrlKey: true })
    expect(sentEvents(api)).toEqual([
      { type: 'edit.set', row: senate.bead.id, text: BETTER },
      { type: 'history.undo' }
    ])
    expect(within(rowNumbered(number)).getByText(senate.texts.target)).toBeTruthy()
    key('z', { ctrlKey: true, shiftKey: true })
    expect(sentEvents(api).at(-1)).toEqual({ type: 'history.redo' })
  })

  it('Edit › Undo from the application menu undoes typing in the field, not the review', async () => {
    const { api } = await open(
      withReview(article, [{ type: 'status.set', row: 'b0', status: 'reviewed' }])
    )
    clickRow(number)
    key('Enter')
    fireEvent.change(field(), { target: { value: BETTER } })
    // jsdom has no editing commands: stand in for the browser's own undo of the field.
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand })
    try {
      act(() => api.emit('menuCommand', { command: 'undo' }))
      expect(execCommand).toHaveBeenCalledWith('undo')
      expect(api.appendReview).not.toHaveBeenCalled()
      key('Escape')
      act(() => api.emit('menuCommand', { command: 'undo' }))
      expect(sentEvents(api)).toEqual([{ type: 'history.undo' }])
    } finally {
      Reflect.deleteProperty(document, 'execCommand')
    }
  })

  it('undoes a status with Ctrl+Z and brings the reviewer back to that row', async () => {
    const { api } = await open()
    key('j')
    key('n')
    key('j')
    key('j')
    key('z', { ctrlKey: true })
    expect(sentEvents(api)).toEqual([
      { type: 'status.set', row: 'b1', status: 'needs-work' },
      { type: 'history.undo' }
    ])
    expect(status(2)).toBe('Not reviewed')
    expect(currentRowNumber()).toBe(2)
    // Nothing left to undo: the key sends nothing.
    key('z', { ctrlKey: true })
    expect(api.appendReview).toHaveBeenCalledTimes(2)
  })

  it('keeps a post-edit visible as saving until main acknowledges it', async () => {
    let acknowledge: () => void = () => {}
    const api = fakeApi({
      appendReview: () =>
        new Promise((resolve) => {
          acknowledge = () =>
            resolve({
              ok: true,
              value: { seq: 0, savedAt: new Date().toISOString(), author: 'anna' }
            })
        })
    })
    await open(article, api)
    clickRow(number)
    key('Enter')
    fireEvent.change(field(), { target: { value: BETTER } })
    key('Enter')
    expect(screen.getByText('Saving…')).toBeTruthy()
    expect(cell(rowNumbered(number), 'target').querySelector('ins')).not.toBeNull()
    await act(async () => acknowledge())
    expect(screen.queryByText('Saving…')).toBeNull()
    expect(screen.getByText(/^Saved at /)).toBeTruthy()
  })
})

describe('the article as saved', () => {
  it('shows review work from the log: statuses, post-edits and flags', async () => {
    const idiom = rowWith(article, 'morning chairs')
    const start = idiom.texts.target.indexOf('morning chairs –money in the evening')
    const reviewed = withReview(article, [
      {
        type: 'flag.add',
        flag: {
          id: 'f1',
          row: idiom.bead.id,
          side: 'target',
          span: [start, start + 36],
          category: 'accuracy/mistranslation',
          severity: 'critical',
          comment: 'Calque of «утром стулья — вечером деньги»',
          status: 'open',
          origin: 'reviewer',
          author: 'anna',
          createdAt: '2026-11-20T10:00:00.000Z',
          updatedAt: '2026-11-20T10:00:00.000Z'
        }
      },
      { type: 'status.set', row: idiom.bead.id, status: 'needs-work' }
    ])
    await open(reviewed)
    const row = rowNumbered(idiom.index + 1)
    expect(markedText(row, 'mark.flag-mark--critical')).toBe('morning chairs –money in the evening')
    expect(within(row).getByText('Calque of «утром стулья — вечером деньги»')).toBeTruthy()
    expect(within(row).getByText('Needs work')).toBeTruthy()
    expect(within(row).getByLabelText('1 flag')).toBeTruthy()
    expect(textsOf(reviewed, reviewed.beads[0]!).target).toBe(
      'USA and Belarus ready to restore relations at the level of ambassadors'
    )
  })
})
