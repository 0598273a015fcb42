// @vitest-environment jsdom
/**
 * Flagging in the workspace on the real sample, from the keyboard and the mouse: the span a flag gets
 * (a keyboard selection, a mouse selection, or the whole sentence — never a guess), the flag chips
 * reached with Tab and edited, resolved or deleted from the keyboard, and undo of a deletion. Asserted
 * through what the fake bridge receives and what the grid shows.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { fail } from '@shared/domain/errors'
import { createFlag } from '../../../../src/renderer/src/features/flags/new-flag'
import { fakeApi, sentEvents, type FakeApi } from '../helpers/fake-api'
import type { RenderedApp } from '../helpers/render-app'
import { rowWith, sampleArticle, withReview } from '../helpers/sample-project'
import {
  cell,
  clickRow,
  currentRowNumber,
  key,
  nextTabbable,
  openWorkspace,
  rowNumbered,
  selectText,
  textPoint,
  markedText
} from '../helpers/workspace'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
  document.getSelection()?.removeAllRanges()
})

const article = sampleArticle()
const aware = rowWith(article, 'very well aware and aware')
const PHRASE = 'very well aware and aware'
const phraseAt = aware.texts.target.indexOf(PHRASE)
const number = aware.index + 1

async function open(a = article, api: FakeApi = fakeApi()) {
  const opened = await openWorkspace(a, api)
  app = opened.app
  clickRow(number)
  return opened
}

const picker = () => screen.getByRole('dialog', { name: `Flag an issue in row ${number}` })
const choose = (query: string, severity: string) => {
  fireEvent.change(within(picker()).getByRole('combobox'), { target: { value: query } })
  key(severity, { code: `Digit${severity}` })
}
const added = (api: FakeApi) => {
  const event = sentEvents(api).at(-1)
  if (event?.type !== 'flag.add') throw new Error(`last event is ${event?.type}`)
  return event.flag
}

describe('what a flag covers', () => {
  it('flags exactly a keyboard selection: Ctrl+→ by words, Shift+Ctrl+→ to extend', async () => {
    const { api } = await open()
    // «As for our relations with you, you are | very well aware and aware…: eight words in.
    for (let i = 0; i < 8; i++) key('ArrowRight', { ctrlKey: true })
    key('ArrowRight')
    for (let i = 0; i < 5; i++) key('ArrowRight', { ctrlKey: true, shiftKey: true })
    const english = cell(rowNumbered(number), 'target')
    expect([...english.querySelectorAll('.key-selection')].map((e) => e.textContent).join('')).toBe(
      PHRASE
    )
    key('f')
    expect(within(picker()).getByText('Selected text · in the English')).toBeTruthy()
    expect(picker().querySelector('blockquote')!.textContent).toBe(PHRASE)
    choose('awkward', '2')
    key('Enter')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(added(api)).toMatchObject({
      row: aware.bead.id,
      side: 'target',
      span: [phraseAt, phraseAt + PHRASE.length],
      category: 'style/awkward',
      severity: 'major',
      comment: '',
      status: 'open',
      origin: 'reviewer',
      // Main stamps who and when; the window claims no one.
      author: ''
    })
    expect(added(api).id).toMatch(/^[0-9a-f-]{36}$/)
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('grid')))
    // The selection is used up: the next f flags the whole sentence.
    expect(english.querySelector('.key-selection')).toBeNull()
    expect(markedText(english, 'mark.flag-mark--major')).toBe(PHRASE)
  })

  it('extends a selection by characters and to the end, and flags the Russian after `', async () => {
    const { api } = await open()
    key('End', { shiftKey: true })
    for (let i = 0; i < 3; i++) key('ArrowLeft', { shiftKey: true })
    key('f')
    const text = aware.texts.target
    expect(picker().querySelector('blockquote')!.textContent).toBe(text.slice(0, -3))
    key('Escape')
    expect(api.appendReview).not.toHaveBeenCalled()
    key('`', { code: 'Backquote' })
    key('F', { shiftKey: true })
    expect(within(picker()).getByText('The whole Russian sentence · in the Russian')).toBeTruthy()
    choose('omi', '1')
    key('Enter')
    expect(added(api)).toMatchObject({
      side: 'source',
      span: [0, aware.texts.source.length],
      category: 'accuracy/omission',
      severity: 'minor'
    })
  })

  it('flags the whole English sentence when nothing is selected, also with a Russian layout', async () => {
    const { api } = await open()
    key('а', { code: 'KeyF' }) // the F key with the Russian layout active
    expect(within(picker()).getByText('The whole English sentence · in the English')).toBeTruthy()
    choose('mistr', '3')
    key('Enter')
    expect(added(api)).toMatchObject({
      side: 'target',
      span: [0, aware.texts.target.length],
      category: 'accuracy/mistranslation',
      severity: 'critical'
    })
    await screen.findByText('Mistranslation')
    expect(within(rowNumbered(number)).getByLabelText('1 flag')).toBeTruthy()
  })

  it('flags exactly the text selected with the mouse, trimmed of the spaces a drag picks up', async () => {
    const { api } = await open()
    const english = cell(rowNumbered(number), 'target').querySelector('[data-row-id]')!
    selectText(english, phraseAt - 1, phraseAt + PHRASE.length + 1)
    key('f')
    expect(within(picker()).getByText('Selected text · in the English')).toBeTruthy()
    expect(picker().querySelector('blockquote')!.textContent).toBe(PHRASE)
    choose('awk', '2')
    fireEvent.change(within(picker()).getByRole('textbox'), {
      target: { value: '  "well aware" once  ' }
    })
    fireEvent.keyDown(within(picker()).getByRole('textbox'), { key: 'Enter' })
    expect(added(api)).toMatchObject({
      span: [phraseAt, phraseAt + PHRASE.length],
      comment: '"well aware" once'
    })
    expect(document.getSelection()!.isCollapsed).toBe(true)
  })

  it('never turns a selection across both cells into a whole-row flag', async () => {
    const { api } = await open()
    const row = rowNumbered(number)
    const range = document.createRange()
    range.setStart(...textPoint(cell(row, 'source').querySelector('[data-row-id]')!, 5))
    range.setEnd(...textPoint(cell(row, 'target').querySelector('[data-row-id]')!, 10))
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
    key('f')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(
      screen.getByText(
        'The selection runs across cells: select text within the Russian or within the English, then flag it.'
      )
    ).toBeTruthy()
    expect(document.getSelection()!.isCollapsed).toBe(true)
    expect(api.appendReview).not.toHaveBeenCalled()
  })

  it('refuses an identical flag on the same span, and says so', async () => {
    const { api } = await open()
    for (let i = 0; i < 2; i++) {
      key('f')
      choose('mistr', '2')
      key('Enter')
    }
    expect(sentEvents(api).filter((e) => e.type === 'flag.add')).toHaveLength(1)
    expect(
      screen.getByText('That flag was not added: the same flag is already on this span.')
    ).toBeTruthy()
    // Another severity on the same words is another judgement: it is added.
    key('f')
    choose('mistr', '3')
    key('Enter')
    expect(sentEvents(api).filter((e) => e.type === 'flag.add')).toHaveLength(2)
  })
})

describe('saving a flag', () => {
  it('shows it as saving until main acknowledges it', async () => {
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
    key('f')
    choose('mistr', '2')
    key('Enter')
    expect(within(rowNumbered(number)).getByText('saving…')).toBeTruthy()
    expect(screen.getByText('Saving…')).toBeTruthy()
    await act(async () => acknowledge())
    expect(screen.queryByText('saving…')).toBeNull()
    expect(screen.getByText(/^Saved at /)).toBeTruthy()
  })

  it('rolls a refused flag back and says exactly why it was not saved', async () => {
    const path = '/home/reviewer/Calque/belarus-usa-ambassadors/articles/a/review.jsonl'
    await open(article, fakeApi({ appendReview: async () => fail({ code: 'disk-full', path }) }))
    key('f')
    choose('mistr', '2')
    key('Enter')
    const failed = await screen.findByText(/^Not saved/)
    expect(failed.textContent).toMatch(/^Not saved \(a new flag\): /)
    expect(failed.textContent).toContain(path)
    expect(rowNumbered(number).querySelector('mark')).toBeNull()
    expect(within(rowNumbered(number)).queryByLabelText('1 flag')).toBeNull()
  })
})

describe('a flag on a row', () => {
  const calque = rowWith(article, 'morning chairs')
  const IDIOM = 'morning chairs –money in the evening'
  const start = calque.texts.target.indexOf(IDIOM)
  const flag = {
    ...createFlag(
      {
        row: calque.bead.id,
        side: 'target',
        span: [start, start + IDIOM.length],
        category: 'accuracy/mistranslation',
        severity: 'critical',
        comment: 'Calque of «утром стулья — вечером деньги»'
      },
      'calque',
      new Date('2026-11-20T10:00:00.000Z')
    ),
    author: 'anna'
  }
  const flagged = withReview(article, [{ type: 'flag.add', flag }])
  const calqueNumber = calque.index + 1

  async function openFlagged(api: FakeApi = fakeApi()) {
    const opened = await openWorkspace(flagged, api)
    app = opened.app
    clickRow(calqueNumber)
    return opened
  }
  const chip = () =>
    within(rowNumbered(calqueNumber)).getByRole('button', {
      name: /^Accuracy › Mistranslation · /
    })

  it('is reached with Tab from the grid: the current row’s flags, not the header', async () => {
    const { grid } = await openFlagged()
    expect(nextTabbable(grid)).toBe(chip())
    expect(chip().getAttribute('aria-label')).toBe(
      'Accuracy › Mistranslation · Critical, Open. Calque of «утром стулья — вечером деньги»'
    )
    // On another row the flag is out of the tab order: Tab from the grid goes past the rows.
    clickRow(1)
    expect(chip().tabIndex).toBe(-1)
    expect(nextTabbable(grid)?.closest('[role="grid"]')).toBeNull()
  })

  it('opens with Enter; a new severity is saved as flag.update, resolving as flag.status', async () => {
    const { api } = await openFlagged()
    chip().focus()
    key('Enter')
    const editor = screen.getByRole('dialog', { name: `Flag in row ${calqueNumber}` })
    expect(editor.querySelector('blockquote')!.textContent).toBe(IDIOM)
    expect(within(editor).getByText(/Flagged by a reviewer, anna/)).toBeTruthy()
    fireEvent.click(within(editor).getByRole('radio', { name: 'Major' }))
    fireEvent.click(within(editor).getByRole('button', { name: 'Save changes' }))
    expect(sentEvents(api)).toEqual([
      { type: 'flag.update', id: 'calque', changes: { severity: 'major' } }
    ])
    fireEvent.change(within(editor).getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Post-edited to "cash up front"' }
    })
    fireEvent.click(within(editor).getByRole('button', { name: 'Resolve' }))
    expect(sentEvents(api).at(-1)).toEqual({
      type: 'flag.status',
      ids: ['calque'],
      status: 'resolved',
      note: 'Post-edited to "cash up front"'
    })
    // The editor follows the flag: resolved now, so it offers to reopen it.
    expect(within(editor).getByRole('button', { name: 'Reopen' })).toBeTruthy()
    fireEvent.change(within(editor).getByRole('textbox', { name: 'Add a comment' }), {
      target: { value: 'Agreed with the editor.' }
    })
    fireEvent.click(within(editor).getByRole('button', { name: 'Post' }))
    expect(sentEvents(api).at(-1)).toMatchObject({
      type: 'flag.comment',
      id: 'calque',
      comment: { text: 'Agreed with the editor.' }
    })
    fireEvent.click(within(editor).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(within(chip()).getByText('Resolved')).toBeTruthy()
    expect(within(chip()).getByText('Major')).toBeTruthy()
  })

  it('is deleted with Delete on the focused chip, and the toast’s Undo brings it back', async () => {
    const { api } = await openFlagged()
    chip().focus()
    key('Delete')
    expect(sentEvents(api)).toEqual([{ type: 'flag.remove', id: 'calque' }])
    expect(rowNumbered(calqueNumber).querySelector('mark')).toBeNull()
    const toast = screen.getByText('Flag deleted.').closest('.toast') as HTMLElement
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }))
    expect(sentEvents(api).at(-1)).toEqual({ type: 'history.undo' })
    expect(markedText(rowNumbered(calqueNumber), 'mark.flag-mark--critical')).toBe(IDIOM)
    expect(screen.queryByText('Flag deleted.')).toBeNull()
  })

  it('is deleted with x too, and only from a focused chip: x in the grid deletes nothing', async () => {
    const { api } = await openFlagged()
    key('x')
    expect(api.appendReview).not.toHaveBeenCalled()
    chip().focus()
    key('x')
    expect(sentEvents(api)).toEqual([{ type: 'flag.remove', id: 'calque' }])
    // Undo from the grid with Ctrl+Z works the same as the toast's button.
    screen.getByRole('grid').focus()
    key('z', { ctrlKey: true })
    expect(sentEvents(api).at(-1)).toEqual({ type: 'history.undo' })
    expect(currentRowNumber()).toBe(calqueNumber)
  })
})
