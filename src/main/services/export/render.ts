/**
 * One export, whatever the format: the pure writers of src/shared/export, plus XLSX (Node-only).
 */
import type { ReviewedArticle } from '@shared/domain/article'
import { exportArticles, type ExportFormat, type ExportOptions } from '@shared/export'
import { writeXlsx } from './xlsx'

export function renderExport(
  articles: readonly ReviewedArticle[],
  format: ExportFormat,
  options: ExportOptions = {}
): Promise<string | Uint8Array> {
  if (format === 'xlsx') {
    return writeXlsx(articles, {
      ...(options.language ? { language: options.language } : {}),
      ...(options.typology ? { typology: options.typology } : {})
    })
  }
  return exportArticles(articles, format, options)
}
