import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { parseMqmTsv } from '@shared/mqm-tsv'
import {
  GOOGLE_WMT_MQM_PROFILE,
  MQM_CORE_PROFILE,
  buildScoreReport,
  scoreReportCategoriesCsv,
  scoreReportCsv,
  scoreReportJson,
  scoringInputFromArticles,
  scoringInputFromMqmRecords
} from '@shared/scoring'
import { SAMPLE_FLAGS, sampleArticle } from './sample-article'

const DATE = new Date('2026-11-28T12:00:00.000Z')
const article = sampleArticle(SAMPLE_FLAGS)
const report = buildScoreReport(scoringInputFromArticles([article]), MQM_CORE_PROFILE, DATE)

const csvRows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true }).data

describe('score report numbers', () => {
  it('states what was scored, under which profile, when, and how words were counted', () => {
    expect(report.date).toBe('2026-11-28T12:00:00.000Z')
    expect(report.input).toEqual({ kind: 'calque-project', name: article.name, segments: 26 })
    expect(report.profile).toEqual(MQM_CORE_PROFILE)
    expect(report.wordCount).toMatch(/apostrophes split words/)
    expect(report.severities).toEqual(['neutral', 'minor', 'major', 'critical'])
    // most frequent first, ties by name
    expect(report.categories).toEqual([
      'linguistic-conventions/punctuation',
      'style/unidiomatic',
      'terminology/inconsistent-use'
    ])
    expect(report.systems).toEqual([])
    expect(report.docs.map((d) => d.label)).toEqual([article.name])
  })

  it('is plain JSON: writing and reading it back gives the same value', () => {
    expect(JSON.parse(scoreReportJson(report))).toEqual(report)
  })

  it('writes the same numbers to CSV, with the profile and the date on every row', () => {
    const rows = csvRows(scoreReportCsv(report))
    expect(rows).toHaveLength(2)
    const [total, doc] = rows
    expect(total).toMatchObject({
      Level: 'total',
      Profile: 'MQM Core',
      Date: '2026-11-28T12:00:00.000Z',
      Segments: '26',
      'Source words': String(report.totals.sourceWords),
      Errors: '3',
      Minor: '2',
      Major: '1',
      Critical: '0',
      Penalty: '7',
      'Pass/fail': report.totals.pass ? 'pass' : 'fail',
      'Word edit rate': '0',
      chrF: '100'
    })
    expect(Number(total!.Score)).toBeCloseTo(report.totals.score!, 4)
    expect(Number(total!['Share of rows flagged'])).toBeCloseTo(2 / 26, 4)
    expect(doc).toMatchObject({ Level: 'article', Article: article.name })
  })

  it('writes errors by category in long form, and Russian headings on request', () => {
    const rows = csvRows(scoreReportCategoriesCsv(report))
    // total + the one article, three category/severity cells each
    expect(rows).toHaveLength(6)
    expect(rows[0]).toEqual({
      Level: 'total',
      System: '',
      Article: '',
      Category: 'linguistic-conventions/punctuation',
      'MQM Core category': 'linguistic-conventions/punctuation',
      Severity: 'Minor',
      Count: '1'
    })
    const ru = csvRows(scoreReportCsv(report, { language: 'ru' }))
    expect(Object.keys(ru[0]!)).toContain('Оценка')
    expect(ru[0]!['Уровень']).toBe('итого')
    expect(ru[0]!['Профиль']).toBe('MQM Core')
  })

  it('defuses document names that a spreadsheet would run as formulas', () => {
    const hostile = { ...article, name: '=HYPERLINK("http://x")' }
    const csv = scoreReportCsv(
      buildScoreReport(scoringInputFromArticles([hostile]), MQM_CORE_PROFILE, DATE)
    )
    expect(csvRows(csv)[1]!.Article).toBe('\'=HYPERLINK("http://x")')
  })

  it('gives imported evaluations a row per system and per document of each system', () => {
    const tsv = [
      'A\td1\t1\t1\tr1\tOne two.\tEins zwei.\tAccuracy/Mistranslation\tMajor',
      'A\td2\t1\t2\tr1\tThree.\tDrei.\tNo-error\tNo-error',
      'B\td1\t1\t1\tr1\tOne two.\tEins, zwei.\tFluency/Punctuation\tMinor',
      'B\td2\t1\t2\tr1\tThree.\tDrei.\tNo-error\tNo-error'
    ].join('\n')
    const input = scoringInputFromMqmRecords(parseMqmTsv(tsv).records, 'mini.tsv')
    const r = buildScoreReport(input, GOOGLE_WMT_MQM_PROFILE, DATE)
    expect(r.systems.map((s) => [s.label, s.score])).toEqual([
      ['B', 0.05],
      ['A', 2.5]
    ])
    expect(r.docs.map((d) => [d.system, d.doc, d.score])).toEqual([
      ['A', 'd1', 5],
      ['A', 'd2', 0],
      ['B', 'd1', 0.1],
      ['B', 'd2', 0]
    ])
    expect(r.totals.score).toBeCloseTo(1.275, 12)
    const rows = csvRows(scoreReportCsv(r))
    expect(rows.map((row) => [row.Level, row.System, row.Document])).toEqual([
      ['total', '', ''],
      ['system', 'B', ''],
      ['system', 'A', ''],
      ['document', 'A', 'd1'],
      ['document', 'A', 'd2'],
      ['document', 'B', 'd1'],
      ['document', 'B', 'd2']
    ])
    // Imported data has no post-edit: no distance, rather than a fake 0.
    expect(rows[0]!['Word edit rate']).toBe('')
  })
})
