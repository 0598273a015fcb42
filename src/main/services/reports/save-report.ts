/**
 * Saving a QA report the dashboard built: HTML, CSV and JSON arrive as text; XLSX arrives as the
 * report's JSON and is laid out here (exceljs needs Node). Written atomically.
 */
import { CalqueFailure } from '@shared/domain/errors'
import type { ScoreReport } from '@shared/scoring/report'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { scoreReportXlsx } from '../scoring/xlsx-report'

export async function reportBytes(
  format: 'html' | 'csv' | 'json' | 'xlsx',
  content: string,
  language: SupportedLanguage
): Promise<string | Uint8Array> {
  if (format !== 'xlsx') return content
  let report: ScoreReport
  try {
    report = JSON.parse(content) as ScoreReport
  } catch {
    throw new CalqueFailure({ code: 'invalid-request', detail: 'the report is not JSON' })
  }
  if (typeof report !== 'object' || report === null || !Array.isArray((report as { docs?: unknown }).docs) || (report as { formatVersion?: unknown }).formatVersion !== 1) {
    throw new CalqueFailure({ code: 'invalid-request', detail: 'not a score report' })
  }
  return scoreReportXlsx(report, { language })
}
