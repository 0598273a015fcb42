/** What each row of the workspace shows besides its review state: rebuilt when the rows change. */
import type { Bead } from '@shared/domain/alignment'
import type { Side } from '@shared/domain/review'
import type { ProjectView } from '@shared/ipc/contract'
import { beadTexts, type RowTexts } from '@shared/review/row-text'
import { alignmentIssues, type AlignmentIssue } from '../../components/alignment-issues'

export interface RowModel {
  /** Position in the list (0-based). */
  readonly index: number
  readonly bead: Bead
  readonly texts: RowTexts
  readonly issues: readonly AlignmentIssue[]
}

/** One model per bead, in order. */
export function buildRowModels(
  beads: readonly Bead[],
  project: Pick<ProjectView, 'source' | 'target'>
): RowModel[] {
  return beads.map((bead, index) => ({
    index,
    bead,
    texts: beadTexts(bead, project.source.segments, project.target.segments),
    issues: alignmentIssues(bead)
  }))
}

/** What a flag covers when nothing is selected: the whole MT sentence, or the source if the MT has none. */
export interface FlagTarget {
  readonly row: RowModel
  readonly side: Side
  readonly span: readonly [number, number]
  /** The span came from the reviewer's text selection. */
  readonly fromSelection: boolean
}

export function wholeRowTarget(row: RowModel): FlagTarget {
  // An omission (a 1-0 row) can only be pointed at in the source, as MQM annotators do.
  const side: Side = row.texts.target.length > 0 ? 'target' : 'source'
  const text = side === 'target' ? row.texts.target : row.texts.source
  return { row, side, span: [0, text.length], fromSelection: false }
}
