// @vitest-environment jsdom
/**
 * Scoring profiles in the dashboard: switching profile rescoring the same data, and a QA lead's own
 * profile made with "Copy and edit": checked as typed, saved by the real backend into the user's
 * profiles folder, listed and chosen.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { realBackend } from './real-backend'
import { renderDashboard, type RenderedDashboard } from './render-dashboard'

const { testBackend, seedSample } = await realBackend()
let shown: RenderedDashboard | null = null

afterEach(() => {
  cleanup()
  expect(shown?.missingKeys ?? []).toEqual([])
  shown = null
})

const scoreTile = (): HTMLElement =>
  screen.getByText('Score', { selector: '.tile dt' }).closest('.tile') as HTMLElement
const profileSelect = (): HTMLSelectElement =>
  screen.getByRole('combobox', { name: 'Scoring profile' }) as HTMLSelectElement

describe('scoring profiles in the dashboard', () => {
  it('rescoring with another profile changes the score and what it means', async () => {
    const backend = testBackend()
    await seedSample(backend.backend.handlers)
    shown = await renderDashboard(backend)
    expect(within(scoreTile()).getByText('MQM Core · higher is better')).toBeTruthy()
    fireEvent.change(profileSelect(), { target: { value: 'google-wmt-mqm' } })
    // Google convention, mean penalty per row: two minor punctuation errors weigh 0.1 each, two other
    // minors 1, two majors 5, and a critical 5 too: 17.2 points over 50 rows.
    expect(within(scoreTile()).getByText('0.34')).toBeTruthy()
    expect(within(scoreTile()).getByText('Google WMT MQM · lower is better')).toBeTruthy()
  })

  it('copies a built-in profile, edits it with live checking, saves it and scores with it', async () => {
    const backend = testBackend()
    await seedSample(backend.backend.handlers)
    shown = await renderDashboard(backend)
    fireEvent.click(screen.getByRole('button', { name: 'Copy and edit…' }))
    const dialog = screen.getByRole('dialog', { name: 'Scoring profile' })
    const field = (name: string) =>
      within(dialog).getByRole('textbox', { name }) as HTMLInputElement
    expect(field('Name in English').value).toBe('MQM Core (copy)')
    expect(field('Name in Russian').value).toBe('MQM Core (копия)')
    expect(field('Id (file name)').value).toBe('mqm-core-copy')
    const save = within(dialog).getByRole('button', { name: 'Save profile' }) as HTMLButtonElement
    expect(within(dialog).getByRole('status').textContent).toBe('Ready to save.')

    fireEvent.change(field('Id (file name)'), { target: { value: 'mqm-core' } })
    expect(within(dialog).getByRole('status').textContent).toMatch(/built-in profile/)
    expect(save.disabled).toBe(true)
    fireEvent.change(field('Id (file name)'), { target: { value: 'house-lqa' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add a rule' }))
    fireEvent.change(field('Pattern of rule 1'), { target: { value: '(broken' } })
    expect(within(dialog).getByRole('status').textContent).toMatch(
      /^Not valid yet: weights\.0\.pattern/
    )
    fireEvent.change(field('Pattern of rule 1'), { target: { value: '^critical:' } })
    fireEvent.change(field('Weight of rule 1'), { target: { value: '10' } })
    fireEvent.change(field('Name in English'), { target: { value: 'House LQA' } })
    fireEvent.change(field('Pass threshold'), { target: { value: '90' } })
    expect(save.disabled).toBe(false)
    fireEvent.click(save)

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(profileSelect().value).toBe('house-lqa')
    expect(within(scoreTile()).getByText('House LQA · higher is better')).toBeTruthy()
    // The critical error weighs 10 now, not 25: 4 + 10 + 10 = 24 points over the 843 source words.
    expect(within(scoreTile()).getByText((100 - (100 * 24) / 843).toFixed(2))).toBeTruthy()
    // 97.15 is above the new threshold of 90, but a critical error still fails the text.
    expect(within(scoreTile()).getByText('Fail')).toBeTruthy()
    const file = JSON.parse(
      readFileSync(join(backend.userDataDir, 'scoring-profiles', 'house-lqa.json'), 'utf8')
    ) as { passThreshold: number; weights: unknown[] }
    expect(file.passThreshold).toBe(90)
    expect(file.weights).toEqual([{ pattern: '^critical:', weight: 10 }])
    expect(within(profileSelect()).getByRole('group', { name: 'Yours' })).toBeTruthy()
  })
})
