// @vitest-environment jsdom
/**
 * Alignment fixes in the workspace, on the real sample article, against a fake bridge: the keys and
 * the row menu send exactly the right events, the grid follows at once, undo/redo (the one review
 * history) work, and a refused fix is rolled back.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleView } from '@shared/domain/project'
import { fail } from '@shared/domain/errors'
import { fakeApi, sentEvents, type FakeApi } from '../helpers/fake-api'
import type { RenderedApp } from '../helpers/render-app'
import { sampleArticle, textsOf, withReview } from '../helpers/sample-project'
import {
  bodyRows,
  currentRowNumber,
  openWorkspace as open,
  type KeyInit
} from '../helpers/workspace'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
})

async function openWorkspace(article: ArticleView, api: FakeApi = fakeApi()): Promise<FakeApi> {
  const opened = await open(article, api)
  app = opened.app
  return opened.api
}

function key(k: string, init: KeyInit = {}): void {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ...init })
}

function goTo(rowNumber: number): void {
  fireEvent.click(within(bodyRows()[rowNumber - 1]!).getAllByRole('gridcell')[0]!)
  expect(currentRowNumber()).toBe(rowNumber)
}

const article = sampleArticle()
const texts = (index: number) => textsOf(article, article.beads[index]!)

describe('alignment fixes from the keyboard', () => {
  it('m merges the current row with the next: one row, both sentences, marked as done by hand', async () => {
    const api = await openWorkspace(article)
    goTo(15)
    key('m', { code: 'KeyM' })
    expect(sentEvents(api)).toEqual([{ type: 'align.merge', row: 'b14' }])
    expect(bodyRows()).toHaveLength(article.beads.length - 1)
    const merged = bodyRows()[14]!
    expect(currentRowNumber()).toBe(15)
    expect(within(merged).getByText(`${texts(14).target} ${texts(15).target}`)).toBeTruthy()
    expect(within(merged).getByText(`${texts(14).source} ${texts(15).source}`)).toBeTruthy()
    expect(within(merged).getByRole('img', { name: 'Aligned by hand' })).toBeTruthy()
    // Saved like any other change: shown as saved only once main says so.
    await screen.findByText(/^Saved at/)
    expect(screen.getByText(`${article.beads.length - 1} rows`)).toBeTruthy()
  })

  it('the same keys work with a Russian layout: ь (M), х and Shift+Х (the [ key)', async () => {
    const api = await openWorkspace(article)
    goTo(4)
    key('х', { code: 'BracketLeft' })
    key('Х', { code: 'BracketLeft', shiftKey: true })
    expect(sentEvents(api)).toEqual([
      { type: 'align.move', row: 'b3', side: 'target', direction: 'up' },
      // The move made new rows (b49 above, b50 the current row): the next key acts on b50.
      { type: 'align.move', row: 'b50', side: 'source', direction: 'up' }
    ])
    // Row 4 gave both its sentences to row 3 and is gone; row 3 holds them, and is selected.
    expect(bodyRows()).toHaveLength(article.beads.length - 1)
    expect(currentRowNumber()).toBe(3)
    const row = bodyRows()[2]!
    expect(within(row).getByText(`${texts(2).target} ${texts(3).target}`)).toBeTruthy()
    key('ь', { code: 'KeyM' })
    expect(sentEvents(api).at(-1)).toEqual({ type: 'align.merge', row: 'b51' })
  })

  it('u unlinks: the source and the MT become two rows, each marked as missing the other', async () => {
    const api = await openWorkspace(article)
    goTo(21)
    key('u', { code: 'KeyU' })
    expect(sentEvents(api)).toEqual([{ type: 'align.unlink', row: 'b20' }])
    const [sourceOnly, targetOnly] = bodyRows().slice(20, 22)
    expect(within(sourceOnly!).getByText('No translation for this sentence')).toBeTruthy()
    expect(within(sourceOnly!).getByText(texts(20).source)).toBeTruthy()
    expect(within(targetOnly!).getByText('Not in the source')).toBeTruthy()
    expect(within(targetOnly!).getByText(texts(20).target)).toBeTruthy()
  })

  it('Ctrl+Z undoes the last fix, Ctrl+Shift+Z and Ctrl+Y redo it, through the one history', async () => {
    const api = await openWorkspace(article)
    goTo(2)
    key('m', { code: 'KeyM' })
    expect(bodyRows()).toHaveLength(article.beads.length - 1)
    key('z', { code: 'KeyZ', ctrlKey: true })
    expect(bodyRows()).toHaveLength(article.beads.length)
    expect(within(bodyRows()[1]!).getByText(texts(1).target)).toBeTruthy()
    expect(within(bodyRows()[1]!).queryByRole('img', { name: 'Aligned by hand' })).toBeNull()
    key('Z', { code: 'KeyZ', ctrlKey: true, shiftKey: true })
    expect(bodyRows()).toHaveLength(article.beads.length - 1)
    key('z', { code: 'KeyZ', ctrlKey: true })
    key('y', { code: 'KeyY', ctrlKey: true })
    expect(sentEvents(api)).toEqual([
      { type: 'align.merge', row: 'b1' },
      { type: 'history.undo' },
      { type: 'history.redo' },
      { type: 'history.undo' },
      { type: 'history.redo' }
    ])
    // Nothing left to redo: the key does nothing and sends nothing.
    key('y', { code: 'KeyY', ctrlKey: true })
    expect(api.appendReview).toHaveBeenCalledTimes(5)
  })

  it('Edit › Undo in the application menu undoes the last fix too', async () => {
    const api = await openWorkspace(article)
    key('m', { code: 'KeyM' })
    act(() => api.emit('menuCommand', { command: 'undo' }))
    expect(sentEvents(api)).toEqual([{ type: 'align.merge', row: 'b0' }, { type: 'history.undo' }])
    expect(bodyRows()).toHaveLength(article.beads.length)
  })

  it('s on a one-to-one row splits it at once into source-only and MT-only rows', async () => {
    const api = await openWorkspace(article)
    goTo(6)
    key('s', { code: 'KeyS' })
    expect(sentEvents(api)).toEqual([{ type: 'align.split', row: 'b5', sourceAt: 1, targetAt: 0 }])
    expect(bodyRows()).toHaveLength(article.beads.length + 1)
  })

  it('s on a row with two MT sentences asks where to cut, from the keyboard', async () => {
    const api = await openWorkspace(article)
    const index = article.beads.findIndex((b) => b.target.length === 2)
    goTo(index + 1)
    const lowConfidence = { name: /^Low alignment confidence/ }
    expect(within(bodyRows()[index]!).getByRole('img', lowConfidence)).toBeTruthy()
    key('s', { code: 'KeyS' })
    const dialog = screen.getByRole('dialog', { name: `Split row ${index + 1}` })
    const english = within(dialog).getByRole('radiogroup', { name: 'English MT' })
    const cuts = within(english).getAllByRole('radio')
    expect(cuts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Before the first sentence',
      'After sentence 1',
      'After sentence 2'
    ])
    // Offered first: one sentence each in the first row, the MT's second sentence alone after it.
    expect(within(english).getByRole('radio', { checked: true })).toBe(cuts[1])
    expect(
      within(dialog).getByText(`Row ${index + 1}: 1 source sentence, 1 MT sentence`)
    ).toBeTruthy()
    expect(
      within(dialog).getByText(`Row ${index + 2}: 0 source sentences, 1 MT sentence`)
    ).toBeTruthy()
    expect(document.activeElement).toBe(cuts[1])
    // Cut the Russian before its only sentence instead: the MT's first sentence alone, then 1-1.
    key('ArrowLeft')
    key('ArrowUp')
    key('ArrowRight')
    key('ArrowUp')
    expect(within(dialog).getByText('Each row must keep at least one sentence.')).toBeTruthy()
    key('Enter')
    expect(api.appendReview).not.toHaveBeenCalled()
    key('ArrowDown')
    key('Enter')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(sentEvents(api)).toEqual([
      { type: 'align.split', row: article.beads[index]!.id, sourceAt: 0, targetAt: 1 }
    ])
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('grid')))
    expect(bodyRows()).toHaveLength(article.beads.length + 1)
    // Aligned by hand now: sure, and no longer marked as doubtful.
    for (const row of bodyRows().slice(index, index + 2)) {
      expect(within(row).queryByRole('img', lowConfidence)).toBeNull()
      expect(within(row).getByRole('img', { name: 'Aligned by hand' })).toBeTruthy()
    }
  })

  it('Escape closes the split chooser without sending anything', async () => {
    const api = await openWorkspace(article)
    goTo(article.beads.findIndex((b) => b.target.length === 2) + 1)
    key('s', { code: 'KeyS' })
    key('Escape')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(api.appendReview).not.toHaveBeenCalled()
  })

  it('a refused fix is rolled back, with the reason', async () => {
    const api = fakeApi({
      appendReview: async () =>
        fail({
          code: 'invalid-request',
          detail: 'row b14 is the last row: nothing to merge it with'
        })
    })
    await openWorkspace(article, api)
    goTo(15)
    key('m', { code: 'KeyM' })
    expect((await screen.findByText(/^Not saved/)).textContent).toBe(
      'Not saved (a merge): The app sent an invalid request (row b14 is the last row: nothing to merge it with). Nothing was changed.'
    )
    expect(bodyRows()).toHaveLength(article.beads.length)
    expect(within(bodyRows()[14]!).getByText(texts(14).target)).toBeTruthy()
  })

  it('keeps a flag on exactly its words when its row is merged into the one above', async () => {
    const second = texts(15).target
    const phrase = 'Senate approval'
    const start = second.indexOf(phrase)
    const flagged = withReview(article, [
      {
        type: 'flag.add',
        flag: {
          id: 'f1',
          row: 'b15',
          side: 'target',
          span: [start, start + phrase.length],
          category: 'terminology',
          severity: 'minor',
          comment: '',
          status: 'open',
          origin: 'reviewer',
          author: 'anna',
          createdAt: '2026-11-20T10:00:00.000Z',
          updatedAt: '2026-11-20T10:00:00.000Z'
        }
      },
      { type: 'status.set', row: 'b15', status: 'reviewed' },
      { type: 'status.set', row: 'b16', status: 'needs-work' }
    ])
    await openWorkspace(flagged)
    goTo(15)
    key('m', { code: 'KeyM' })
    const merged = bodyRows()[14]!
    expect(merged.querySelector('mark')?.textContent).toBe(phrase)
    // The merged row needs another look; the row after it keeps its status.
    expect(within(merged).getByText('Not reviewed')).toBeTruthy()
    expect(within(bodyRows()[15]!).getByText('Needs work')).toBeTruthy()
  })
})

describe('the row menu', () => {
  it('lists every row action with its key as the registry spells it, enabled only where possible', async () => {
    await openWorkspace(article)
    const row = bodyRows()[0]!
    fireEvent.contextMenu(within(row).getByText(texts(0).target), { clientX: 300, clientY: 120 })
    const menu = screen.getByRole('menu', { name: 'Actions for row 1' })
    expect(currentRowNumber()).toBe(1)
    const items = within(menu).getAllByRole('menuitem')
    const listed = items.map((item) => [
      item.textContent,
      item.getAttribute('aria-disabled') === 'true' ? 'disabled' : 'enabled'
    ])
    expect(listed).toEqual([
      ['Mark reviewedr', 'enabled'],
      ['Mark as needing workn', 'enabled'],
      ['Mark confirmedc', 'enabled'],
      // Already not reviewed.
      ['Mark not reviewedShift+R', 'disabled'],
      ['Edit the English of the rowEnter', 'enabled'],
      // Nothing post-edited to restore.
      ['Restore the machine translationAlt+Backspace', 'disabled'],
      ['Flag the selection (or the whole English)f', 'enabled'],
      ['Flag the selection (or the whole Russian, e.g. an omission)Shift+F', 'enabled'],
      ['Merge the row with the nextm', 'enabled'],
      ['Split the rows', 'enabled'],
      ['Unlink the row (Russian-only, then English-only)u', 'enabled'],
      // The first row has no row above.
      ['Move the first English sentence to the row above[', 'disabled'],
      ['Move the last English sentence to the row below]', 'enabled'],
      ['Move the first Russian sentence to the row aboveShift+[', 'disabled'],
      ['Move the last Russian sentence to the row belowShift+]', 'enabled'],
      // Nothing done yet.
      ['Undo the last review actionCtrl+Z', 'disabled'],
      ['RedoCtrl+Shift+Z', 'disabled']
    ])
    expect(items[0]!.getAttribute('aria-keyshortcuts')).toBe('R')
    expect(items[15]!.getAttribute('aria-keyshortcuts')).toBe('Control+Z')
    expect(document.activeElement).toBe(items[0])
    expect(within(menu).getAllByRole('separator')).toHaveLength(4)
  })

  it('is driven by arrows and Enter, and offers Undo once there is something to undo', async () => {
    const api = await openWorkspace(article)
    goTo(10)
    key('F10', { shiftKey: true })
    let menu = screen.getByRole('menu', { name: 'Actions for row 10' })
    for (let i = 0; i < 10; i++) key('ArrowDown')
    expect(document.activeElement?.textContent).toBe(
      'Unlink the row (Russian-only, then English-only)u'
    )
    key('Enter')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(sentEvents(api)).toEqual([{ type: 'align.unlink', row: 'b9' }])
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('grid')))

    key('ContextMenu')
    menu = screen.getByRole('menu', { name: 'Actions for row 10' })
    key('End')
    key('ArrowUp')
    expect(document.activeElement?.textContent).toBe('Undo the last review actionCtrl+Z')
    expect(document.activeElement?.getAttribute('aria-disabled')).toBe('false')
    key(' ')
    expect(sentEvents(api).at(-1)).toEqual({ type: 'history.undo' })
    expect(menu.isConnected).toBe(false)
  })

  it('sets a status from the menu, as the key does', async () => {
    const api = await openWorkspace(article)
    goTo(3)
    key('ContextMenu')
    fireEvent.click(screen.getByRole('menuitem', { name: /Mark as needing work/ }))
    expect(sentEvents(api)).toEqual([{ type: 'status.set', row: 'b2', status: 'needs-work' }])
    expect(within(bodyRows()[2]!).getByText('Needs work')).toBeTruthy()
  })

  it('ignores a disabled item, closes on Escape, and gives the focus back to the grid', async () => {
    const api = await openWorkspace(article)
    key('ContextMenu')
    const menu = screen.getByRole('menu')
    fireEvent.click(within(menu).getByText('Move the first English sentence to the row above'))
    expect(api.appendReview).not.toHaveBeenCalled()
    expect(screen.getByRole('menu')).toBe(menu)
    key('Escape')
    expect(screen.queryByRole('menu')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('grid')))
    // The grid's keys work again once the menu is gone.
    key('j')
    expect(currentRowNumber()).toBe(2)
  })

  it('chooses with the mouse and selects the row the fix leaves', async () => {
    const api = await openWorkspace(article)
    const row = bodyRows()[30]!
    fireEvent.contextMenu(row, { clientX: 200, clientY: 200 })
    fireEvent.click(screen.getByRole('menuitem', { name: /Move the last Russian sentence/ }))
    expect(sentEvents(api)).toEqual([
      { type: 'align.move', row: 'b30', side: 'source', direction: 'down' }
    ])
    expect(currentRowNumber()).toBe(31)
    // Row 31 keeps only its MT sentence; its Russian sentence opens row 32.
    expect(within(bodyRows()[30]!).getByText('Not in the source')).toBeTruthy()
    expect(
      within(bodyRows()[31]!).getByText(`${texts(30).source} ${texts(31).source}`)
    ).toBeTruthy()
  })

  it('speaks Russian in the Russian UI', async () => {
    const opened = await open(article, fakeApi(), 'ru')
    app = opened.app
    fireEvent.contextMenu(bodyRows()[0]!, { clientX: 10, clientY: 10 })
    const menu = screen.getByRole('menu', { name: 'Действия со строкой 1' })
    expect(within(menu).getByRole('menuitem', { name: /Отметить проверенной/ })).toBeTruthy()
    expect(
      within(menu).getByRole('menuitem', { name: /Объединить строку со следующей/ })
    ).toBeTruthy()
    expect(
      within(menu).getByRole('menuitem', {
        name: /Перенести первое английское предложение в строку выше/
      })
    ).toBeTruthy()
  })
})
