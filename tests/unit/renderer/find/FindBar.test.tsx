// @vitest-environment jsdom
/**
 * The find bar on its own, over the sample's rows: its options, the count it shows, the message for an
 * invalid pattern, and its keys — Enter / Shift+Enter / Esc typed in its field reach the `find` scope
 * of the key map (never the grid's commands), exactly as the workspace wires them.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useMemo, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findHits, type FindRow } from '@shared/review/find'
import {
  FindBar,
  INITIAL_FIND,
  type FindState
} from '../../../../src/renderer/src/features/find/FindBar'
import { useKeymap } from '../../../../src/renderer/src/features/keys/use-keymap'
import { createI18n } from '../../../../src/renderer/src/i18n'
import { sampleArticle, textsOf } from '../helpers/sample-project'

const article = sampleArticle()
const ROWS: FindRow[] = article.beads.map((bead) => {
  const texts = textsOf(article, bead)
  return { id: bead.id, source: texts.source, mt: texts.target, edit: null }
})

const missing: string[] = []
afterEach(() => {
  cleanup()
  expect(missing).toEqual([])
})

interface Spies {
  readonly next: () => void
  readonly previous: () => void
  readonly close: () => void
  readonly grid: () => void
  readonly replace: (all: boolean) => void
}

/** The bar with the state the workspace keeps for it, and the workspace's find keys. */
function Harness({ spies, readOnly }: { spies: Spies; readOnly: boolean }): React.JSX.Element {
  const [state, setState] = useState<FindState>({ ...INITIAL_FIND, open: true })
  const hits = useMemo(() => findHits(ROWS, state.query).length, [state.query])
  const step = (direction: 1 | -1): void =>
    setState((s) => ({ ...s, index: (s.index + direction + hits) % Math.max(1, hits) }))
  useKeymap(true, {
    'find-next-in-bar': () => {
      spies.next()
      step(1)
    },
    'find-previous-in-bar': () => {
      spies.previous()
      step(-1)
    },
    'find-close': spies.close,
    'row-next': spies.grid,
    'edit-row': spies.grid,
    'status-reviewed': spies.grid
  })
  return (
    <FindBar
      state={state}
      hits={hits}
      readOnly={readOnly}
      onChange={(change) => setState((s) => ({ ...s, ...change, index: 0 }))}
      onStep={step}
      onReplace={spies.replace}
      onClose={spies.close}
    />
  )
}

function openBar(readOnly = false) {
  const spies = {
    next: vi.fn(),
    previous: vi.fn(),
    close: vi.fn(),
    grid: vi.fn(),
    replace: vi.fn()
  }
  const i18n = createI18n('en', { onMissingKey: (ns, key) => missing.push(`${ns}:${key}`) })
  render(
    <I18nextProvider i18n={i18n}>
      <Harness spies={spies} readOnly={readOnly} />
    </I18nextProvider>
  )
  const bar = screen.getByRole('search', { name: 'Find and replace' })
  const field = within(bar).getByRole('searchbox', { name: 'Find' })
  const count = () => within(bar).getByRole('status').textContent
  const type = (text: string) => fireEvent.change(field, { target: { value: text } })
  const toggle = (name: string) => fireEvent.click(within(bar).getByRole('checkbox', { name }))
  return { bar, field, count, type, toggle, spies }
}

const press = (key: string, init: { shiftKey?: boolean; code?: string } = {}) =>
  fireEvent.keyDown(document.activeElement!, { key, ...init })

describe('the find bar', () => {
  it('takes the focus, and counts the matches with the current one', () => {
    const { field, count, type } = openBar()
    expect(document.activeElement).toBe(field)
    expect(count()).toBe('')
    type('Statkevich')
    expect(count()).toBe('1 of 3')
    type('Statkevič')
    expect(count()).toBe('No match')
  })

  it('steps with Enter and Shift+Enter typed in its field (wrapping), never with the grid’s keys', () => {
    const { count, type, spies } = openBar()
    type('Statkevich')
    press('Enter')
    expect(count()).toBe('2 of 3')
    press('Enter')
    press('Enter')
    expect(count()).toBe('1 of 3')
    press('Enter', { shiftKey: true })
    expect(count()).toBe('3 of 3')
    expect(spies.next).toHaveBeenCalledTimes(3)
    expect(spies.previous).toHaveBeenCalledTimes(1)
    // Letters are typed into the field: j and r are not "next row" and "reviewed" here.
    press('j', { code: 'KeyJ' })
    press('r', { code: 'KeyR' })
    expect(spies.grid).not.toHaveBeenCalled()
    press('Escape')
    expect(spies.close).toHaveBeenCalledTimes(1)
  })

  it('matches case, whole words, regular expressions, and searches the side asked for', () => {
    const { bar, count, type, toggle } = openBar()
    type('statkevich')
    expect(count()).toBe('1 of 3')
    toggle('Match case')
    expect(count()).toBe('No match')
    toggle('Match case')
    type('Statkev')
    expect(count()).toBe('1 of 3')
    toggle('Whole word')
    expect(count()).toBe('No match')
    toggle('Whole word')
    toggle('Regular expression')
    type('(Nikolay|Nikolai) Statkevich')
    expect(count()).toBe('1 of 2')
    type('Статкевич')
    expect(count()).not.toBe('No match')
    fireEvent.change(within(bar).getByRole('combobox', { name: 'Search in' }), {
      target: { value: 'target' }
    })
    expect(count()).toBe('No match')
    fireEvent.change(within(bar).getByRole('combobox', { name: 'Search in' }), {
      target: { value: 'source' }
    })
    expect(count()).toMatch(/^1 of \d+$/)
  })

  it('says when a regular expression is not valid, and offers no step', () => {
    const { bar, field, count, type, toggle } = openBar()
    toggle('Regular expression')
    type('(Statkevich')
    expect(count()).toBe('Not a valid pattern')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(within(bar).getByRole('button', { name: /Next match/ })).toHaveProperty('disabled', true)
    type('(Statkevich)')
    expect(field.getAttribute('aria-invalid')).toBe('false')
    expect(count()).toBe('1 of 3')
  })

  it('replaces in the English only, and not in a read-only article', () => {
    const { bar, type, spies } = openBar()
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace…' }))
    expect(within(bar).getByRole('textbox', { name: 'Replace with' })).toBeTruthy()
    expect(
      within(bar).getByText('Replacing writes post-edits; the MT itself is never changed.')
    ).toBeTruthy()
    const all = within(bar).getByRole('button', { name: 'Replace all…' })
    const one = within(bar).getByRole('button', { name: 'Replace in this row' })
    expect(all).toHaveProperty('disabled', true)
    type('Statkevich')
    expect(all).toHaveProperty('disabled', false)
    fireEvent.click(all)
    fireEvent.click(one)
    expect(spies.replace.mock.calls).toEqual([[true], [false]])
    fireEvent.change(within(bar).getByRole('combobox', { name: 'Search in' }), {
      target: { value: 'source' }
    })
    expect(all).toHaveProperty('disabled', true)
    cleanup()
    const readOnly = openBar(true)
    fireEvent.click(within(readOnly.bar).getByRole('button', { name: 'Replace…' }))
    readOnly.type('Statkevich')
    expect(within(readOnly.bar).getByRole('button', { name: 'Replace all…' })).toHaveProperty(
      'disabled',
      true
    )
  })
})
