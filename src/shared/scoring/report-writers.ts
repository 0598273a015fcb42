/**
 * Pure writers of a score report: CSV (the scores table, and the errors-by-category table in long
 * form) and JSON. XLSX, which needs exceljs and its Node streams, is written in the main process
 * (src/main/services/scoring/xlsx-report.ts) from the same tables.
 *
 * CSV: comma-separated, RFC 4180 quoting (papaparse), a cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@` at the start of a text) is prefixed with `'`.
 */
import Papa from 'papaparse'
import type { SupportedLanguage } from '../i18n/resources'
import type { ScoreReport } from './report'
import { reportTables, type Table } from './report-tables'
import { scoringTranslator, type Translate } from './translate'

export interface WriterOptions {
  readonly language?: SupportedLanguage
  /** The app's own translation function; defaults to one for `language`. */
  readonly t?: Translate
}

export function scoreReportCsv(report: ScoreReport, options: WriterOptions = {}): string {
  return tableCsv(tablesOf(report, options).scores)
}

export function scoreReportCategoriesCsv(report: ScoreReport, options: WriterOptions = {}): string {
  return tableCsv(tablesOf(report, options).categories)
}

/** The report itself, indented, full precision. */
export function scoreReportJson(report: ScoreReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

function tablesOf(report: ScoreReport, options: WriterOptions) {
  const language = options.language ?? 'en'
  return reportTables(report, options.t ?? scoringTranslator(language), language)
}

function tableCsv(table: Table): string {
  const csv = Papa.unparse(
    { fields: [...table.header], data: table.rows.map((row) => [...row]) },
    { escapeFormulae: true, newline: '\n' }
  )
  return `${csv}\n`
}
