/**
 * A `ReviewedArticle` from loose parts (segments, rows, flags, statuses and post-edits as plain data):
 * for a pair imported by the CLI and for tests. It goes through `review/reviewed-article.ts`, the one
 * place review state becomes rows.
 */
import type { Bead } from '../domain/alignment'
import type { ReviewedArticle } from '../domain/article'
import type { Language, Paragraph, Segment } from '../domain/document'
import type { Flag, SegmentStatus } from '../domain/review'
import { reviewedArticle } from '../review/reviewed-article'
import type { RowNotes } from '../review/state'

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
  const notes = new Map<string, RowNotes>()
  for (const [row, status] of Object.entries(parts.statuses ?? {})) notes.set(row, { status })
  for (const [row, edit] of Object.entries(parts.edits ?? {}))
    notes.set(row, { ...notes.get(row), edit })
  const flags = new Map((parts.flags ?? []).map((f) => [f.id, f]))
  // Paragraph kinds as the document model keeps them, from the set of heading paragraphs.
  const paragraphs: Pick<Paragraph, 'kind'>[] = []
  for (const p of parts.headingParagraphs ?? []) paragraphs[p] = { kind: 'heading' }
  return reviewedArticle(
    { ...parts, sourceParagraphs: paragraphs },
    { beads: parts.beads, flags, notes },
    { source: parts.sourceSegments, target: parts.targetSegments }
  )
}
