/**
 * CSV (RFC 4180, papaparse): comma-separated, CRLF, fields quoted where needed, with a UTF-8 BOM so
 * that Excel opens Cyrillic text correctly. A text cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) gets a leading apostrophe (the OWASP "CSV injection" advice):
 * these files are opened by people, in spreadsheets, and an MT can say anything.
 */
import Papa from 'papaparse'
import type { Cell, Table } from './tables'

const FORMULA_START = /^[=+\-@\t\r]/

export function writeCsv(table: Table): string {
  const data = table.rows.map((row) => row.map(csvCell))
  return `\uFEFF${Papa.unparse({ fields: [...table.header], data }, { newline: '\r\n' })}\r\n`
}

function csvCell(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  if (typeof cell === 'number') return String(cell)
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}
