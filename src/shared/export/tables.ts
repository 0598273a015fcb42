/**
 * The review as two tables, for CSV and XLSX: one line per row (texts, status, flag counts) and one
 * line per flag (where, what, how bad, who, when). Values stay data (ids, numbers, ISO dates); only the
 * column headers are words, from the `export` i18n namespace in the language asked for.
 */
import { correctedText, type ReviewedArticle } from '../domain/article'
import { resources, type SupportedLanguage } from '../i18n/resources'
import { itsSeverityOf, itsTypeOf, MQM_CORE, type Typology } from '../typology/profile'
import { snapSpan } from './mark-layout'

export type Cell = string | number | boolean | null

export interface Table {
  readonly columns: readonly string[]
  /** Header labels, same order as `columns`. */
  readonly header: readonly string[]
  readonly rows: readonly (readonly Cell[])[]
}

export const ROW_COLUMNS = [
  'article',
  'row',
  'index',
  'status',
  'source',
  'mt',
  'postEdit',
  'corrected',
  'openFlags',
  'flags',
  'sourceParagraph',
  'targetParagraph',
  'heading',
  'confidence'
] as const

export const FLAG_COLUMNS = [
  'article',
  'row',
  'flag',
  'side',
  'start',
  'end',
  'text',
  'category',
  'itsType',
  'severity',
  'itsSeverity',
  'status',
  'comment',
  'origin',
  'author',
  'createdAt',
  'updatedAt',
  'resolutionNote',
  'resolvedBy',
  'resolvedAt',
  'replies'
] as const

export type TableKind = 'rows' | 'flags'

export interface TableOptions {
  readonly language?: SupportedLanguage
  readonly typology?: Typology
}

function header(columns: readonly string[], language: SupportedLanguage): string[] {
  const labels: Record<string, string> = resources[language].export.columns
  return columns.map((column) => labels[column] ?? column)
}

export function rowsTable(articles: readonly ReviewedArticle[], options: TableOptions = {}): Table {
  const rows = articles.flatMap((article) =>
    article.rows.map((row): Cell[] => [
      article.name,
      row.id,
      row.index,
      row.status,
      row.source,
      row.target,
      row.edit,
      correctedText(row),
      row.flags.filter((flag) => flag.status === 'open').length,
      row.flags.length,
      row.sourceParagraph,
      row.targetParagraph,
      row.heading,
      row.confidence
    ])
  )
  return { columns: ROW_COLUMNS, header: header(ROW_COLUMNS, options.language ?? 'en'), rows }
}

export function flagsTable(
  articles: readonly ReviewedArticle[],
  options: TableOptions = {}
): Table {
  const typology = options.typology ?? MQM_CORE
  const rows = articles.flatMap((article) =>
    article.rows.flatMap((row) =>
      row.flags.map((flag): Cell[] => {
        const text = flag.side === 'source' ? row.source : row.target
        const [start, end] = snapSpan(text, flag.span)
        return [
          article.name,
          row.id,
          flag.id,
          flag.side,
          start,
          end,
          text.slice(start, end),
          flag.category,
          itsTypeOf(typology, flag.category),
          flag.severity,
          itsSeverityOf(typology, flag.severity),
          flag.status,
          flag.comment,
          flag.origin,
          flag.author,
          flag.createdAt,
          flag.updatedAt,
          flag.resolution?.note ?? null,
          flag.resolution?.by ?? null,
          flag.resolution?.at ?? null,
          flag.thread?.length ?? 0
        ]
      })
    )
  )
  return { columns: FLAG_COLUMNS, header: header(FLAG_COLUMNS, options.language ?? 'en'), rows }
}

export function table(
  kind: TableKind,
  articles: readonly ReviewedArticle[],
  options: TableOptions = {}
): Table {
  return kind === 'rows' ? rowsTable(articles, options) : flagsTable(articles, options)
}
