/**
 * A replayed review state as the rows of a `ReviewedArticle`, for the scorers (project loading and
 * the score trend). Post-edits are not in the review log yet, so `edit` is null on every row.
 */
import type { ReviewedRow } from '../domain/article'
import type { Flag } from '../domain/review'
import { rowText } from '../review/row-text'
import type { ReviewState } from '../review/replay'

/** Segment texts of one side; the paragraph when the caller has it (alignment.json does). */
export type SideSegments = readonly { readonly text: string; readonly paragraph?: number }[]

export function reviewedRowsFromState(
  state: Pick<ReviewState, 'beads' | 'flags' | 'statuses'>,
  base: { readonly source: SideSegments; readonly target: SideSegments }
): ReviewedRow[] {
  const flagsByRow = new Map<string, Flag[]>()
  for (const flag of state.flags) {
    const list = flagsByRow.get(flag.row)
    if (list) list.push(flag)
    else flagsByRow.set(flag.row, [flag])
  }
  return state.beads.map((bead, index) => ({
    id: bead.id,
    index,
    source: rowText(base.source, bead.source),
    target: rowText(base.target, bead.target),
    edit: null,
    status: state.statuses[bead.id] ?? 'unreviewed',
    flags: flagsByRow.get(bead.id) ?? [],
    sourceSegments: bead.source,
    targetSegments: bead.target,
    confidence: bead.confidence,
    origin: bead.origin,
    sourceParagraph: firstParagraph(base.source, bead.source),
    targetParagraph: firstParagraph(base.target, bead.target),
    heading: false
  }))
}

function firstParagraph(segments: SideSegments, indices: readonly number[]): number | null {
  const first = indices[0]
  return first === undefined ? null : (segments[first]?.paragraph ?? null)
}
