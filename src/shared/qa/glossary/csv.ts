/**
 * Glossary as CSV/TSV (papaparse): one row per term pair. Columns are found by their header — `ru`
 * (or source, russian, term_ru), `en` (or target, english, term_en), optional `status` (preferred,
 * admitted, forbidden/deprecated) and `note` — or, without a header, taken in that order. A cell may
 * list alternatives separated by `;` or `|`. Rows with the same Russian term form one entry; a row
 * with an English term but no Russian one only forbids (or prefers) that English term.
 */
import Papa from 'papaparse'
import { CalqueFailure } from '../../domain/errors'
import { termStatus, type Glossary, type GlossaryEntry, type GlossaryTerm } from './types'

const HEADERS: Readonly<Record<string, 'ru' | 'en' | 'status' | 'note'>> = {
  ru: 'ru',
  russian: 'ru',
  source: 'ru',
  term_ru: 'ru',
  'ru-ru': 'ru',
  русский: 'ru',
  источник: 'ru',
  en: 'en',
  english: 'en',
  target: 'en',
  term_en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
  английский: 'en',
  перевод: 'en',
  status: 'status',
  type: 'status',
  usage: 'status',
  статус: 'status',
  note: 'note',
  notes: 'note',
  comment: 'note',
  definition: 'note',
  примечание: 'note',
  комментарий: 'note'
}

export function parseCsvGlossary(text: string): Glossary {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' })
  const fatal = parsed.errors.find((e) => e.type === 'Quotes')
  if (fatal) {
    throw new CalqueFailure({
      code: 'file-malformed',
      format: 'CSV',
      line: (fatal.row ?? 0) + 1,
      column: 1,
      detail: fatal.message
    })
  }
  const rows = parsed.data
  if (rows.length === 0) return { entries: [] }
  const header = rows[0]!.map((cell) => HEADERS[cell.trim().toLowerCase()])
  const hasHeader = header.includes('ru') || header.includes('en')
  const columns = hasHeader ? header : (['ru', 'en', 'status', 'note'] as const)
  const column = (row: readonly string[], name: 'ru' | 'en' | 'status' | 'note') => {
    const k = columns.indexOf(name)
    return k >= 0 ? (row[k] ?? '').trim() : ''
  }
  const byRussian = new Map<
    string,
    { source: GlossaryTerm[]; target: GlossaryTerm[]; note?: string }
  >()
  const order: string[] = []
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const ru = column(row, 'ru')
    const en = column(row, 'en')
    if (ru === '' && en === '') continue
    const status = termStatus(column(row, 'status'))
    const key = ru === '' ? `\u0000${order.length}` : ru.toLowerCase()
    let entry = byRussian.get(key)
    if (!entry) {
      byRussian.set(
        key,
        (entry = { source: split(ru).map((t) => ({ text: t, status: 'preferred' })), target: [] })
      )
      order.push(key)
    }
    for (const term of split(en)) entry.target.push({ text: term, status })
    const note = column(row, 'note')
    if (note && !entry.note) entry.note = note
  }
  const entries: GlossaryEntry[] = order.map((key, k) => {
    const { source, target, note } = byRussian.get(key)!
    return { id: `csv-${k + 1}`, source, target, ...(note ? { note } : {}) }
  })
  return { entries }
}

const split = (cell: string): string[] =>
  cell
    .split(/[;|]/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
