/**
 * An article's review state as a `ReviewedArticle` (domain/article.ts): every current row with both
 * texts, the post-edit, the status and the flags — what exporters, checks and scorers read. The one
 * place that turns review state into rows, for main, the CLI and the renderer alike.
 */
import type { ReviewedArticle, ReviewedRow } from '../domain/article'
import type { Language, Paragraph } from '../domain/document'
import type { Flag } from '../domain/review'
import { rowText } from './row-text'
import { byCreation, type ReviewState } from './state'

/** Segment texts of one side, with their paragraph (alignment.json has it). */
export type SideSegments = readonly { readonly text: string; readonly paragraph?: number }[]

export interface ArticleMeta {
  readonly id: string
  readonly name: string
  readonly sourceLanguage: Language
  readonly targetLanguage: Language
  readonly sourceFile: string
  readonly targetFile: string
  /** Paragraph kinds of the source document, when the reader knew them (headings are kept in exports). */
  readonly sourceParagraphs?: readonly Pick<Paragraph, 'kind'>[]
}

export function reviewedRows(
  state: Pick<ReviewState, 'beads' | 'flags' | 'notes'>,
  base: { readonly source: SideSegments; readonly target: SideSegments },
  sourceParagraphs?: readonly Pick<Paragraph, 'kind'>[]
): ReviewedRow[] {
  const flagsByRow = new Map<string, Flag[]>()
  for (const flag of state.flags.values()) {
    const list = flagsByRow.get(flag.row)
    if (list) list.push(flag)
    else flagsByRow.set(flag.row, [flag])
  }
  return state.beads.map((bead, index) => {
    const notes = state.notes.get(bead.id)
    const sourceParagraph = firstParagraph(base.source, bead.source)
    return {
      id: bead.id,
      index,
      source: rowText(base.source, bead.source),
      target: rowText(base.target, bead.target),
      edit: notes?.edit ?? null,
      status: notes?.status ?? 'unreviewed',
      flags: (flagsByRow.get(bead.id) ?? []).sort(byCreation),
      sourceSegments: bead.source,
      targetSegments: bead.target,
      confidence: bead.confidence,
      origin: bead.origin,
      sourceParagraph,
      targetParagraph: firstParagraph(base.target, bead.target),
      heading: sourceParagraph !== null && sourceParagraphs?.[sourceParagraph]?.kind === 'heading'
    }
  })
}

/** The rows of an alignment nobody has reviewed (the CLI reads files, not projects): no edits, no flags. */
export function alignedRows(
  beads: ReviewState['beads'],
  base: { readonly source: SideSegments; readonly target: SideSegments }
): ReviewedRow[] {
  return reviewedRows({ beads, flags: new Map(), notes: new Map() }, base)
}

export function reviewedArticle(
  meta: ArticleMeta,
  state: Pick<ReviewState, 'beads' | 'flags' | 'notes'>,
  base: { readonly source: SideSegments; readonly target: SideSegments }
): ReviewedArticle {
  return {
    id: meta.id,
    name: meta.name,
    sourceLanguage: meta.sourceLanguage,
    targetLanguage: meta.targetLanguage,
    sourceFile: meta.sourceFile,
    targetFile: meta.targetFile,
    rows: reviewedRows(state, base, meta.sourceParagraphs)
  }
}

function firstParagraph(segments: SideSegments, indices: readonly number[]): number | null {
  const first = indices[0]
  return first === undefined ? null : (segments[first]?.paragraph ?? null)
}
