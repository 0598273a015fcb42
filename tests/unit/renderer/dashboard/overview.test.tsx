// @vitest-environment jsdom
/**
 * The dashboard's scores and charts on the real sample with real flags, through the real backend:
 * the numbers are the scoring core's, every article is loaded into the one store, and empty or tiny
 * projects show sensible words, never NaN or Infinity.
 */
import { cleanup, screen, within } from '@testing-library/react'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MQM_CORE_PROFILE, buildScoreReport, scoringInputFromArticles } from '@shared/scoring'
import { reviewedOf } from '../../../../src/renderer/src/features/dashboard/project-data'
import { realBackend } from './real-backend'
import { renderDashboard, type RenderedDashboard } from './render-dashboard'

const { testBackend, seedSample } = await realBackend()
let shown: RenderedDashboard | null = null

afterEach(() => {
  cleanup()
  expect(shown?.missingKeys ?? []).toEqual([])
  shown = null
})

/** Text anywhere on the page, including the SVG charts. */
const pageText = (): string => document.body.textContent ?? ''
const tile = (name: string): HTMLElement =>
  screen.getByText(name, { selector: '.tile dt' }).closest('.tile')! as HTMLElement

describe('dashboard overview', () => {
  it('scores the sample with its flags, the same numbers as the scoring core', async () => {
    const backend = testBackend()
    const seeded = await seedSample(backend.backend.handlers)
    shown = await renderDashboard(backend)
    const slot = shown.store.getState().articles.get(seeded.articleId)
    if (slot?.status !== 'ready') throw new Error('the article is not loaded')
    const expected = buildScoreReport(
      scoringInputFromArticles([reviewedOf(slot.article)]),
      MQM_CORE_PROFILE,
      '2026-01-01'
    ).totals
    // 7 flags: 4 minor, 2 major, 1 critical = 4 + 10 + 25 = 39 penalty points over the source words.
    expect(expected.penalty).toBe(39)
    expect(within(tile('Score')).getByText(expected.score!.toFixed(2))).toBeTruthy()
    expect(within(tile('Score')).getByText('Fail')).toBeTruthy() // a critical error fails
    expect(within(tile('Errors')).getByText('7')).toBeTruthy()
    expect(within(tile('Source words')).getByText(String(expected.sourceWords))).toBeTruthy()
    expect(within(tile('Flags')).getByText('7 open · 0 resolved · 0 rejected')).toBeTruthy()
    // Charts: the four figures, each an SVG with its data in words.
    const charts = screen.getAllByRole('img')
    expect(charts.map((c) => c.querySelector('title')?.textContent)).toEqual([
      'Errors by category and severity',
      'Errors by severity',
      'Score per article',
      'Score over time'
    ])
    expect(charts[1]!.querySelector('desc')?.textContent).toBe(
      'Minor: 4 Minor; Major: 2 Major; Critical: 1 Critical'
    )
    const table = screen.getByRole('table', { name: 'Scores per article' })
    expect(within(table).getAllByRole('row')).toHaveLength(3) // heading, total, the article
    expect(pageText()).not.toMatch(/NaN|Infinity/)
  })

  it('shows a project without flags as clean, with empty charts said in words', async () => {
    const backend = testBackend()
    await seedSample(backend.backend.handlers, [])
    shown = await renderDashboard(backend)
    expect(within(tile('Score')).getByText('100')).toBeTruthy()
    expect(within(tile('Score')).getByText('Pass')).toBeTruthy()
    expect(within(tile('Errors')).getByText('0')).toBeTruthy()
    expect(screen.getAllByText('No errors counted: nothing to chart yet.')).toHaveLength(2)
    expect(pageText()).not.toMatch(/NaN|Infinity/)
  })

  it('shows a one-row project sensibly: a small sample, no NaN or Infinity, in Russian too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-one-row-'))
    writeFileSync(join(dir, 'ru.txt'), 'Утром стулья — вечером деньги.\n')
    writeFileSync(join(dir, 'en.txt'), 'Morning chairs – money in the evening.\n')
    const backend = testBackend({
      choosePair: async () => ({ source: join(dir, 'ru.txt'), target: join(dir, 'en.txt') })
    })
    const opened = await backend.backend.handlers.openPair({})
    expect(opened.ok && opened.value?.project.articles[0]?.rows).toBe(1)
    shown = await renderDashboard(backend, 'ru')
    expect(within(tile('Оценка')).getByText('100')).toBeTruthy()
    expect(screen.getByText('Малая выборка: меньше 500 слов')).toBeTruthy()
    expect(
      screen.getByText('Пока один день проверки: линия будет расти с каждым днём.')
    ).toBeTruthy()
    expect(pageText()).not.toMatch(/NaN|Infinity/)
  })
})
