/**
 * Writer of the MQM Viewer's 10-column TSV from Calque articles: `system, doc, docSegId,
 * globalSegId, rater, source, target, category, severity, metadata`, with a header line.
 *
 * - One line per counted flag (open and resolved; rejected ones only with `includeRejected`), its
 *   span marked `<v>…</v>` on the side it is on; one `No-error` line for a row without flags, so the
 *   viewer (and Calque) knows the row was rated and scores it.
 * - A Calque article is one review: every line has the same rater (`calque` unless given), so a row's
 *   flags add up instead of being averaged over their authors; each flag's author is in the metadata.
 * - doc = the article id (unique in a project), docSegId = the row's 1-based position, globalSegId =
 *   a 1-based count over all rows written.
 * - metadata: `author`, `flag_id`, `status`, `origin`, `timestamp` (ms, the flag's creation),
 *   `note` (the flag's comment), `marked_text`, `corrected_translation` (the row's post-edit), and
 *   `segment.article_name` on the first line of each row.
 */
import type { ReviewedArticle, ReviewedRow } from '../domain/article'
import type { Flag } from '../domain/review'
import { CALQUE_RATER } from '../scoring/from-articles'
import { tsvField } from './fields'
import { displaySeverity } from './severity'
import { markSpan } from './spans'

export const MQM_TSV_HEADER = [
  'system',
  'doc',
  'docSegId',
  'globalSegId',
  'rater',
  'source',
  'target',
  'category',
  'severity',
  'metadata'
] as const

export interface MqmTsvWriteOptions {
  /** The MT system's name in the `system` column (default `MT`). */
  readonly system?: string
  readonly rater?: string
  readonly includeRejected?: boolean
  /** Default true: the viewer and Calque skip it, other tools like it. */
  readonly header?: boolean
}

export function writeMqmTsv(
  articles: readonly ReviewedArticle[],
  options: MqmTsvWriteOptions = {}
): string {
  const system = options.system ?? 'MT'
  const rater = options.rater ?? CALQUE_RATER
  const lines: string[] = options.header === false ? [] : [MQM_TSV_HEADER.join('\t')]
  let globalSegId = 0
  for (const article of articles) {
    for (const row of article.rows) {
      globalSegId++
      const flags = row.flags.filter((f) => options.includeRejected || f.status !== 'rejected')
      const lead = [system, article.id, String(row.index + 1), String(globalSegId), rater]
      const segment = { article_name: article.name }
      if (flags.length === 0) {
        const metadata = { ...corrected(row), segment }
        lines.push(line([...lead, row.source, row.target, 'No-error', 'No-error', json(metadata)]))
        continue
      }
      flags.forEach((flag, k) => {
        const source = flag.side === 'source' ? markSpan(row.source, flag.span) : row.source
        const target = flag.side === 'target' ? markSpan(row.target, flag.span) : row.target
        const metadata = {
          ...flagMetadata(flag, row),
          ...corrected(row),
          ...(k === 0 ? { segment } : {})
        }
        lines.push(
          line([
            ...lead,
            source,
            target,
            flag.category,
            displaySeverity(flag.severity),
            json(metadata)
          ])
        )
      })
    }
  }
  return lines.map((l) => `${l}\n`).join('')
}

function flagMetadata(flag: Flag, row: ReviewedRow): Record<string, unknown> {
  const text = flag.side === 'source' ? row.source : row.target
  const timestamp = Date.parse(flag.createdAt)
  return {
    author: flag.author,
    flag_id: flag.id,
    status: flag.status,
    origin: flag.origin,
    ...(Number.isNaN(timestamp) ? {} : { timestamp }),
    ...(flag.comment ? { note: flag.comment } : {}),
    marked_text: text.slice(flag.span[0], flag.span[1])
  }
}

function corrected(row: ReviewedRow): Record<string, unknown> {
  return row.edit === null ? {} : { corrected_translation: row.edit }
}

const line = (fields: readonly string[]): string => fields.map(tsvField).join('\t')
/** JSON escapes TABs and line breaks, so a metadata object always stays one field. */
const json = (value: unknown): string => JSON.stringify(value)
