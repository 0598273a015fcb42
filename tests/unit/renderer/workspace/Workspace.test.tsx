// @vitest-environment jsdom
/**
 * The review workspace on the real sample article, driven from the keyboard the way a reviewer
 * works, against a fake bridge: what is shown, and exactly what is sent to main.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ProjectView } from '@shared/ipc/contract'
import { fail } from '@shared/domain/errors'
import { beadTexts } from '@shared/review/row-text'
import { fakeApi, type FakeApi } from '../helpers/fake-api'
import { renderApp, type RenderedApp } from '../helpers/render-app'
import { sampleProject } from '../helpers/sample-project'

let app: RenderedApp | null = null

afterEach(() => {
  cleanup()
  expect(app?.missingKeys ?? []).toEqual([])
  app = null
  document.getSelection()?.removeAllRanges()
})

async function openWorkspace(project: ProjectView, api: FakeApi = fakeApi()): Promise<FakeApi> {
  api.currentProject.mockResolvedValue(project)
  app = renderApp(api)
  const grid = await screen.findByRole('grid')
  // Focus lands in an effect after the grid's first paint; on a loaded machine that is a tick later,
  // and keys sent before it would go nowhere.
  await waitFor(() => expect(document.activeElement).toBe(grid))
  return api
}

/** The row whose English text contains `phrase`, with its texts. */
function rowWith(project: ProjectView, phrase: string) {
  const index = project.beads.findIndex((b) =>
    beadTexts(b, project.source.segments, project.target.segments).target.includes(phrase)
  )
  const bead = project.beads[index]!
  return { index, bead, texts: beadTexts(bead, project.source.segments, project.target.segments) }
}

function bodyRows(): HTMLElement[] {
  return screen.getAllByRole('row').filter((row) => row.hasAttribute('aria-selected'))
}

function currentRowNumber(): number {
  return bodyRows().findIndex((row) => row.getAttribute('aria-selected') === 'true') + 1
}

const key = (k: string, code?: string): void => {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, code })
}

describe('review workspace', () => {
  it('shows every bead as a row with the Russian source beside the English MT', async () => {
    const project = sampleProject()
    await openWorkspace(project)
    const rows = bodyRows()
    expect(rows).toHaveLength(project.beads.length)
    const first = within(rows[0]!)
    expect(
      first.getByText('США и Беларусь готовы восстановить отношения на уровне послов')
    ).toBeTruthy()
    expect(
      first.getByText('USA and Belarus ready to restore relations at the level of ambassadors')
    ).toBeTruthy()
    expect(first.getByText('Not reviewed')).toBeTruthy()
    // Header: project, files with encodings, counts with plurals.
    expect(screen.getByRole('heading', { name: project.name })).toBeTruthy()
    const files = screen.getByLabelText('Files')
    expect(within(files).getByText('ru.txt')).toBeTruthy()
    expect(within(files).getByText(`${project.source.segments.length} segments`)).toBeTruthy()
    expect(screen.getByText(`${project.beads.length} rows`)).toBeTruthy()
    expect(screen.getByText(`0 of ${project.beads.length} reviewed`)).toBeTruthy()
    expect(screen.getByText('0 flags')).toBeTruthy()
    expect(screen.getByRole('status', { name: '' }).textContent).toContain('All changes saved')
  })

  it('moves the current row with j/k and the arrow keys, also with a Russian layout', async () => {
    await openWorkspace(sampleProject())
    const grid = screen.getByRole('grid')
    expect(document.activeElement).toBe(grid)
    expect(currentRowNumber()).toBe(1)
    key('j')
    expect(currentRowNumber()).toBe(2)
    key('ArrowDown')
    expect(currentRowNumber()).toBe(3)
    key('о', 'KeyJ') // the J key with the Russian layout active types "о"
    expect(currentRowNumber()).toBe(4)
    key('k')
    key('ArrowUp')
    expect(currentRowNumber()).toBe(2)
    key('ArrowUp')
    key('ArrowUp')
    expect(currentRowNumber()).toBe(1)
    expect(grid.getAttribute('aria-activedescendant')).toBe(bodyRows()[0]!.id)
    fireEvent.click(within(bodyRows()[5]!).getByText(/^Not reviewed$/))
    expect(currentRowNumber()).toBe(6)
  })

  it('marks the current row reviewed with Enter, saves it, and moves on', async () => {
    const project = sampleProject()
    const api = await openWorkspace(project)
    key('Enter')
    expect(api.appendReview).toHaveBeenCalledWith({
      projectId: project.id,
      event: { type: 'status.set', row: 'b0', status: 'reviewed' }
    })
    expect(currentRowNumber()).toBe(2)
    await screen.findByText(`1 of ${project.beads.length} reviewed`)
    expect(within(bodyRows()[0]!).getByText('Reviewed')).toBeTruthy()
    expect(screen.getByText(/All changes saved at/)).toBeTruthy()
  })

  it('f 2 Enter flags the whole English sentence as a major issue', async () => {
    const project = sampleProject()
    const api = await openWorkspace(project)
    const { index, bead, texts } = rowWith(project, 'morning chairs')
    for (let i = 0; i < index; i++) key('j')
    key('f')
    const dialog = screen.getByRole('dialog', { name: `Flag an issue in row ${index + 1}` })
    expect(within(dialog).getByText(texts.target)).toBeTruthy()
    key('2')
    expect(within(dialog).getByRole('radio', { name: /Major/ }).getAttribute('aria-checked')).toBe(
      'true'
    )
    key('Enter')
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('grid')))

    const [request] = api.appendReview.mock.calls.at(-1)!
    expect(request.projectId).toBe(project.id)
    expect(request.event).toMatchObject({
      type: 'flag.add',
      flag: {
        row: bead.id,
        side: 'target',
        span: [0, texts.target.length],
        category: 'terminology',
        severity: 'major',
        comment: '',
        status: 'open',
        origin: 'reviewer',
        author: ''
      }
    })
    const flag = request.event.type === 'flag.add' ? request.event.flag : null
    expect(flag?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(Date.parse(flag?.createdAt ?? '')).not.toBeNaN()

    await screen.findByText('1 flag')
    const row = bodyRows()[index]!
    expect(within(row).getByText('Terminology · Major')).toBeTruthy()
    expect(row.querySelector('mark.flag-mark--major')?.textContent).toBe(texts.target)
  })

  it('flags exactly the text selected in the English cell, with the category typed by its first letter', async () => {
    const project = sampleProject()
    const api = await openWorkspace(project)
    const phrase = 'very well aware and aware'
    const { index, bead, texts } = rowWith(project, phrase)
    for (let i = 0; i < index; i++) key('j')
    const cell = document.querySelector(`[data-row-id="${bead.id}"][data-side="target"]`)!
    const start = texts.target.indexOf(phrase)
    const range = document.createRange()
    // Drag a little wide, over the spaces around the phrase, as a mouse does.
    range.setStart(cell.firstChild!, start - 1)
    range.setEnd(cell.firstChild!, start + phrase.length + 1)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)

    key('f')
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByText('Selected text')).toBeTruthy()
    expect(within(dialog).getByText(phrase)).toBeTruthy()
    key('ф', 'KeyA') // Accuracy, typed with the Russian layout active
    key('2')
    fireEvent.change(within(dialog).getByRole('textbox'), {
      target: { value: '  "well aware" once  ' }
    })
    fireEvent.keyDown(within(dialog).getByRole('textbox'), { key: 'Enter' })

    const [request] = api.appendReview.mock.calls.at(-1)!
    expect(request.event).toMatchObject({
      type: 'flag.add',
      flag: {
        row: bead.id,
        side: 'target',
        span: [start, start + phrase.length],
        category: 'accuracy',
        severity: 'major',
        comment: '"well aware" once'
      }
    })
    await screen.findByText('1 flag')
    const mark = bodyRows()[index]!.querySelector('mark')!
    expect(mark.textContent).toBe(phrase)
    expect(document.getSelection()!.isCollapsed).toBe(true)
  })

  it('rolls a refused flag back and says exactly why it was not saved', async () => {
    const project = sampleProject()
    const api = fakeApi({
      appendReview: async () =>
        fail({ code: 'log-changed-on-disk', path: '/home/reviewer/Calque/belarus/review.jsonl' })
    })
    await openWorkspace(project, api)
    key('f')
    key('Enter')
    await screen.findByText(
      'Not saved: The review log /home/reviewer/Calque/belarus/review.jsonl was changed by another program. Your change was not saved; reopen the project to see both.'
    )
    expect(screen.getByText('0 flags')).toBeTruthy()
    expect(within(bodyRows()[0]!).queryByText(/Terminology/)).toBeNull()
    expect(bodyRows()[0]!.querySelector('mark')).toBeNull()
  })

  it('Escape closes the picker without saving; x removes the row’s last flag', async () => {
    const project = sampleProject()
    const api = await openWorkspace(project)
    key('f')
    key('Escape')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(api.appendReview).not.toHaveBeenCalled()

    key('f')
    key('3')
    key('Enter')
    await screen.findByText('1 flag')
    const added = api.appendReview.mock.calls[0]![0].event
    key('x')
    expect(api.appendReview).toHaveBeenLastCalledWith({
      projectId: project.id,
      event: { type: 'flag.remove', id: added.type === 'flag.add' ? added.flag.id : '' }
    })
    await screen.findByText('0 flags')
  })

  it('shows the flags already in the project, highlighted in their severity colour', async () => {
    const base = sampleProject()
    const { bead, texts } = rowWith(base, 'morning chairs')
    const start = texts.target.indexOf('morning chairs –money in the evening')
    const at = '2026-11-20T10:00:00.000Z'
    const project: ProjectView = {
      ...base,
      review: {
        ...base.review,
        flags: [
          {
            id: 'f1',
            row: bead.id,
            side: 'target',
            span: [start, start + 36],
            category: 'accuracy',
            severity: 'critical',
            comment: 'Calque of «утром стулья — вечером деньги»',
            status: 'open',
            origin: 'reviewer',
            author: 'anna',
            createdAt: at,
            updatedAt: at
          }
        ],
        statuses: { [bead.id]: 'needs-work' },
        lastSeq: 1
      }
    }
    await openWorkspace(project)
    const row = screen.getByText('Accuracy · Critical').closest('[role="row"]') as HTMLElement
    expect(row.querySelector('mark.flag-mark--critical')?.textContent).toBe(
      'morning chairs –money in the evening'
    )
    expect(within(row).getByText('Calque of «утром стулья — вечером деньги»')).toBeTruthy()
    expect(within(row).getByText('Needs work')).toBeTruthy()
    expect(within(row).getByLabelText('1 flag')).toBeTruthy()
    expect(screen.getByText('1 flag')).toBeTruthy()
  })

  it('keeps a saving flag visible as "saving…" until main acknowledges it', async () => {
    let acknowledge: () => void = () => {}
    const api = fakeApi({
      appendReview: () =>
        new Promise((resolve) => {
          acknowledge = () =>
            resolve({ ok: true, value: { seq: 0, savedAt: new Date().toISOString() } })
        })
    })
    await openWorkspace(sampleProject(), api)
    key('f')
    key('Enter')
    expect(screen.getByText('saving…')).toBeTruthy()
    expect(screen.getByText('Saving…')).toBeTruthy()
    expect(screen.getByText('0 flags')).toBeTruthy()
    await act(async () => acknowledge())
    expect(screen.queryByText('saving…')).toBeNull()
    expect(screen.getByText('1 flag')).toBeTruthy()
  })
})
