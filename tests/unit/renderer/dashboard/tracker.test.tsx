// @vitest-environment jsdom
/**
 * The flag tracker over the real backend: every flag of the project, sorted, filtered and grouped
 * from its headings; status changes from the keyboard and from the selection, recorded in the
 * project's log and visible in the workspace's state at once (one store); the jump to a flag's row
 * and back, with the tracker as it was.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReviewEvent } from '@shared/review/events'
import { realBackend, type SeededSample, type TestBackend } from './real-backend'
import { giveTheTrackerRoom, renderDashboard, type RenderedDashboard } from './render-dashboard'

const { testBackend, seedSample } = await realBackend()
let shown: RenderedDashboard | null = null
let restore: () => void = () => undefined

beforeEach(() => {
  restore = giveTheTrackerRoom()
})

afterEach(() => {
  cleanup()
  restore()
  expect(shown?.missingKeys ?? []).toEqual([])
  shown = null
})

const grid = (): HTMLElement => screen.getByRole('grid', { name: 'Every flag of the project' })
const lines = (): HTMLElement[] =>
  within(grid())
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('aria-selected'))
const texts = (): string[] =>
  lines().map((r) => r.querySelector('.tracker-quote__span')?.textContent ?? `# ${r.textContent}`)
const key = (k: string, init: Partial<KeyboardEvent> = {}): void => {
  fireEvent.keyDown(grid(), { key: k, ...init })
}
const flagOf = (shown: RenderedDashboard, seeded: SeededSample, id: string) => {
  const slot = shown.store.getState().articles.get(seeded.articleId)
  if (slot?.status !== 'ready') throw new Error('the article is not loaded')
  return slot.article.visible.flags.get(id)!
}
const sentEvents = (backend: TestBackend): ReviewEvent[] =>
  backend.calls
    .filter(([method]) => method === 'appendReview')
    .map(([, request]) => (request as { event: ReviewEvent }).event)
    .filter((e) => e.type !== 'flag.add')

async function openTracker(): Promise<{ backend: TestBackend; seeded: SeededSample }> {
  const backend = testBackend()
  const seeded = await seedSample(backend.backend.handlers)
  shown = await renderDashboard(backend)
  fireEvent.click(screen.getByRole('tab', { name: 'Flag tracker (7)' }))
  await screen.findByRole('grid', { name: 'Every flag of the project' })
  return { backend, seeded }
}

describe('flag tracker', () => {
  it('lists every flag in project order, with its words, category, severity and status', async () => {
    await openTracker()
    expect(texts()).toEqual([
      'September 17..',
      'chargé d’affaires',
      'relations..',
      'morning chairs –money in the evening',
      'Lukashenka',
      'Lukashenka',
      '«Voices of America»'
    ])
    const calque = lines()[3]!
    expect(within(calque).getByText('Unidiomatic style')).toBeTruthy()
    expect(within(calque).getByText('Major')).toBeTruthy()
    expect(within(calque).getByText('Open')).toBeTruthy()
    expect(
      within(calque).getByText('Word-for-word calque of «утром стулья — вечером деньги»')
    ).toBeTruthy()
    expect(grid().getAttribute('aria-rowcount')).toBe('9') // headings, filters, 7 flags
  })

  it('sorts by a heading, filters by a column and by free text, and groups by category', async () => {
    await openTracker()
    const severity = within(grid()).getByRole('button', { name: 'Severity' })
    fireEvent.click(severity)
    expect(severity.closest('[role="columnheader"]')!.getAttribute('aria-sort')).toBe('ascending')
    fireEvent.click(severity)
    expect(severity.closest('[role="columnheader"]')!.getAttribute('aria-sort')).toBe('descending')
    expect(texts().slice(0, 3)).toEqual([
      '«Voices of America»',
      'chargé d’affaires',
      'morning chairs –money in the evening'
    ])
    fireEvent.change(within(grid()).getByRole('combobox', { name: 'Filter by Category' }), {
      target: { value: 'terminology' }
    })
    expect(texts()).toEqual(['Lukashenka', 'Lukashenka'])
    expect(screen.getByText('2 of 7 shown')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    // Free text finds the translated labels too ("Mistranslation" is the label of accuracy/mistranslation).
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the flags' }), {
      target: { value: 'mistranslation voice' }
    })
    expect(texts()).toEqual(['«Voices of America»'])
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the flags' }), {
      target: { value: '' }
    })
    fireEvent.change(screen.getByRole('combobox', { name: 'Group by' }), {
      target: { value: 'category' }
    })
    expect(texts()[0]).toMatch(/^# .*Mistranslation.*2 flags/)
    expect(texts().filter((t) => t.startsWith('# '))).toHaveLength(4)
  })

  it('resolves the focused flag with a note from the keyboard: logged, and the workspace’s state has it', async () => {
    const { backend, seeded } = await openTracker()
    grid().focus()
    key('ArrowDown')
    key('ArrowDown')
    key('ArrowDown')
    key('ArrowDown') // the calque
    expect(grid().getAttribute('aria-activedescendant')).toBe(lines()[3]!.id)
    const detail = screen.getByRole('region', { name: `The flag in row ${seeded.rows[1]}` })
    fireEvent.click(within(detail).getByRole('button', { name: 'Resolve…' }))
    const dialog = screen.getByRole('dialog', { name: 'Resolve the flag' })
    fireEvent.change(within(dialog).getByRole('textbox'), {
      target: { value: 'rewritten in the post-edit' }
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve' }))
    await waitFor(() => expect(flagOf(shown!, seeded, 'seed-1').status).toBe('resolved'))
    expect(flagOf(shown!, seeded, 'seed-1').resolution?.note).toBe('rewritten in the post-edit')
    expect(sentEvents(backend)).toEqual([
      {
        type: 'flag.status',
        ids: ['seed-1'],
        status: 'resolved',
        note: 'rewritten in the post-edit'
      }
    ])
    expect(within(lines()[3]!).getByText('Resolved')).toBeTruthy()
    expect(document.activeElement).toBe(grid()) // back to the list after the dialog
  })

  it('rejects two selected flags in one step, and only with a reason', async () => {
    const { backend, seeded } = await openTracker()
    grid().focus()
    key('ArrowDown')
    key(' ')
    key('ArrowDown', { shiftKey: true })
    expect(lines().filter((l) => l.getAttribute('aria-selected') === 'true')).toHaveLength(2)
    const bar = screen.getByRole('toolbar', { name: 'Selected flags' })
    expect(within(bar).getByText('2 selected')).toBeTruthy()
    fireEvent.click(within(bar).getByRole('button', { name: 'Reject…' }))
    const dialog = screen.getByRole('dialog', { name: 'Reject 2 flags' })
    const confirm = within(dialog).getByRole('button', { name: 'Reject' }) as HTMLButtonElement
    expect(confirm.disabled).toBe(true)
    fireEvent.change(within(dialog).getByRole('textbox'), {
      target: { value: 'house style allows it' }
    })
    fireEvent.click(confirm)
    await waitFor(() => expect(flagOf(shown!, seeded, 'seed-3').status).toBe('rejected'))
    expect(flagOf(shown!, seeded, 'seed-0').status).toBe('rejected')
    expect(sentEvents(backend)).toEqual([
      {
        type: 'flag.status',
        ids: ['seed-0', 'seed-3'],
        status: 'rejected',
        note: 'house style allows it'
      }
    ])
    // Reopening needs no reason.
    fireEvent.click(
      within(screen.getByRole('toolbar', { name: 'Selected flags' })).getByRole('button', {
        name: 'Reopen'
      })
    )
    await waitFor(() => expect(flagOf(shown!, seeded, 'seed-0').status).toBe('open'))
  })

  it('jumps to a flag’s row in the workspace, and comes back to the tracker as it was', async () => {
    const { seeded } = await openTracker()
    fireEvent.change(within(grid()).getByRole('combobox', { name: 'Filter by Severity' }), {
      target: { value: 'minor' }
    })
    grid().focus()
    key('ArrowDown')
    key(' ')
    key('ArrowDown')
    key('ArrowDown') // the first Lukashenka
    key('Enter')
    const state = shown!.store.getState()
    expect(state.view).toBe('workspace')
    expect(state.activeArticle).toBe(seeded.articleId)
    const lukashenka = flagOf(shown!, seeded, 'seed-2')
    expect(state.cursors.get(seeded.articleId)).toMatchObject({
      row: lukashenka.row,
      caret: 0,
      anchor: null
    })
    await screen.findByRole('grid', { name: /Aligned sentences/ })
    act(() => shown!.actions.setView('dashboard'))
    const back = await screen.findByRole('grid', { name: 'Every flag of the project' })
    await waitFor(() => expect(document.activeElement).toBe(back))
    expect(texts()).toEqual(['September 17..', 'relations..', 'Lukashenka', 'Lukashenka'])
    expect(back.getAttribute('aria-activedescendant')).toBe(lines()[2]!.id)
    expect(lines()[0]!.getAttribute('aria-selected')).toBe('true')
    expect(
      (within(grid()).getByRole('combobox', { name: 'Filter by Severity' }) as HTMLSelectElement)
        .value
    ).toBe('minor')
  })

  it('shows a change made in the workspace at once (one store, two views)', async () => {
    const { seeded } = await openTracker()
    act(() => {
      shown!.actions.submit(seeded.articleId, {
        type: 'flag.status',
        ids: ['seed-6'],
        status: 'rejected',
        note: 'fine'
      })
    })
    expect(within(lines()[6]!).getByText('Rejected')).toBeTruthy()
    act(() => {
      shown!.actions.submit(seeded.articleId, { type: 'flag.remove', id: 'seed-0' })
    })
    expect(lines()).toHaveLength(6)
    expect(screen.getByRole('tab', { name: 'Flag tracker (6)' })).toBeTruthy()
  })
})
