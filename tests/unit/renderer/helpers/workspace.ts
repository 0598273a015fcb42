/**
 * Driving the workspace the way a reviewer does: open the sample through the real shell, press keys
 * where the focus is, read rows as the grid shows them.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import type { ArticleView } from '@shared/domain/project'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { fakeApi, serve, type FakeApi } from './fake-api'
import { renderApp, type RenderedApp } from './render-app'
import { openedProject } from './sample-project'

export interface OpenedWorkspace {
  readonly api: FakeApi
  readonly app: RenderedApp
  readonly grid: HTMLElement
}

/** Opens `article` as main's current project and waits until the grid has the focus. */
export async function openWorkspace(
  article: ArticleView,
  api: FakeApi = fakeApi(),
  language: SupportedLanguage = 'en'
): Promise<OpenedWorkspace> {
  serve(api, openedProject([article]), [article])
  const app = renderApp(api, language)
  const grid = await screen.findByRole('grid')
  // Focus lands in an effect after the grid's first paint; keys sent before it would go nowhere.
  await waitFor(() => expect(document.activeElement).toBe(grid))
  await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
  return { api, app, grid }
}

/** The rows of the grid's body (the header row has no `aria-selected`). */
export function bodyRows(): HTMLElement[] {
  return screen.getAllByRole('row').filter((row) => row.hasAttribute('aria-selected'))
}

/** The row the grid marks current. */
export function currentRow(): HTMLElement {
  const row = bodyRows().find((r) => r.getAttribute('aria-selected') === 'true')
  if (!row) throw new Error('no current row')
  return row
}

/** The article row number (as the grid shows it) of the current row. */
export function currentRowNumber(): number {
  return Number(currentRow().getAttribute('aria-rowindex')) - 1
}

/** The body row showing article row `number`. */
export function rowNumbered(number: number): HTMLElement {
  const row = bodyRows().find((r) => r.getAttribute('aria-rowindex') === String(number + 1))
  if (!row) throw new Error(`row ${number} is not in the DOM`)
  return row
}

export interface KeyInit {
  readonly code?: string
  readonly shiftKey?: boolean
  readonly ctrlKey?: boolean
  readonly metaKey?: boolean
  readonly altKey?: boolean
}

/** A key press on whatever has the focus (it bubbles to the window, where the key map listens). */
export function key(k: string, init: KeyInit = {}): void {
  const code = init.code ?? (/^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : undefined)
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ...init, code })
}

/** Presses `j` until the current row is article row `number` (from above). */
export function walkTo(number: number): void {
  for (let guard = 0; currentRowNumber() < number && guard < 500; guard++) key('j')
  expect(currentRowNumber()).toBe(number)
}

/** The text cell of a row on one side. */
export function cell(row: HTMLElement, side: 'source' | 'target'): HTMLElement {
  return row.querySelector<HTMLElement>(side === 'source' ? '.cell--source' : '.cell--target')!
}

/** The text node and offset at character `offset` of an element's text (across highlight nodes). */
export function textPoint(element: Element, offset: number): [Node, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let seen = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0
    if (offset <= seen + length && length > 0) return [node, offset - seen]
    seen += length
  }
  throw new Error(`offset ${offset} is past the text`)
}

/** Selects `[start, end)` of a row text element with the mouse (a DOM range over its text nodes). */
export function selectText(element: Element, start: number, end: number): void {
  const range = document.createRange()
  range.setStart(...textPoint(element, start))
  range.setEnd(...textPoint(element, end))
  document.getSelection()!.removeAllRanges()
  document.getSelection()!.addRange(range)
}

/** Clicks a row (its number cell), as a reviewer does to jump there. */
export function clickRow(number: number): void {
  fireEvent.click(rowNumbered(number).querySelector('.cell--number')!)
  expect(currentRowNumber()).toBe(number)
}

/**
 * Where Tab goes from `from`: the next element in document order that sequential focus navigation
 * stops at (tabindex ≥ 0, not disabled, not inside an inert subtree). jsdom does not move the focus on
 * Tab, so tests ask this question instead of pressing the key.
 */
export function nextTabbable(from: Element): HTMLElement | null {
  const candidates = document.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, [tabindex]'
  )
  return (
    [...candidates].find(
      (el) =>
        el.tabIndex >= 0 &&
        !el.hasAttribute('disabled') &&
        !el.closest('[inert]') &&
        (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    ) ?? null
  )
}

/**
 * The text a highlight covers: every element matching `selector` joined in order. A flag's words can
 * be drawn in several pieces, where a suggestion's underline or a find hit starts or ends inside them.
 */
export function markedText(element: Element, selector: string): string {
  return [...element.querySelectorAll(selector)].map((e) => e.textContent).join('')
}
