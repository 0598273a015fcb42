import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { scoreReportXlsx } from '../../../../src/main/services/scoring/xlsx-report'
import {
  MQM_CORE_PROFILE,
  buildScoreReport,
  reportTables,
  scoringInputFromArticles,
  scoringTranslator
} from '@shared/scoring'
import { SAMPLE_FLAGS, sampleArticle } from '../../shared/scoring/sample-article'

describe('score report as XLSX', () => {
  it('holds the same cells as the CSV tables, on three sheets', async () => {
    const report = buildScoreReport(
      scoringInputFromArticles([sampleArticle(SAMPLE_FLAGS)]),
      MQM_CORE_PROFILE,
      new Date('2026-11-28T12:00:00.000Z')
    )
    const bytes = await scoreReportXlsx(report)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // a ZIP, as every XLSX
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Scores',
      'Errors by category',
      'Profile'
    ])
    const tables = reportTables(report, scoringTranslator('en'))
    // getSheetValues() is 1-based and sparse: holes are empty cells.
    const values = (sheet: ExcelJS.Worksheet) =>
      sheet
        .getSheetValues()
        .slice(1)
        .map((row) => Array.from(row as unknown[], (v) => v ?? null).slice(1))
    const pad = (rows: readonly (readonly unknown[])[], width: number) =>
      rows.map((row) => {
        const cells = [...row]
        while (cells.length > 0 && cells.at(-1) === null) cells.pop()
        return cells.concat(Array(Math.max(0, width - cells.length)).fill(null)).slice(0, width)
      })
    const scores = workbook.getWorksheet('Scores')!
    const width = tables.scores.header.length
    expect(pad(values(scores), width)).toEqual(
      pad([tables.scores.header, ...tables.scores.rows], width)
    )
    const categories = workbook.getWorksheet('Errors by category')!
    expect(values(categories)).toHaveLength(1 + tables.categories.rows.length)
  })

  it('names the sheets in Russian on request', async () => {
    const report = buildScoreReport(
      scoringInputFromArticles([sampleArticle()]),
      MQM_CORE_PROFILE,
      '2026-11-28T12:00:00.000Z'
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      (await scoreReportXlsx(report, { language: 'ru' })) as unknown as ArrayBuffer
    )
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Оценки',
      'Ошибки по категориям',
      'Профиль'
    ])
  })
})
