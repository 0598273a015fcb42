/**
 * A `ReviewedArticle` from what a project holds: the segments of both sides, the rows (beads) as they
 * are now, and the review state (flags, statuses, post-edits). Pure, so the CLI, main and tests build
 * articles the same way.
 */
import type { Bead } from '../domain/alignment'
import type { ReviewedArticle, ReviewedRow } from '../domain/article'
import type { Language, Segment } from '../domain/document'
import type { Flag, SegmentStatus } from '../domain/review'
import { rowText } from '../review/row-text'

export interface ArticleParts {
  readonly id: string
  readonly name: string
  readonly sourceLanguage: Language
  readonly targetLanguage: Language
  readonly sourceFile: string
  readonly targetFile: string
  readonly sourceSegments: readonly Pick<Segment, 'text' | 'paragraph'>[]
  readonly targetSegments: readonly Pick<Segment, 'text' | 'paragraph'>[]
  readonly beads: readonly Bead[]
  readonly flags?: readonly Flag[]
  /** Rows absent here are `unreviewed`. */
  readonly statuses?: Readonly<Record<string, SegmentStatus>>
  /** Post-edits by row id; rows absent here keep the MT (`edit: null`). */
  readonly edits?: Readonly<Record<string, string>>
  /** Source paragraphs that are headings (e.g. from DOCX/HTML/Markdown structure). */
  readonly headingParagraphs?: ReadonlySet<number>
}

export function buildReviewedArticle(parts: ArticleParts): ReviewedArticle {
  const flagsByRow = new Map<string, Flag[]>()
  // Oldest first; a stable sort keeps log order for flags made in the same millisecond.
  const flags = [...(parts.flags ?? [])].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0
  )
  for (const flag of flags) {
    const list = flagsByRow.get(flag.row)
    if (list) list.push(flag)
    else flagsByRow.set(flag.row, [flag])
  }
  const paragraphOf = (
    segments: ArticleParts['sourceSegments'],
    indices: readonly number[]
  ): number | null => (indices.length === 0 ? null : (segments[indices[0]!]?.paragraph ?? null))

  const rows: ReviewedRow[] = parts.beads.map((bead, index) => {
    const sourceParagraph = paragraphOf(parts.sourceSegments, bead.source)
    return {
      id: bead.id,
      index,
      source: rowText(parts.sourceSegments, bead.source),
      target: rowText(parts.targetSegments, bead.target),
      edit: parts.edits?.[bead.id] ?? null,
      status: parts.statuses?.[bead.id] ?? 'unreviewed',
      flags: flagsByRow.get(bead.id) ?? [],
      sourceSegments: [...bead.source],
      targetSegments: [...bead.target],
      confidence: bead.confidence,
      origin: bead.origin,
      sourceParagraph,
      targetParagraph: paragraphOf(parts.targetSegments, bead.target),
      heading: sourceParagraph !== null && (parts.headingParagraphs?.has(sourceParagraph) ?? false)
    }
  })
  return {
    id: parts.id,
    name: parts.name,
    sourceLanguage: parts.sourceLanguage,
    targetLanguage: parts.targetLanguage,
    sourceFile: parts.sourceFile,
    targetFile: parts.targetFile,
    rows
  }
}
