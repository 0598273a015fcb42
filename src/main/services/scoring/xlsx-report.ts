/**
 * A score report as an XLSX workbook: three sheets (scores, errors by category, profile) holding the
 * same cells as the CSV writers (`reportTables`). Here in the main process rather than src/shared
 * because exceljs loads Node's stream, fs and zlib modules when imported.
 */
import ExcelJS from 'exceljs'
import type { ScoreReport } from '@shared/scoring/report'
import { reportTables, type Table } from '@shared/scoring/report-tables'
import type { WriterOptions } from '@shared/scoring/report-writers'
import { scoringTranslator } from '@shared/scoring/translate'

export async function scoreReportXlsx(
  report: ScoreReport,
  options: WriterOptions = {}
): Promise<Uint8Array> {
  const language = options.language ?? 'en'
  const t = options.t ?? scoringTranslator(language)
  const tables = reportTables(report, t, language)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Calque'
  workbook.created = new Date(report.date)
  addSheet(workbook, t('sheet.scores'), tables.scores)
  addSheet(workbook, t('sheet.categories'), tables.categories)
  addSheet(workbook, t('sheet.profile'), tables.profile)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: Table): void {
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }]
  })
  sheet.addRow([...table.header]).font = { bold: true }
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? undefined))
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(
      table.header[i]?.length ?? 0,
      ...table.rows.slice(0, 200).map((row) => String(row[i] ?? '').length)
    )
    column.width = Math.min(60, Math.max(8, widest + 2))
  })
}
