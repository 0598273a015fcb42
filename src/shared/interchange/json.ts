/**
 * Calque's own JSON (src/shared/export/json.ts) back into reviewed articles. Everything is checked
 * against a schema: a hand-edited or foreign file is refused with the line, column and field at fault,
 * never half-read. A flag must sit on its own row and inside its side's text.
 */
import { z } from 'zod'
import type { ReviewedArticle } from '../domain/article'
import { SEGMENT_STATUSES } from '../domain/review'
import { CALQUE_JSON_FORMAT, CALQUE_JSON_VERSION } from '../export/json'
import { CalqueFailure } from '../domain/errors'
import { locate } from '../import/readers/xml'
import { flagSchema } from '../review/events'
import { jsonErrorOffset, locateJsonPath } from './json-locate'
import type { InterchangeResult } from './types'

const natural = z.number().int().nonnegative()

const rowSchema = z
  .object({
    id: z.string().regex(/^b\d+$/),
    index: natural,
    source: z.string(),
    target: z.string(),
    edit: z.string().nullable(),
    status: z.enum(SEGMENT_STATUSES as [string, ...string[]]),
    flags: z.array(flagSchema),
    sourceSegments: z.array(natural),
    targetSegments: z.array(natural),
    confidence: z.number().min(0).max(1),
    origin: z.enum(['auto', 'manual']),
    sourceParagraph: natural.nullable(),
    targetParagraph: natural.nullable(),
    heading: z.boolean()
  })
  .strict()
  .superRefine((row, ctx) => {
    row.flags.forEach((flag, k) => {
      const text = flag.side === 'source' ? row.source : row.target
      if (flag.row !== row.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['flags', k, 'row'],
          message: `the flag is on row ${row.id}`
        })
      }
      if (flag.span[1] > text.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['flags', k, 'span'],
          message: `the span ends after the ${flag.side} text (${text.length} characters)`
        })
      }
    })
  })

const articleSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    sourceLanguage: z.enum(['ru', 'en']),
    targetLanguage: z.enum(['ru', 'en']),
    sourceFile: z.string(),
    targetFile: z.string(),
    rows: z.array(rowSchema)
  })
  .strict()

const documentSchema = z
  .object({
    format: z.literal(CALQUE_JSON_FORMAT),
    formatVersion: z.literal(CALQUE_JSON_VERSION),
    app: z.literal('calque'),
    appVersion: z.string(),
    exportedAt: z.string(),
    typology: z.string(),
    articles: z.array(articleSchema)
  })
  .strict()

export function readCalqueJson(text: string): InterchangeResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    throw new CalqueFailure({
      code: 'file-malformed',
      format: 'JSON',
      ...safely(() => locate(text, jsonErrorOffset(text))),
      detail: message
        .replace(/ in JSON at position \d+.*$/, '')
        .replace(/, ".*" is not valid JSON$/s, '')
    })
  }
  const head = json as { format?: unknown; formatVersion?: unknown } | null
  if (head === null || typeof head !== 'object' || head.format !== CALQUE_JSON_FORMAT) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'JSON',
      detail: `not a Calque review file (no "format": "${CALQUE_JSON_FORMAT}")`
    })
  }
  if (head.formatVersion !== CALQUE_JSON_VERSION) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'JSON',
      detail: `Calque review format version ${String(head.formatVersion)} (this Calque reads version ${CALQUE_JSON_VERSION})`
    })
  }
  const parsed = documentSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    throw new CalqueFailure({
      code: 'file-malformed',
      format: 'Calque JSON',
      ...safely(() => locateJsonPath(text, path)),
      detail: `${path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '')}: ${issue.message}`
    })
  }
  return { format: 'json', articles: parsed.data.articles as ReviewedArticle[], notices: [] }
}

/** A place in the file for the message; never a reason to fail differently (a hostile nesting depth). */
function safely(find: () => { line: number; column: number }): { line: number; column: number } {
  try {
    return find()
  } catch {
    return { line: 1, column: 1 }
  }
}
