/**
 * Calque's own interchange format: the whole review, lossless, versioned. Read back by
 * `src/shared/interchange/json.ts` (a zod schema, so a hand-edited or foreign file is refused with the
 * field at fault). Documented in docs/architecture.md, "Exports and interchange".
 *
 *   { "format": "calque-review", "formatVersion": 1, "app": "calque", "appVersion": "0.1.0",
 *     "exportedAt": "2026-11-30T12:00:00.000Z", "typology": "mqm-core",
 *     "articles": [ ReviewedArticle, … ] }
 *
 * Each article and row is exactly the `ReviewedArticle` / `ReviewedRow` of src/shared/domain/article.ts
 * (flags as in the review log). A later version adds a migration in the reader, never a silent change.
 */
import type { ReviewedArticle } from '../domain/article'
import { MQM_CORE, type Typology } from '../typology/profile'

export const CALQUE_JSON_FORMAT = 'calque-review'
export const CALQUE_JSON_VERSION = 1

export interface CalqueJsonOptions {
  readonly toolVersion?: string
  readonly now?: Date
  readonly typology?: Typology
}

export function writeCalqueJson(
  articles: readonly ReviewedArticle[],
  options: CalqueJsonOptions = {}
): string {
  const document = {
    format: CALQUE_JSON_FORMAT,
    formatVersion: CALQUE_JSON_VERSION,
    app: 'calque',
    appVersion: options.toolVersion ?? '0.0.0',
    exportedAt: (options.now ?? new Date()).toISOString(),
    typology: (options.typology ?? MQM_CORE).id,
    articles
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
