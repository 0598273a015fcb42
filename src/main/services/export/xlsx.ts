/**
 * Rows and flags as an Excel workbook (exceljs): two sheets, a bold frozen header with filters, long
 * text columns wrapped. Here rather than in src/shared because exceljs's Node build reads `process`
 * and `fs` when it is imported (its browser build is a separate bundle).
 */
import ExcelJS from 'exceljs'
import type { ReviewedArticle } from '@shared/domain/article'
import { flagsTable, rowsTable, type Table, type TableOptions } from '@shared/export/tables'
import { resources } from '@shared/i18n/resources'

/** Columns holding sentences get room and wrapping; the rest fit their header. */
const WIDE = new Set(['source', 'mt', 'postEdit', 'corrected', 'text', 'comment', 'resolutionNote'])

export async function writeXlsx(
  articles: readonly ReviewedArticle[],
  options: TableOptions = {}
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Calque'
  const sheets = resources[options.language ?? 'en'].export.sheets
  addSheet(workbook, sheets.rows, rowsTable(articles, options))
  addSheet(workbook, sheets.flags, flagsTable(articles, options))
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: Table): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = table.columns.map((column, k) => ({
    header: table.header[k]!,
    key: column,
    width: WIDE.has(column) ? 60 : Math.max(10, table.header[k]!.length + 2),
    style: WIDE.has(column)
      ? { alignment: { wrapText: true, vertical: 'top' } }
      : { alignment: { vertical: 'top' } }
  }))
  sheet.getRow(1).font = { bold: true }
  // Cells stay typed: numbers as numbers, yes/no as booleans, text as text (never a formula).
  for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === null ? undefined : cell)))
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } }
}
