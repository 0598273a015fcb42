/**
 * Every export Calque writes, by format id (the CLI's `--to`, the menu's choices): what each file is,
 * and `exportArticles` for all but XLSX, whose writer (exceljs) needs Node and so lives in
 * src/main/services/export/xlsx.ts. Pure: strings and bytes in, strings and bytes out.
 */
import type { ReviewedArticle } from '../domain/article'
import type { SupportedLanguage } from '../i18n/resources'
import type { Typology } from '../typology/profile'
import { writeCorrectedMarkdown, writeCorrectedText } from './corrected-text'
import { writeCsv } from './csv'
import { writeDocx } from './docx'
import { writeCalqueJson } from './json'
import { table, type TableKind } from './tables'
import { writeTmx } from './tmx'
import { writeXliff12, type Xliff12Profile } from './xliff12'
import { writeXliff21 } from './xliff21'

export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat, type ExportFormatInfo } from './formats'
import type { ExportFormat } from './formats'

export interface ExportOptions {
  readonly typology?: Typology
  /** Calque's version, written where a format records its tool. */
  readonly toolVersion?: string
  /** The export time (TMX header, JSON `exportedAt`); now unless given. */
  readonly now?: Date
  /** DOCX: show each post-edit against the MT (deletions struck, insertions underlined). */
  readonly trackChanges?: boolean
  /** CSV: the rows table or the flags table. */
  readonly table?: TableKind
  /** XLIFF 1.2: Okapi-style ITS marks (default) or strict core XLIFF 1.2. */
  readonly xliff12Profile?: Xliff12Profile
  /** Language of table headers (CSV, XLSX). */
  readonly language?: SupportedLanguage
}

export function exportArticles(
  articles: readonly ReviewedArticle[],
  format: Exclude<ExportFormat, 'xlsx'>,
  options: ExportOptions = {}
): Promise<string | Uint8Array> {
  const versioned = {
    ...(options.toolVersion === undefined ? {} : { toolVersion: options.toolVersion }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.typology === undefined ? {} : { typology: options.typology })
  }
  switch (format) {
    case 'txt':
      return Promise.resolve(writeCorrectedText(articles))
    case 'md':
      return Promise.resolve(writeCorrectedMarkdown(articles))
    case 'docx':
      return writeDocx(articles, { trackChanges: options.trackChanges ?? false })
    case 'xliff21':
      return Promise.resolve(writeXliff21(articles, versioned))
    case 'xliff12':
      return Promise.resolve(
        writeXliff12(articles, { ...versioned, profile: options.xliff12Profile ?? 'its' })
      )
    case 'tmx':
      return Promise.resolve(writeTmx(articles, versioned))
    case 'csv':
      return Promise.resolve(
        writeCsv(
          table(options.table ?? 'rows', articles, {
            ...(options.language ? { language: options.language } : {}),
            ...(options.typology ? { typology: options.typology } : {})
          })
        )
      )
    case 'json':
      return Promise.resolve(writeCalqueJson(articles, versioned))
  }
}
