/**
 * What the bilingual readers share once they have read a unit: rows waiting for their ids, and the
 * article they belong to. Calque's own files name everything (row ids, segments, paragraphs, article);
 * another tool's file gets defaults a reviewer can work with: rows `b0, b1, …` in file order, one
 * segment per non-empty side, a paragraph per unit (XLIFF units are usually paragraphs), confidence 1.
 */
import type { BeadOrigin } from '../domain/alignment'
import type { ReviewedArticle, ReviewedRow } from '../domain/article'
import type { Language } from '../domain/document'
import type { SegmentStatus } from '../domain/review'
import { CalqueFailure } from '../domain/errors'
import { languageOf } from '../import/readers/tmx'
import { slugify } from '../project/format'
import { buildFlags, type FlagContext, type FlagData, type RawIssue } from './flags'

/** Row fields as the file states them (unchecked strings), keyed by the writers' names. */
export type RowMeta = Partial<
  Record<
    | 'sourceSegments'
    | 'targetSegments'
    | 'confidence'
    | 'origin'
    | 'sourceParagraph'
    | 'targetParagraph'
    | 'heading',
    string
  >
>
export type ArticleMeta = Partial<
  Record<'id' | 'name' | 'sourceLanguage' | 'targetLanguage' | 'sourceFile' | 'targetFile', string>
>

export interface PendingRow {
  /** The unit's id, used as the row id when it looks like one (`b12`). */
  readonly proposedId?: string
  readonly source: string
  readonly target: string
  readonly edit: string | null
  readonly status: SegmentStatus
  readonly raws: readonly RawIssue[]
  readonly flagData: ReadonlyMap<string, FlagData>
  /** `null`: another tool's unit (defaults apply). */
  readonly meta: RowMeta | null
  /** The unit's position in its file: the default paragraph. */
  readonly unit: number
}

export interface PendingArticle {
  readonly meta: ArticleMeta
  /** The file's own name for its document (`original`). */
  readonly original?: string
  /** Languages the XLIFF root or file declares. */
  readonly sourceLanguage?: string
  readonly targetLanguage?: string
  readonly rows: PendingRow[]
}

const ROW_ID = /^b\d+$/

export function finishArticle(
  pending: PendingArticle,
  position: number,
  context: Omit<FlagContext, 'usedIds'>,
  format: string
): ReviewedArticle {
  // Row ids: the file's own where they are valid and unique, fresh ones above them for the rest.
  const taken = new Set<string>()
  for (const row of pending.rows) {
    if (row.proposedId !== undefined && ROW_ID.test(row.proposedId) && !taken.has(row.proposedId))
      taken.add(row.proposedId)
  }
  let next = Math.max(-1, ...[...taken].map((id) => Number(id.slice(1)))) + 1
  const assigned = new Set<string>()
  const ids = pending.rows.map((row) => {
    const own = row.proposedId
    if (own !== undefined && taken.has(own) && !assigned.has(own)) {
      assigned.add(own)
      return own
    }
    return `b${next++}`
  })

  const usedIds = new Set<string>()
  let sourceSegment = 0
  let targetSegment = 0
  const rows: ReviewedRow[] = pending.rows.map((row, index) => {
    const id = ids[index]!
    const meta = row.meta ?? {}
    const defaultSource = row.source === '' ? [] : [sourceSegment]
    const defaultTarget = row.target === '' ? [] : [targetSegment]
    const sourceSegments = segmentList(meta.sourceSegments) ?? defaultSource
    const targetSegments = segmentList(meta.targetSegments) ?? defaultTarget
    sourceSegment = Math.max(sourceSegment, ...sourceSegments.map((s) => s + 1))
    targetSegment = Math.max(targetSegment, ...targetSegments.map((s) => s + 1))
    const paragraph = (value: string | undefined, has: boolean): number | null => {
      if (row.meta === null) return has ? row.unit : null
      return value === undefined ? null : (natural(value) ?? null)
    }
    const confidence = Number(meta.confidence)
    return {
      id,
      index,
      source: row.source,
      target: row.target,
      edit: row.edit,
      status: row.status,
      flags: buildFlags(id, row.raws, row.flagData, { ...context, usedIds }),
      sourceSegments,
      targetSegments,
      confidence:
        meta.confidence !== undefined && confidence >= 0 && confidence <= 1 ? confidence : 1,
      origin: (meta.origin === 'manual' ? 'manual' : 'auto') as BeadOrigin,
      sourceParagraph: paragraph(meta.sourceParagraph, row.source !== ''),
      targetParagraph: paragraph(meta.targetParagraph, row.target !== ''),
      heading: meta.heading === 'yes'
    }
  })

  const { meta } = pending
  const language = (
    declared: string | undefined,
    stated: string | undefined,
    fallback: Language
  ): Language => {
    const found = languageOf(stated ?? declared ?? fallback)
    if (found) return found
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format,
      detail: `language "${stated ?? declared}" (Calque reviews Russian into English)`
    })
  }
  const name = meta.name ?? pending.original ?? `article ${position + 1}`
  return {
    id: meta.id ?? `${slugify(name)}-${position + 1}`,
    name,
    sourceLanguage: language(pending.sourceLanguage, meta.sourceLanguage, 'ru'),
    targetLanguage: language(pending.targetLanguage, meta.targetLanguage, 'en'),
    sourceFile: meta.sourceFile ?? pending.original ?? '',
    targetFile: meta.targetFile ?? pending.original ?? '',
    rows
  }
}

function natural(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined
}

/** `"3 4"` -> [3, 4]; `""` -> []; anything else -> undefined (use the default). */
function segmentList(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined
  if (value.trim() === '') return []
  const parts = value.trim().split(/\s+/).map(natural)
  return parts.every((p) => p !== undefined) ? (parts as number[]) : undefined
}
