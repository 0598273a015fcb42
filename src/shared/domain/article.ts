/**
 * A reviewed article as the exporters, the QA checks and the scorers read it: every row with both
 * texts, the post-edit, the status and the flags. Built from the review state by
 * `review/reviewed-article.ts`; nothing here knows about logs or files.
 */
import type { BeadOrigin } from './alignment'
import type { Language } from './document'
import type { Flag, SegmentStatus } from './review'

export interface ReviewedRow {
  /** The bead id (`b12`): stable across alignment fixes of other rows. */
  readonly id: string
  /** 0-based position in the article. */
  readonly index: number
  /** The row's source segments joined by one space (flag spans on the source index this). */
  readonly source: string
  /** The MT as imported, segments joined by one space (flag spans on the target index this). */
  readonly target: string
  /** The post-edited English; `null` when the reviewer did not change the MT. */
  readonly edit: string | null
  readonly status: SegmentStatus
  /** Flags on this row, oldest first. */
  readonly flags: readonly Flag[]
  readonly sourceSegments: readonly number[]
  readonly targetSegments: readonly number[]
  readonly confidence: number
  readonly origin: BeadOrigin
  /** Paragraph of the row's first segment on each side (`null` for a side without segments). */
  readonly sourceParagraph: number | null
  readonly targetParagraph: number | null
  /** The row's first segment opens a heading paragraph (from DOCX/HTML/Markdown structure). */
  readonly heading: boolean
}

export interface ReviewedArticle {
  readonly id: string
  readonly name: string
  readonly sourceLanguage: Language
  readonly targetLanguage: Language
  /** The user's file names (for exports' `original` attributes and reports). */
  readonly sourceFile: string
  readonly targetFile: string
  readonly rows: readonly ReviewedRow[]
}

/** The English a reader should get for a row: the post-edit where there is one, else the MT. */
export function correctedText(row: Pick<ReviewedRow, 'edit' | 'target'>): string {
  return row.edit ?? row.target
}
