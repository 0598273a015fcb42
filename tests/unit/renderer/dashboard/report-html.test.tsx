// @vitest-environment jsdom
/**
 * The LQA report file: one self-contained HTML page (charts as inline SVG, one inline style sheet, no
 * script, nothing to fetch), stating the profile, the word counts and the date, with the dashboard's
 * numbers — and no NaN or Infinity, even for a project with nothing in it.
 */
import { describe, expect, it } from 'vitest'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { trackerItemsFromArticles } from '@shared/report/tracker-items'
import { trendWithCurrent } from '@shared/report/trend-series'
import { MQM_CORE_PROFILE, buildScoreReport, scoringInputFromArticles } from '@shared/scoring'
import type { ReviewedArticle } from '@shared/domain/article'
import type { DashboardT } from '../../../../src/renderer/src/features/dashboard/dashboard-i18n'
import { DASHBOARD_NS } from '../../../../src/renderer/src/features/dashboard/dashboard-i18n'
import { reportHtml } from '../../../../src/renderer/src/features/dashboard/report/report-html'
import { makeDashboardLabels } from '../../../../src/renderer/src/features/dashboard/use-dashboard-labels'
import { createI18n } from '../../../../src/renderer/src/i18n'
import { realBackend } from './real-backend'

const { sampleArticle, SCORING_SAMPLE_FLAGS: SAMPLE_FLAGS } = await realBackend()
const DATE = '2026-11-29T14:05:00.000Z'

function report(articles: readonly ReviewedArticle[], language: SupportedLanguage = 'en') {
  const missing: string[] = []
  const i18n = createI18n(language, { onMissingKey: (ns, key) => missing.push(`${ns}:${key}`) })
  const t = i18n.getFixedT(language, [...DASHBOARD_NS]) as unknown as DashboardT
  const labels = makeDashboardLabels(t, language, (key) => i18n.exists(key))
  const score = buildScoreReport(
    scoringInputFromArticles(articles, { name: 'USA and Belarus' }),
    MQM_CORE_PROFILE,
    DATE
  )
  const html = reportHtml(
    {
      report: score,
      trend: trendWithCurrent([], score.totals, DATE),
      items: trackerItemsFromArticles(articles),
      editedRows: 1,
      labels,
      t
    },
    'LQA report · USA and Belarus'
  )
  return { html, score, missing, page: new DOMParser().parseFromString(html, 'text/html') }
}

describe('the HTML report', () => {
  it('is one page with nothing to fetch and nothing to run', () => {
    const { html, page, missing } = report([
      sampleArticle(SAMPLE_FLAGS, { 15: 'first deliver, then get paid' })
    ])
    expect(missing).toEqual([])
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(
      page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')
    ).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    expect(page.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0)
    expect(page.querySelectorAll('[src], [href]')).toHaveLength(0)
    expect(html).not.toMatch(/@import|url\(/)
    expect(page.querySelectorAll('style')).toHaveLength(1)
    expect(page.querySelector('style')!.textContent).toContain('@media print')
    expect(page.title).toBe('LQA report · USA and Belarus')
  })

  it('states the profile, the word counts and the date, and has the charts inline', () => {
    const { html, page, score } = report([
      sampleArticle(SAMPLE_FLAGS, { 15: 'first deliver, then get paid' })
    ])
    const facts = page.querySelector('.report__facts')!.textContent!
    expect(facts).toContain('Profile: MQM Core (quality score 100 × (1 − penalty ÷ words)')
    expect(facts).toContain('Pass threshold: 99')
    expect(facts).toContain(
      `${score.totals.sourceWords} source words, ${score.totals.targetWords.toLocaleString('en')} target words; ${score.totals.words} words scored (source)`
    )
    expect(facts).toContain('Words counted as: white-space tokens with a letter or digit')
    expect(page.querySelector('.report__facts time')!.getAttribute('datetime')).toBe(DATE)
    const charts = [...page.querySelectorAll('svg[role="img"]')].map(
      (svg) => svg.querySelector('title')?.textContent
    )
    expect(charts).toEqual([
      'Errors by category and severity',
      'Errors by severity',
      'Score per article',
      'Score over time'
    ])
    // The numbers are the report's: the score in the summary, each flag in the list with its words.
    expect(page.querySelector('.tile__big')!.textContent).toBe(score.totals.score!.toFixed(2))
    expect([...page.querySelectorAll('.flag-table mark')].map((m) => m.textContent)).toEqual([
      '..',
      'chargé d’affaires',
      'morning chairs –money in the evening',
      'Lukashenka'
    ])
    expect(html).not.toMatch(/NaN|Infinity/)
  })

  it('says "nothing to score" for an empty project, without NaN or Infinity, in Russian too', () => {
    for (const language of ['en', 'ru'] as const) {
      const { html, page, missing } = report([], language)
      expect(missing).toEqual([])
      expect(html).not.toMatch(/NaN|Infinity/)
      expect(page.documentElement.lang).toBe(language)
      expect(page.querySelectorAll('svg[role="img"]')).toHaveLength(1) // the trend's one point
      expect(page.body.textContent).toContain(language === 'en' ? 'Nothing to score' : 'Отчёт LQA')
    }
  })
})
