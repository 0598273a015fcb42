// @vitest-environment jsdom
/**
 * The MQM flag picker on its own, over the real typology (MQM Core) and a real sentence of the sample:
 * searching categories in either language, moving with ↑/↓, the severity keys 0–3, the comment, Enter
 * to save exactly what is shown, Esc to cancel.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { MQM_CORE } from '@shared/typology/profile'
import { FlagPicker, type FlagTarget } from '../../../../src/renderer/src/features/flags/FlagPicker'
import { createI18n } from '../../../../src/renderer/src/i18n'
import { rowWith, sampleArticle } from '../helpers/sample-project'

const missing: string[] = []
afterEach(() => {
  cleanup()
  expect(missing).toEqual([])
})

// A real MT error of the sample: "very well aware and aware" says one thing twice.
const row = rowWith(sampleArticle(), 'very well aware and aware')
const PHRASE = 'very well aware and aware'
const start = row.texts.target.indexOf(PHRASE)
const target: FlagTarget = {
  row: row.bead.id,
  number: row.index + 1,
  side: 'target',
  span: [start, start + PHRASE.length],
  fromSelection: true,
  text: row.texts.target
}

function openPicker(language: SupportedLanguage = 'en') {
  const onSave = vi.fn()
  const onCancel = vi.fn()
  const i18n = createI18n(language, { onMissingKey: (ns, key) => missing.push(`${ns}:${key}`) })
  render(
    <I18nextProvider i18n={i18n}>
      <FlagPicker
        target={target}
        typology={MQM_CORE}
        language="en"
        onSave={onSave}
        onCancel={onCancel}
      />
    </I18nextProvider>
  )
  const dialog = screen.getByRole('dialog')
  const search = within(dialog).getByRole('combobox')
  return { dialog, search, onSave, onCancel }
}

const type = (field: HTMLElement, text: string) =>
  fireEvent.change(field, { target: { value: text } })
const press = (key: string, init: { code?: string; shiftKey?: boolean } = {}) =>
  fireEvent.keyDown(document.activeElement!, { key, ...init })
const options = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('option')
    .map((o) => o.textContent)
const chosen = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('option')
    .find((o) => o.getAttribute('aria-selected') === 'true')?.textContent
const severity = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('radiogroup', { name: /Severity/ }))
    .getAllByRole('radio')
    .find((r) => r.getAttribute('aria-checked') === 'true')?.textContent

describe('the flag picker', () => {
  it('quotes what it flags and starts in the search field', () => {
    const { dialog, search } = openPicker()
    expect(dialog.getAttribute('aria-label')).toBe(`Flag an issue in row ${row.index + 1}`)
    expect(within(dialog).getByText('Selected text · in the English')).toBeTruthy()
    expect(dialog.querySelector('blockquote')!.textContent).toBe(PHRASE)
    expect(document.activeElement).toBe(search)
  })

  it('finds Accuracy › Omission from "omi", and saves category, severity and comment with Enter', () => {
    const { dialog, search, onSave } = openPicker()
    type(search, 'omi')
    expect(options(dialog)).toEqual(['OmissionAccuracy'])
    expect(search.getAttribute('aria-activedescendant')).toBe('picker-option-accuracy/omission')
    press('3', { code: 'Digit3' })
    expect(severity(dialog)).toBe('3Critical')
    fireEvent.change(within(dialog).getByRole('textbox'), {
      target: { value: '  the second "aware" is a doubled word  ' }
    })
    press('Enter')
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(onSave).toHaveBeenCalledWith({
      category: 'accuracy/omission',
      severity: 'critical',
      comment: 'the second "aware" is a doubled word'
    })
  })

  it('finds it from the Russian name in the Russian UI, and from the English name there too', () => {
    const { dialog, search } = openPicker('ru')
    type(search, 'пропуск')
    expect(options(dialog)).toEqual(['ПропускТочность'])
    type(search, 'omi')
    expect(options(dialog)).toEqual(['ПропускТочность'])
    // Several words narrow down: each must start a word of the name or of its dimension.
    type(search, 'точн доб')
    expect(options(dialog)).toEqual(['ДобавлениеТочность'])
  })

  it('moves through the matches with ↑ and ↓, wrapping at both ends', () => {
    const { dialog, search, onSave } = openPicker()
    type(search, 'style')
    const all = options(dialog)
    expect(all[0]).toBe('Style')
    expect(all.length).toBeGreaterThan(3)
    expect(chosen(dialog)).toBe('Style')
    press('ArrowDown')
    press('ArrowDown')
    expect(chosen(dialog)).toBe(all[2])
    press('ArrowUp')
    press('ArrowUp')
    press('ArrowUp')
    expect(chosen(dialog)).toBe(all.at(-1))
    press('ArrowDown')
    expect(chosen(dialog)).toBe('Style')
    press('Enter')
    expect(onSave.mock.calls[0]![0]).toMatchObject({ category: 'style' })
  })

  it('sets the severity with 0–3 on the main row or with any layout, never typing them', () => {
    const { dialog, search } = openPicker()
    type(search, 'grammar')
    press('0', { code: 'Digit0' })
    expect(severity(dialog)).toBe('0Neutral')
    press('1', { code: 'Numpad1' })
    expect(severity(dialog)).toBe('1Minor')
    // A layout where the 2 key types something else: the key's place decides.
    press('"', { code: 'Digit2' })
    expect(severity(dialog)).toBe('2Major')
    press('4', { code: 'Digit4' })
    expect(severity(dialog)).toBe('2Major')
    expect((search as HTMLInputElement).value).toBe('grammar')
  })

  it('types digits and new lines in the comment, and Enter there still saves', () => {
    const { dialog, search, onSave } = openPicker()
    type(search, 'number format')
    press('1', { code: 'Digit1' })
    const comment = within(dialog).getByRole('textbox')
    comment.focus()
    press('3', { code: 'Digit3' })
    expect(severity(dialog)).toBe('1Minor')
    press('Enter', { shiftKey: true })
    expect(onSave).not.toHaveBeenCalled()
    fireEvent.change(comment, { target: { value: 'write 11 years as 11-year' } })
    press('Enter')
    expect(onSave).toHaveBeenCalledWith({
      category: 'locale-conventions/number-format',
      severity: 'minor',
      comment: 'write 11 years as 11-year'
    })
  })

  it('says when nothing matches, and then saves nothing', () => {
    const { dialog, search, onSave } = openPicker()
    type(search, 'zzz')
    expect(within(dialog).getByText('No category matches.')).toBeTruthy()
    expect(within(dialog).getByRole('button', { name: /Save flag/ })).toHaveProperty(
      'disabled',
      true
    )
    press('Enter')
    expect(onSave).not.toHaveBeenCalled()
  })

  it('cancels with Esc (and the Cancel button) without saving', () => {
    const first = openPicker()
    type(first.search, 'omi')
    press('Escape')
    expect(first.onCancel).toHaveBeenCalledTimes(1)
    expect(first.onSave).not.toHaveBeenCalled()
    cleanup()
    const second = openPicker()
    fireEvent.click(within(second.dialog).getByRole('button', { name: /Cancel/ }))
    expect(second.onCancel).toHaveBeenCalledTimes(1)
  })

  it('opens on the last saved category and severity: errors come in runs', () => {
    const first = openPicker()
    type(first.search, 'unidiom')
    press('1', { code: 'Digit1' })
    press('Enter')
    cleanup()
    const { dialog, onSave } = openPicker()
    expect(chosen(dialog)).toBe('Unidiomatic style')
    expect(severity(dialog)).toBe('1Minor')
    press('Enter')
    expect(onSave).toHaveBeenCalledWith({
      category: 'style/unidiomatic',
      severity: 'minor',
      comment: ''
    })
  })
})
