/**
 * TMX 1.4b of the confirmed rows, for translation memories: one `<tu>` per confirmed row that has text
 * on both sides, the Russian `<tuv>` first (translate-toolkit reads a TMX unit's variants by order,
 * the first as the source), the English as corrected (the post-edit, else the MT). Rows not confirmed
 * are left out: a TM must only learn from approved translations.
 *
 * `tuid` is `<article id>/<row id>` (unique across a project); a `<prop type="x-calque-article">` names
 * the article so an import can regroup the units.
 */
import { correctedText, type ReviewedArticle, type ReviewedRow } from '../domain/article'
import { attrs, element, escapeText, XML_DECLARATION } from './xml'

export interface TmxExportOptions {
  readonly toolVersion?: string
  /** `creationdate` of the header (TMX's basic ISO 8601 form, UTC). */
  readonly now?: Date
}

/** TMX dates: `YYYYMMDDThhmmssZ`. */
export function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

export function isTranslationMemoryRow(row: ReviewedRow): boolean {
  return row.status === 'confirmed' && row.source.trim() !== '' && correctedText(row).trim() !== ''
}

export function writeTmx(
  articles: readonly ReviewedArticle[],
  options: TmxExportOptions = {}
): string {
  const first = articles[0]
  const sourceLanguage = first?.sourceLanguage ?? 'ru'
  const header = element('header', {
    creationtool: 'Calque',
    creationtoolversion: options.toolVersion ?? '0.0.0',
    segtype: 'sentence',
    'o-tmf': 'calque',
    adminlang: 'en',
    srclang: sourceLanguage,
    datatype: 'plaintext',
    creationdate: tmxDate(options.now ?? new Date())
  })
  const units = articles.flatMap((article) =>
    article.rows.filter(isTranslationMemoryRow).map((row) => tu(article, row))
  )
  return (
    XML_DECLARATION +
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' +
    '<tmx version="1.4">\n' +
    `  ${header}\n` +
    `  <body>\n${units.join('')}  </body>\n` +
    '</tmx>\n'
  )
}

function tu(article: ReviewedArticle, row: ReviewedRow): string {
  const tuv = (language: string, text: string): string =>
    `      <tuv${attrs({ 'xml:lang': language })}><seg>${escapeText(text)}</seg></tuv>\n`
  return (
    `    <tu${attrs({ tuid: `${article.id}/${row.id}` })}>\n` +
    `      ${element('prop', { type: 'x-calque-article' }, article.id)}\n` +
    tuv(article.sourceLanguage, row.source) +
    tuv(article.targetLanguage, correctedText(row)) +
    '    </tu>\n'
  )
}
