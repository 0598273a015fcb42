/**
 * CSV and TSV with a source and a target column -> already paired units, one per row.
 *
 * - Delimiter: tab for `.tsv`/`.tab` files; otherwise Excel's `sep=;` first line when present;
 *   otherwise the one that splits the first row into a header Calque recognises (below); otherwise
 *   whichever of tab, semicolon and comma splits the first rows into the same number (>= 2) of fields
 *   most consistently (ties go to the character least likely inside prose: tab, then `;`, then `,`).
 *   Semicolons matter: Excel in a Russian locale writes them. When no delimiter splits more than 3
 *   in 4 of the rows alike, the file is plain text, not a table, and is refused.
 * - Header: the first row is a header when it names both columns, by role (source/target, original/
 *   translation, src/tgt, MT, исходный/перевод, …) or by language (ru/en, russian/english, русский/
 *   английский). By role the names decide; by language the Russian column is the source (Calque
 *   reviews Russian into English; `sourceLanguage`/`targetLanguage` say so, so the caller can swap).
 *   An `id` column, when named, gives the units their ids.
 * - Without a header the first two columns holding letters are used, preferring columns that do not
 *   look like ids (`s1`, `0042`); number-only columns never count.
 * - Quoted fields may hold delimiters and newlines. A quote that is never closed swallows the rest of
 *   the file, so it is refused (`file-malformed` with the line and column of the opening quote).
 */
import Papa from 'papaparse'
import { CalqueFailure } from '../../domain/errors'
import { tooManySegments } from '../limits'
import type { Unit, UnitsResult } from './types'
import { emptySideWarnings, hasText, unitOf } from './xml-units'

type Delimiter = ',' | ';' | '\t'
type Language = 'ru' | 'en'

/** Tab first: on a tie, the delimiter least likely to occur inside prose wins. */
const DELIMITERS: readonly Delimiter[] = ['\t', ';', ',']
const DETECTION_ROWS = 50
/** Share of rows that must agree on the field count for a delimiter to count as detected. */
const MIN_CONSISTENCY = 0.75

/** Words that name a column in a header row (compared lower-cased, word by word). */
const nameSet = (list: string): Set<string> => new Set(list.split(' '))
const SOURCE_NAMES = nameSet('source src original orig исходный исходник оригинал источник')
const TARGET_NAMES = nameSet(
  'target tgt translation translated mt output hypothesis перевод целевой'
)
const RU_NAMES = nameSet('ru rus russian русский рус')
const EN_NAMES = nameSet('en eng english английский англ')
const ID_NAMES = nameSet('id # № no key segid номер ид')

/** `maxSegments`: as for `readXliff` (one unit per row). */
export function readDelimited(text: string, fileName: string, maxSegments = Infinity): UnitsResult {
  const { body, bodyOffset, declared } = stripSeparatorLine(text)
  const delimiter = /\.(tsv|tab)$/i.test(fileName) ? '\t' : (declared ?? detectDelimiter(body))
  if (delimiter === undefined) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'CSV',
      detail: 'no comma, semicolon or tab splits the rows into the same columns'
    })
  }
  const formatName = delimiter === '\t' ? 'TSV' : 'CSV'
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' })
  const unterminated = parsed.errors.find((error) => error.code === 'MissingQuotes')
  if (unterminated) {
    throw new CalqueFailure({
      code: 'file-malformed',
      format: formatName,
      // Papa's index is just past the opening quote.
      ...lineAndColumn(text, bodyOffset + (unterminated.index ?? 1) - 1),
      detail: 'a quoted field is never closed'
    })
  }
  const rows = parsed.data
  if (rows.length > 2 * maxSegments + 1) throw tooManySegments(maxSegments)
  const columns = chooseColumns(rows)
  const units: Unit[] = []
  for (const row of rows.slice(columns.header ? 1 : 0)) {
    const id = columns.id === undefined ? undefined : row[columns.id]?.trim()
    const unit = unitOf(id, [row[columns.source] ?? ''], [row[columns.target] ?? ''])
    if (hasText(unit)) units.push(unit)
  }
  if (units.length === 0) {
    throw new CalqueFailure({
      code: 'file-no-text',
      format: formatName,
      detail: 'no row holds any text'
    })
  }
  return {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    ...(columns.sourceLanguage ? { sourceLanguage: columns.sourceLanguage } : {}),
    ...(columns.targetLanguage ? { targetLanguage: columns.targetLanguage } : {}),
    units,
    warnings: emptySideWarnings(units)
  }
}

/** Excel's hint line `sep=;` names the delimiter and is not data. */
function stripSeparatorLine(text: string): {
  body: string
  bodyOffset: number
  declared?: Delimiter
} {
  const match = /^sep=([,;\t])[ \t]*\r?\n/.exec(text)
  if (!match) return { body: text, bodyOffset: 0 }
  return {
    body: text.slice(match[0].length),
    bodyOffset: match[0].length,
    declared: match[1] as Delimiter
  }
}

/**
 * The delimiter that splits the first row into a header Calque recognises; else the one that splits
 * most of the first rows into the same number (>= 2) of fields; undefined when none splits more than
 * 3 in 4 of them alike (a text file, not a table).
 */
export function detectDelimiter(text: string): Delimiter | undefined {
  const preview = (delimiter: Delimiter, rows: number): string[][] =>
    Papa.parse<string[]>(text, { delimiter, preview: rows, skipEmptyLines: 'greedy' }).data
  const byHeader = DELIMITERS.find((delimiter) => {
    const [first] = preview(delimiter, 1)
    return first !== undefined && columnsByName(first) !== undefined
  })
  if (byHeader) return byHeader
  let best: { delimiter?: Delimiter; consistency: number } = { consistency: MIN_CONSISTENCY }
  for (const delimiter of DELIMITERS) {
    const consistency = fieldCountConsistency(preview(delimiter, DETECTION_ROWS))
    if (consistency > best.consistency) best = { delimiter, consistency }
  }
  return best.delimiter
}

/** Share of rows with the most common field count, or 0 when that count is below two. */
function fieldCountConsistency(rows: readonly string[][]): number {
  const counts = new Map<number, number>()
  for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1)
  let modal = 0
  let modalRows = 0
  for (const [count, rowsWithCount] of counts) {
    if (rowsWithCount > modalRows || (rowsWithCount === modalRows && count > modal)) {
      modal = count
      modalRows = rowsWithCount
    }
  }
  return modal >= 2 && rows.length > 0 ? modalRows / rows.length : 0
}

interface Columns {
  readonly header: boolean
  readonly source: number
  readonly target: number
  readonly id?: number
  readonly sourceLanguage?: Language
  readonly targetLanguage?: Language
}

export function chooseColumns(rows: readonly string[][]): Columns {
  const byName = rows[0] ? columnsByName(rows[0]) : undefined
  if (byName) return byName
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0)
  const textColumns = [...Array(width).keys()].filter((column) =>
    rows.some((row) => /\p{L}/u.test(row[column] ?? ''))
  )
  const preferred = [
    ...textColumns.filter((column) => !looksLikeIds(rows, column)),
    ...textColumns.filter((column) => looksLikeIds(rows, column))
  ]
  if (preferred.length < 2) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'CSV',
      detail: `${preferred.length === 0 ? 'no' : 'one'} text column; a bilingual table needs a source and a target column`
    })
  }
  const [source, target] = [preferred[0]!, preferred[1]!].sort((a, b) => a - b)
  return { header: false, source: source!, target: target! }
}

interface NamedColumn {
  readonly index: number
  readonly role?: 'source' | 'target' | 'id'
  readonly language?: Language
}

function columnsByName(header: readonly string[]): Columns | undefined {
  const named: NamedColumn[] = header.map((cell, index) => {
    const tokens = cell
      .toLowerCase()
      .split(/[^\p{L}\p{N}#№]+/u)
      .filter(Boolean)
    // A header cell is a name of a few tokens; a sentence that happens to say "source" is data.
    if (tokens.length > 4) return { index }
    const role = tokens.some((w) => SOURCE_NAMES.has(w))
      ? 'source'
      : tokens.some((w) => TARGET_NAMES.has(w))
        ? 'target'
        : tokens.length === 1 && ID_NAMES.has(tokens[0]!)
          ? 'id'
          : undefined
    const language = tokens.some((w) => RU_NAMES.has(w))
      ? 'ru'
      : tokens.some((w) => EN_NAMES.has(w))
        ? 'en'
        : undefined
    return { index, ...(role ? { role } : {}), ...(language ? { language } : {}) }
  })
  const id = named.find((column) => column.role === 'id')?.index
  const withId = id === undefined ? {} : { id }
  const bySource = named.find((column) => column.role === 'source')
  const byTarget = named.find((column) => column.role === 'target')
  if (bySource && byTarget) {
    return {
      header: true,
      source: bySource.index,
      target: byTarget.index,
      ...withId,
      ...(bySource.language ? { sourceLanguage: bySource.language } : {}),
      ...(byTarget.language ? { targetLanguage: byTarget.language } : {})
    }
  }
  const russian = named.find((column) => column.language === 'ru' && column.role !== 'id')
  const english = named.find((column) => column.language === 'en' && column.role !== 'id')
  if (russian && english) {
    return {
      header: true,
      source: russian.index,
      target: english.index,
      ...withId,
      sourceLanguage: 'ru',
      targetLanguage: 'en'
    }
  }
  return undefined
}

/** Every value is one short token with a digit in it (`s1`, `u-0042`, `17`). */
function looksLikeIds(rows: readonly string[][], column: number): boolean {
  return rows.every((row) => {
    const value = (row[column] ?? '').trim()
    return value === '' || (value.length <= 16 && /\d/.test(value) && !/\s/.test(value))
  })
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lines = before.split(/\r\n|\r|\n/)
  return { line: lines.length, column: [...(lines[lines.length - 1] ?? '')].length + 1 }
}
