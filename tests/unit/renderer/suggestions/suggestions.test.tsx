// @vitest-environment jsdom
/**
 * The automatic checks' suggestions in the workspace, on the real sample: the fake bridge answers
 * `checkArticle` with what the real `runChecks` finds on the sample's rows (fake-api.ts), and this file
 * computes the same findings on its own to know what to expect where. Underlines on the exact words,
 * the current row's list, g / a / Shift+A / d / Shift+D, undo of each, and the QA panel.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleView } from '@shared/domain/project'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { applyFix, runChecks, type Finding } from '@shared/qa'
import { replay } from '@shared/review/apply'
import { reviewedRows } from '@shared/review/reviewed-article'
import { fakeApi, sentEvents, type FakeApi } from '../helpers/fake-api'
import type { RenderedApp } from '../helpers/render-app'
import { baseOf, sampleArticle, textsOf, withReview } from '../helpers/sample-project'
import {
  cell,
  clickRow,
  currentRow,
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

/** What the checks find on the sample's rows (no speller, no glossary: as the fake bridge runs them). */
function findingsOf(a: ArticleView): Finding[] {
  const state = replay(a.records, baseOf(a))
  return runChecks(reviewedRows(state, { source: a.source.segments, target: a.target.segments }))
}
const findings = findingsOf(article)
const find = (check: string, text: string): Finding => {
  const found = findings.find((f) => f.check === check && f.text === text)
  if (!found) throw new Error(`no ${check} finding on "${text}" in the sample`)
  return found
}
const rowFindings = (rowId: string) => findings.filter((f) => f.rowId === rowId)
const numberOf = (f: Finding) => f.row + 1
const mtOf = (f: Finding) => textsOf(article, article.beads[f.row]!).target

const calque = find('calque', 'morning chairs')
const doubled = find('doubled-punctuation', '..')

async function open(
  a: ArticleView = article,
  api: FakeApi = fakeApi(),
  language?: SupportedLanguage
) {
  const opened = await openWorkspace(a, api, language)
  app = opened.app
  // The findings arrive after the article: wait for the first underline.
  await waitFor(() => expect(document.querySelector('.suggestion-mark')).not.toBeNull())
  return opened
}

/** The text a suggestion's underline covers in a row (its pieces joined). */
function underlined(row: HTMLElement, findingId: string): string {
  return [...row.querySelectorAll<HTMLElement>('[data-suggestion-ids]')]
    .filter((e) => e.dataset.suggestionIds!.split(' ').includes(findingId))
    .map((e) => e.textContent)
    .join('')
}

const list = () => within(currentRow()).getByRole('region', { name: /^Suggestions for row/ })
const listItems = () => list().querySelectorAll<HTMLElement>('li[data-finding-id]')
const focusedItem = () => list().querySelector<HTMLElement>('li[aria-current="true"]')

/** Presses g until `finding` is the row's focused suggestion. */
function focusSuggestion(finding: Finding): void {
  for (let i = 0; i < 10 && focusedItem()?.dataset.findingId !== finding.id; i++) key('g')
  expect(focusedItem()?.dataset.findingId).toBe(finding.id)
}

const message = (f: Finding): string =>
  String(app!.i18n.t(`qa:${f.message.key}` as never, f.message.params as never))

describe('suggestions on the rows', () => {
  it('underlines every suggestion on its exact words, the calque on "morning chairs"', async () => {
    await open()
    const row = rowNumbered(numberOf(calque))
    expect(underlined(cell(row, 'target'), calque.id)).toBe('morning chairs')
    // Every finding of the sample is underlined on its words, on its side.
    for (const f of findings) {
      const text = underlined(cell(rowNumbered(numberOf(f)), f.side), f.id)
      expect(text, `${f.check} in row ${numberOf(f)}`).toBe(f.text)
    }
    // A row the checks say nothing about has no underline.
    const clean = article.beads.findIndex((b) => rowFindings(b.id).length === 0)
    expect(rowNumbered(clean + 1).querySelector('.suggestion-mark')).toBeNull()
  })

  it('lists the current row’s suggestions: message, check, severity, actions with their keys', async () => {
    await open()
    clickRow(numberOf(calque))
    const mine = rowFindings(calque.rowId)
    expect([...listItems()].map((li) => li.dataset.findingId)).toEqual(mine.map((f) => f.id))
    const item = within(list()).getByText(message(calque)).closest('li')!
    expect(within(item).getByText(/Word-for-word idioms · Major/)).toBeTruthy()
    // The first is focused, and only the focused one shows the keys.
    expect(focusedItem()!.dataset.findingId).toBe(mine[0]!.id)
    expect(within(focusedItem()!).getByRole('button', { name: /Flag/ })).toBeTruthy()
    expect(within(focusedItem()!).getByText('a')).toBeTruthy()
    expect(within(focusedItem()!).getByText('Shift+A')).toBeTruthy()
    expect(within(focusedItem()!).getByText('d')).toBeTruthy()
    expect(within(focusedItem()!).getByText('Shift+D')).toBeTruthy()
    // The calque has no automatic fix: no Fix button on it.
    expect(within(item).queryByRole('button', { name: /^Fix/ })).toBeNull()
    // Other rows show no list.
    expect(document.querySelectorAll('.row-suggestions')).toHaveLength(1)
  })

  it('g walks the row’s suggestions, wrapping, and the focused one is marked in the text too', async () => {
    await open()
    clickRow(numberOf(calque))
    const mine = rowFindings(calque.rowId)
    expect(mine.length).toBeGreaterThan(1)
    for (let step = 1; step <= mine.length; step++) {
      key('g')
      const expected = mine[step % mine.length]!
      expect(focusedItem()!.dataset.findingId).toBe(expected.id)
      const marked = [...currentRow().querySelectorAll('.suggestion-mark--focused')]
      expect(marked.map((e) => e.textContent).join('')).toBe(expected.text)
    }
  })
})

describe('answering a suggestion', () => {
  it('a opens the flag picker prefilled; Enter saves exactly that flag, from check:calque', async () => {
    const { api } = await open()
    clickRow(numberOf(calque))
    focusSuggestion(calque)
    key('a')
    const picker = screen.getByRole('dialog', { name: `Flag an issue in row ${numberOf(calque)}` })
    expect(picker.querySelector('blockquote')!.textContent).toBe('morning chairs')
    expect(within(picker).getByText(/suggested by “Word-for-word idioms”/)).toBeTruthy()
    expect(within(picker).getByRole('option', { selected: true }).textContent).toContain(
      'Mistranslation'
    )
    expect(within(picker).getByRole('radio', { checked: true }).textContent).toContain('Major')
    expect(within(picker).getByRole('textbox', { name: 'Comment (optional)' })).toHaveProperty(
      'value',
      message(calque)
    )
    key('Enter')
    const event = sentEvents(api).at(-1)
    if (event?.type !== 'flag.add') throw new Error(`sent ${event?.type}`)
    const { id, createdAt, updatedAt, ...flag } = event.flag
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(createdAt).toBe(updatedAt)
    expect(flag).toEqual({
      row: calque.rowId,
      side: 'target',
      span: [...calque.span],
      category: 'accuracy/mistranslation',
      severity: 'major',
      comment: message(calque),
      status: 'open',
      origin: 'check:calque',
      author: ''
    })
    expect(sentEvents(api)).toHaveLength(1)
    // Accepted: the suggestion gives way to the flag.
    const row = rowNumbered(numberOf(calque))
    expect(underlined(row, calque.id)).toBe('')
    expect(within(row).getByRole('button', { name: /Mistranslation/ })).toBeTruthy()
    // Ctrl+Z takes the flag back, and the suggestion returns.
    key('z', { ctrlKey: true })
    expect(sentEvents(api).at(-1)).toEqual({ type: 'history.undo' })
    expect(underlined(rowNumbered(numberOf(calque)), calque.id)).toBe('morning chairs')
  })

  it('lets the reviewer change what the picker proposes before saving', async () => {
    const { api } = await open()
    clickRow(numberOf(calque))
    focusSuggestion(calque)
    key('a')
    key('1', { code: 'Digit1' })
    key('Enter')
    expect(sentEvents(api).at(-1)).toMatchObject({
      type: 'flag.add',
      flag: { severity: 'minor', category: 'accuracy/mistranslation', origin: 'check:calque' }
    })
  })

  it('Shift+A applies the fix as one edit.set of the fixed English; Ctrl+Z takes it back', async () => {
    const { api } = await open()
    clickRow(numberOf(doubled))
    focusSuggestion(doubled)
    key('A', { shiftKey: true })
    const fixed = applyFix(mtOf(doubled), doubled.fix!)
    expect(fixed).not.toContain('..')
    expect(sentEvents(api)).toEqual([{ type: 'edit.set', row: doubled.rowId, text: fixed }])
    await screen.findByText('Fix applied to the post-edit.')
    // Fixed: the suggestion is gone from the row.
    expect(document.querySelector(`[data-finding-id="${doubled.id}"]`)).toBeNull()
    key('z', { ctrlKey: true })
    expect(sentEvents(api).at(-1)).toEqual({ type: 'history.undo' })
    expect(within(list()).getByText(message(doubled))).toBeTruthy()
  })

  it('applies a fix inside an existing post-edit where those words are unchanged, else says why not', async () => {
    const mt = mtOf(doubled)
    const edited = `Reportedly, ${mt}`
    const api = fakeApi()
    await open(withReview(article, [{ type: 'edit.set', row: doubled.rowId, text: edited }]), api)
    clickRow(numberOf(doubled))
    focusSuggestion(doubled)
    key('A', { shiftKey: true })
    expect(sentEvents(api)).toEqual([
      {
        type: 'edit.set',
        row: doubled.rowId,
        text: `Reportedly, ${applyFix(mt, doubled.fix!)}`
      }
    ])
    cleanup()

    // The post-edit rewrote those words another way: the suggestion stays, the fix is refused.
    const rewritten = `${mt.slice(0, doubled.span[0])}, and so on${mt.slice(doubled.span[1] - 1)}`
    const other = fakeApi()
    await open(
      withReview(article, [{ type: 'edit.set', row: doubled.rowId, text: rewritten }]),
      other
    )
    clickRow(numberOf(doubled))
    focusSuggestion(doubled)
    key('A', { shiftKey: true })
    expect(sentEvents(other)).toEqual([])
    screen.getByText('Not fixed: the post-edit has already changed these words.')
  })

  it('no longer offers a fix the post-edit already has', async () => {
    const fixedByHand = applyFix(mtOf(doubled), doubled.fix!)
    await open(withReview(article, [{ type: 'edit.set', row: doubled.rowId, text: fixedByHand }]))
    clickRow(numberOf(doubled))
    expect(document.querySelector(`[data-finding-id="${doubled.id}"]`)).toBeNull()
    // The other suggestions of the row, if any, and of the article stay.
    expect(document.querySelectorAll('.suggestion-mark').length).toBeGreaterThan(0)
  })

  it('says so when asked to fix a suggestion that has no fix', async () => {
    const { api } = await open()
    clickRow(numberOf(calque))
    focusSuggestion(calque)
    key('A', { shiftKey: true })
    expect(sentEvents(api)).toEqual([])
    expect(screen.getByText(/has no automatic fix/)).toBeTruthy()
  })

  it('d dismisses the focused occurrence: gone from the text and the list; Ctrl+Z brings it back', async () => {
    const { api } = await open()
    clickRow(numberOf(calque))
    focusSuggestion(calque)
    key('d')
    expect(sentEvents(api)).toEqual([
      { type: 'suggestion.dismiss', key: calque.id, scope: 'occurrence', check: 'calque' }
    ])
    const row = rowNumbered(numberOf(calque))
    expect(underlined(row, calque.id)).toBe('')
    expect(within(row).queryByText(message(calque))).toBeNull()
    // The other occurrences of the check stay; the next suggestion of the row is focused.
    const voices = find('calque', 'Voices of America')
    expect(underlined(rowNumbered(numberOf(voices)), voices.id)).toBe('Voices of America')
    const mine = rowFindings(calque.rowId)
    expect(focusedItem()!.dataset.findingId).toBe(mine[mine.indexOf(calque) + 1]!.id)
    screen.getByText('Suggestion dismissed.')

    key('z', { ctrlKey: true })
    expect(sentEvents(api).at(-1)).toEqual({ type: 'history.undo' })
    expect(underlined(rowNumbered(numberOf(calque)), calque.id)).toBe('morning chairs')
  })

  it('keeps a dismissal from the log, of one occurrence or of a whole check', async () => {
    await open(
      withReview(article, [
        { type: 'suggestion.dismiss', key: calque.id, scope: 'occurrence', check: 'calque' },
        {
          type: 'suggestion.dismiss',
          key: 'name-consistency',
          scope: 'check',
          check: 'name-consistency'
        }
      ])
    )
    expect(underlined(rowNumbered(numberOf(calque)), calque.id)).toBe('')
    expect(document.querySelectorAll('.suggestion-mark').length).toBeGreaterThan(0)
    for (const f of findings.filter((x) => x.check === 'name-consistency'))
      expect(underlined(rowNumbered(numberOf(f)), f.id)).toBe('')
  })

  it('Shift+D switches the check off for the project; Ctrl+Z switches it back on', async () => {
    const { api } = await open()
    clickRow(numberOf(calque))
    focusSuggestion(calque)
    key('D', { shiftKey: true })
    expect(api.updateProjectSettings).toHaveBeenLastCalledWith({
      projectId: article.projectId,
      settings: { disabledChecks: ['calque'] }
    })
    // Not a review event: the project's settings.
    expect(sentEvents(api)).toEqual([])
    // Every calque of the article is gone at once, not only this one.
    await waitFor(() =>
      expect(document.querySelectorAll('[data-finding-id]').length).toBeGreaterThan(0)
    )
    for (const f of findings.filter((x) => x.check === 'calque'))
      expect(underlined(rowNumbered(numberOf(f)), f.id)).toBe('')
    screen.getByText('“Word-for-word idioms” is switched off for this project.')
    // Main is asked again, and leaves the check out.
    await waitFor(() => expect(api.checkArticle.mock.calls.length).toBeGreaterThan(1))
    const answer = await api.checkArticle.mock.results.at(-1)!.value
    expect(answer.ok && answer.value.findings.some((f: Finding) => f.check === 'calque')).toBe(
      false
    )

    key('z', { ctrlKey: true })
    expect(api.updateProjectSettings).toHaveBeenLastCalledWith({
      projectId: article.projectId,
      settings: { disabledChecks: [] }
    })
    expect(sentEvents(api)).toEqual([])
    await waitFor(() =>
      expect(underlined(rowNumbered(numberOf(calque)), calque.id)).toBe('morning chairs')
    )
  })

  it('clicks on a suggestion’s underline focus it; its buttons act on it', async () => {
    const { api } = await open()
    clickRow(numberOf(calque))
    const row = rowNumbered(numberOf(calque))
    const mark = [...row.querySelectorAll<HTMLElement>('[data-suggestion-ids]')].find((e) =>
      e.dataset.suggestionIds!.split(' ').includes(calque.id)
    )!
    fireEvent.click(mark)
    expect(focusedItem()!.dataset.findingId).toBe(calque.id)
    const item = list().querySelector<HTMLElement>(`[data-finding-id="${calque.id}"]`)!
    fireEvent.click(within(item).getByRole('button', { name: /Dismiss/ }))
    expect(sentEvents(api)).toEqual([
      { type: 'suggestion.dismiss', key: calque.id, scope: 'occurrence', check: 'calque' }
    ])
  })

  it('asks main again after an alignment fix, and shows the merged row’s suggestions', async () => {
    const { api } = await open()
    clickRow(numberOf(calque))
    key('m', { code: 'KeyM' })
    expect(sentEvents(api)).toEqual([{ type: 'align.merge', row: calque.rowId }])
    await waitFor(() => expect(api.checkArticle).toHaveBeenCalledTimes(2), { timeout: 3000 })
    const answer = await api.checkArticle.mock.results[1]!.value
    const merged = answer.ok
      ? answer.value.findings.find((f: Finding) => f.text === 'morning chairs')
      : undefined
    expect(merged?.rowId).not.toBe(calque.rowId)
    await waitFor(() =>
      expect(underlined(rowNumbered(numberOf(calque)), merged!.id)).toBe('morning chairs')
    )
  })
})

describe('the QA panel', () => {
  const counts = new Map<string, number>()
  for (const f of findings) counts.set(f.check, (counts.get(f.check) ?? 0) + 1)

  it('opens with q: every suggestion grouped by check, with counts and a total', async () => {
    await open()
    key('q', { code: 'KeyQ' })
    const panel = screen.getByRole('complementary', { name: 'Suggestions' })
    expect(within(panel).getByRole('status').textContent).toBe(
      `${findings.length} suggestions in this article`
    )
    const listbox = within(panel).getByRole('listbox', { name: 'Suggestions by check' })
    expect(document.activeElement).toBe(listbox)
    const headings = [...panel.querySelectorAll('.qa-heading')].map((h) => h.textContent)
    // In the registry's order: mechanical checks first, then consistency, then meaning.
    expect(headings).toEqual([
      `Doubled punctuation${counts.get('doubled-punctuation')}`,
      `Russian typography${counts.get('russian-typography')}`,
      `Unbalanced quotes and brackets${counts.get('unbalanced-pairs')}`,
      `Near-repetition${counts.get('near-repetition')}`,
      `Name spellings${counts.get('name-consistency')}`,
      `Word-for-word idioms${counts.get('calque')}`,
      `Page furniture${counts.get('boilerplate')}`
    ])
    const options = within(listbox).getAllByRole('option')
    expect(options).toHaveLength(findings.length)
    const calqueOption = options.find((o) => o.id === `qa-item-${calque.id}`)!
    expect(calqueOption.textContent).toContain(`Row ${numberOf(calque)}`)
    expect(calqueOption.textContent).toContain('morning chairs')
    expect(calqueOption.textContent).toContain(message(calque))
  })

  it('is driven from the keyboard: arrows, Home/End, Enter goes to the row and that suggestion, Esc back', async () => {
    await open()
    key('q', { code: 'KeyQ' })
    const listbox = screen.getByRole('listbox', { name: 'Suggestions by check' })
    const active = () => listbox.getAttribute('aria-activedescendant')
    const options = within(listbox).getAllByRole('option')
    expect(active()).toBe(options[0]!.id)
    key('ArrowDown')
    expect(active()).toBe(options[1]!.id)
    expect(options[1]!.getAttribute('aria-selected')).toBe('true')
    key('ArrowUp')
    expect(active()).toBe(options[0]!.id)
    key('End')
    expect(active()).toBe(options.at(-1)!.id)
    key('Home')
    expect(active()).toBe(options[0]!.id)
    // Letters of the grid do nothing here: j does not move the rows.
    const before = currentRowNumber()
    key('j')
    expect(currentRowNumber()).toBe(before)

    while (active() !== `qa-item-${calque.id}`) key('ArrowDown')
    key('Enter')
    expect(currentRowNumber()).toBe(numberOf(calque))
    expect(document.activeElement).toBe(screen.getByRole('grid'))
    expect(focusedItem()!.dataset.findingId).toBe(calque.id)
    // a now accepts that suggestion.
    key('a')
    expect(screen.getByRole('dialog').querySelector('blockquote')!.textContent).toBe(
      'morning chairs'
    )
    key('Escape')

    listbox.focus()
    key('Escape')
    expect(document.activeElement).toBe(screen.getByRole('grid'))
    // q again closes it.
    key('q', { code: 'KeyQ' })
    expect(screen.queryByRole('listbox', { name: 'Suggestions by check' })).toBeNull()
  })

  it('follows dismissals: the count drops, the list closes up', async () => {
    await open()
    fireEvent.click(screen.getByRole('button', { name: `QA (${findings.length})` }))
    const panel = screen.getByRole('complementary', { name: 'Suggestions' })
    clickRow(numberOf(calque))
    focusSuggestion(calque)
    key('d')
    expect(within(panel).getByRole('status').textContent).toBe(
      `${findings.length - 1} suggestions in this article`
    )
    expect(panel.querySelector(`#qa-item-${calque.id}`)).toBeNull()
    expect(screen.getByRole('button', { name: `QA (${findings.length - 1})` })).toBeTruthy()
  })

  it('switches a check off and on for the project, with its name and description', async () => {
    const { api } = await open()
    key('q', { code: 'KeyQ' })
    const panel = screen.getByRole('complementary', { name: 'Suggestions' })
    const checks = within(panel).getByRole('region', { name: 'Checks in this project' })
    const switches = within(checks).getAllByRole('switch')
    expect(switches).toHaveLength(19)
    const idioms = within(checks).getByRole('switch', { name: 'Word-for-word idioms' })
    expect(idioms.getAttribute('aria-checked')).toBe('true')
    expect(idioms.getAttribute('aria-describedby')).toBeTruthy()
    expect(
      document.getElementById(idioms.getAttribute('aria-describedby')!)!.textContent
    ).toContain('translated word for word')
    // The glossary check says what it needs.
    expect(within(checks).getByText(/Runs when the project has a glossary/)).toBeTruthy()

    fireEvent.click(idioms)
    expect(api.updateProjectSettings).toHaveBeenLastCalledWith({
      projectId: article.projectId,
      settings: { disabledChecks: ['calque'] }
    })
    expect(idioms.getAttribute('aria-checked')).toBe('false')
    expect(panel.querySelector(`#qa-item-${calque.id}`)).toBeNull()
    expect(within(panel).getByRole('status').textContent).toBe(
      `${findings.length - counts.get('calque')!} suggestions in this article`
    )
    await act(async () => {
      await api.updateProjectSettings.mock.results.at(-1)!.value
    })
    expect(api.opened?.project.settings.disabledChecks).toEqual(['calque'])

    fireEvent.click(idioms)
    expect(api.updateProjectSettings).toHaveBeenLastCalledWith({
      projectId: article.projectId,
      settings: { disabledChecks: [] }
    })
    await waitFor(() => expect(panel.querySelector(`#qa-item-${calque.id}`)).not.toBeNull())
  })

  it('counts with Russian plural forms in the Russian UI', async () => {
    await open(article, fakeApi(), 'ru')
    key('q', { code: 'KeyQ' })
    const panel = screen.getByRole('complementary', { name: 'Подсказки' })
    // 57 подсказок (many), and the forms for one, few and many in the switches' counts and the list.
    expect(within(panel).getByRole('status').textContent).toBe(
      `${findings.length} ${ruPlural(findings.length, 'подсказка', 'подсказки', 'подсказок')} в статье`
    )
    clickRow(numberOf(calque))
    const head = within(currentRow()).getByRole('region', { name: /^Подсказки к строке/ })
    const mine = rowFindings(calque.rowId).length
    expect(head.textContent).toContain(
      `${mine} ${ruPlural(mine, 'подсказка', 'подсказки', 'подсказок')}`
    )
  })
})

/** Russian noun forms after a number: 1, 21 … one; 2–4, 22–24 … few; the rest many. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const ten = n % 10
  const hundred = n % 100
  if (ten === 1 && hundred !== 11) return one
  if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return few
  return many
}
