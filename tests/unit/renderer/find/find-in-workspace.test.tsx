// @vitest-environment jsdom
/**
 * Find, replace and filters in the workspace, on the sample whose MT spells one man three ways
 * (Nikolay / Mikola / Nikolai Statkevich): stepping through matches moves the current row, Replace All
 * shows every change first and records ONE undoable edit.batch, and the keyboard flow (j/k, statuses,
 * next unreviewed) works inside a filtered view.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ReviewEvent } from '@shared/review/events'
import { createFlag } from '../../../../src/renderer/src/features/flags/new-flag'
import { sentEvents } from '../helpers/fake-api'
import type { RenderedApp } from '../helpers/render-app'
import { rowWith, sampleArticle, withReview } from '../helpers/sample-project'
import {
  bodyRows,
  clickRow,
  currentRowNumber,
  key,
  openWorkspace,
  rowNumbered
} from '../helpers/workspace'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
})

const article = sampleArticle()
const ROWS = article.beads.length
const nikolay = rowWith(article, 'Nikolay Statkevich')
const mikola = rowWith(article, 'Mikola Statkevich')
const nikolai = rowWith(article, 'Nikolai Statkevich')

async function open(a = article) {
  const opened = await openWorkspace(a)
  app = opened.app
  return opened
}

const bar = () => screen.getByRole('search', { name: 'Find and replace' })
const field = () => within(bar()).getByRole('searchbox', { name: 'Find' })
const count = () => within(bar()).getByRole('status').textContent
const type = (text: string) => fireEvent.change(field(), { target: { value: text } })

describe('find', () => {
  it('opens with Ctrl+F, and Enter / Shift+Enter walk the matches row by row', async () => {
    const { grid } = await open()
    key('f', { ctrlKey: true })
    expect(document.activeElement).toBe(field())
    type('Statkevich')
    expect(count()).toBe('1 of 3')
    const current = () =>
      [...document.querySelectorAll('.find-hit--current')].map((e) => e.textContent)
    expect(current()).toEqual(['Statkevich'])
    key('Enter')
    expect(count()).toBe('2 of 3')
    expect(currentRowNumber()).toBe(mikola.index + 1)
    expect(rowNumbered(mikola.index + 1).querySelector('.find-hit--current')!.textContent).toBe(
      'Statkevich'
    )
    key('Enter')
    expect(currentRowNumber()).toBe(nikolai.index + 1)
    key('Enter', { shiftKey: true })
    key('Enter', { shiftKey: true })
    expect(currentRowNumber()).toBe(nikolay.index + 1)
    // Typing in the field is not reviewing: no key reached the grid.
    key('Escape')
    expect(screen.queryByRole('search')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(grid))
    // F3 from the grid opens it again.
    key('F3')
    expect(document.activeElement).toBe(field())
  })
})

describe('replace all', () => {
  const NAMES = '(Nikolay|Nikolai|Mikola) Statkevich'
  const FIXED = 'Mikalai Statkevich'

  async function planReplaceAll() {
    const opened = await open()
    key('h', { ctrlKey: true })
    fireEvent.click(within(bar()).getByRole('checkbox', { name: 'Regular expression' }))
    type(NAMES)
    expect(count()).toBe('1 of 3')
    fireEvent.change(within(bar()).getByRole('textbox', { name: 'Replace with' }), {
      target: { value: FIXED }
    })
    fireEvent.click(within(bar()).getByRole('button', { name: 'Replace all…' }))
    const preview = screen.getByRole('dialog', { name: 'Replace: check every change' })
    return { ...opened, preview }
  }

  it('shows every change first, then records them as ONE edit.batch', async () => {
    const { api, preview } = await planReplaceAll()
    expect(api.appendReview).not.toHaveBeenCalled()
    expect(
      within(preview).getByText('3 replacements in 3 rows. Untick any you do not want.')
    ).toBeTruthy()
    const rows = within(preview).getAllByRole('listitem')
    expect(rows.map((r) => r.querySelector('.replace-preview__row')!.textContent)).toEqual(
      [nikolay, mikola, nikolai].map((r) => `Row ${r.index + 1}`)
    )
    expect([...preview.querySelectorAll('del')].map((d) => d.textContent)).toEqual([
      'Nikolay',
      'Mikola',
      'Nikolai'
    ])
    expect([...preview.querySelectorAll('ins')].map((d) => d.textContent)).toEqual([
      'Mikalai',
      'Mikalai',
      'Mikalai'
    ])
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace 3' }))
    expect(api.appendReview).toHaveBeenCalledTimes(1)
    expect(sentEvents(api)).toEqual([
      {
        type: 'edit.batch',
        edits: [nikolay, mikola, nikolai].map((r) => ({
          row: r.bead.id,
          text: r.texts.target.replace(/(Nikolay|Nikolai|Mikola) Statkevich/, FIXED)
        }))
      }
    ])
    expect(screen.queryByRole('dialog')).toBeNull()
    // One step: one Undo takes all three back.
    const toast = screen.getByText('3 replacements made.').closest('.toast') as HTMLElement
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }))
    expect(sentEvents(api).at(-1)).toEqual({ type: 'history.undo' })
    expect(api.appendReview).toHaveBeenCalledTimes(2)
    expect(rowNumbered(mikola.index + 1).querySelector('ins')).toBeNull()
  })

  it('leaves out a row the reviewer unticks, and sends nothing when cancelled', async () => {
    const { api, preview } = await planReplaceAll()
    fireEvent.click(within(preview).getAllByRole('checkbox')[1]!)
    expect(
      within(preview).getByText('2 replacements in 2 rows. Untick any you do not want.')
    ).toBeTruthy()
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace 2' }))
    const [batch] = sentEvents(api)
    expect(batch?.type === 'edit.batch' ? batch.edits.map((e) => e.row) : []).toEqual([
      nikolay.bead.id,
      nikolai.bead.id
    ])
    fireEvent.click(within(bar()).getByRole('button', { name: 'Replace all…' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }))
    expect(api.appendReview).toHaveBeenCalledTimes(1)
  })
})

describe('filters', () => {
  const idiom = rowWith(article, 'morning chairs')
  const voices = rowWith(article, 'Voices of America')
  const flagOf = (row: typeof idiom, phrase: string, id: string): ReviewEvent => {
    const start = row.texts.target.indexOf(phrase)
    return {
      type: 'flag.add',
      flag: createFlag(
        {
          row: row.bead.id,
          side: 'target',
          span: [start, start + phrase.length],
          category: 'accuracy/mistranslation',
          severity: 'major',
          comment: ''
        },
        id,
        new Date('2026-11-20T10:00:00.000Z')
      )
    }
  }
  // Rows 4, 8 and 12 need work; the idiom's and Voices of America's rows carry flags.
  const NEEDS_WORK = [4, 8, 12]
  const reviewed = withReview(article, [
    flagOf(voices, 'Voices of America', 'voices'),
    flagOf(idiom, 'morning chairs –money in the evening', 'idiom'),
    ...NEEDS_WORK.map((n): ReviewEvent => ({
      type: 'status.set',
      row: `b${n - 1}`,
      status: 'needs-work'
    }))
  ])
  const shownNumbers = () => bodyRows().map((r) => Number(r.getAttribute('aria-rowindex')) - 1)

  async function openFilters() {
    const opened = await open(reviewed)
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }))
    const filters = screen.getByRole('region', { name: 'Filters' })
    return { ...opened, filters }
  }

  it('shows flagged rows only, and j/k walk those rows', async () => {
    const { filters } = await openFilters()
    fireEvent.change(within(filters).getByRole('combobox', { name: 'Flags' }), {
      target: { value: 'flagged' }
    })
    expect(shownNumbers()).toEqual([voices.index + 1, idiom.index + 1])
    expect(within(filters).getByRole('status').textContent).toBe(`2 of ${ROWS} rows`)
    expect(screen.getByText(`2 of ${ROWS} rows shown`)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeTruthy()
    screen.getByRole('grid').focus()
    key('j')
    expect(currentRowNumber()).toBe(voices.index + 1)
    key('j')
    expect(currentRowNumber()).toBe(idiom.index + 1)
    key('j')
    expect(currentRowNumber()).toBe(idiom.index + 1)
    key('k')
    expect(currentRowNumber()).toBe(voices.index + 1)
    fireEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }))
    expect(bodyRows()).toHaveLength(ROWS)
  })

  it('shows rows that need work; marking one reviewed drops it, and j goes on to the next', async () => {
    const { api, filters } = await openFilters()
    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Needs work' }))
    expect(shownNumbers()).toEqual(NEEDS_WORK)
    screen.getByRole('grid').focus()
    key('Home')
    expect(currentRowNumber()).toBe(4)
    key('r')
    expect(sentEvents(api)).toEqual([{ type: 'status.set', row: 'b3', status: 'reviewed' }])
    expect(shownNumbers()).toEqual([8, 12])
    key('j')
    expect(currentRowNumber()).toBe(8)
    key('c')
    key('k')
    expect(currentRowNumber()).toBe(12)
    expect(shownNumbers()).toEqual([12])
  })

  it('toggles with Ctrl+Shift+L, and Shift+J finds the next unreviewed row within the view', async () => {
    const opened = await open(reviewed)
    app = opened.app
    key('L', { ctrlKey: true, shiftKey: true })
    const filters = screen.getByRole('region', { name: 'Filters' })
    fireEvent.change(within(filters).getByRole('combobox', { name: 'Flags' }), {
      target: { value: 'flagged' }
    })
    screen.getByRole('grid').focus()
    key('Home')
    key(' ', { code: 'Space' })
    expect(currentRowNumber()).toBe(idiom.index + 1)
    key('J', { shiftKey: true })
    // The idiom's row is the only unreviewed row left in view: it stays there.
    expect(currentRowNumber()).toBe(idiom.index + 1)
    key('r')
    key('J', { shiftKey: true })
    expect(screen.getByText('No unreviewed row left in this view.')).toBeTruthy()
    key('L', { ctrlKey: true, shiftKey: true })
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull()
    clickRow(idiom.index + 1)
  })
})
