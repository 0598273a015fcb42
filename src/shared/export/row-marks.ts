/**
 * A row's flags as ITS marks in one inline container (the source, or the MT), shared by both XLIFF
 * writers. Each mark gets an id; a mark with one issue carries it as local `its:` attributes, a mark
 * with several points (`its:locQualityIssuesRef`) to a stand-off `<its:locQualityIssues>` group.
 * `placements` tells the writer, for every flag, which mark (and which issue of its group) holds it,
 * so Calque's own metadata can name them.
 */
import type { ReviewedRow } from '../domain/article'
import type { Flag } from '../domain/review'
import type { Typology } from '../typology/profile'
import { itsIssueOf, type ItsIssue } from './its'
import {
  groupBySpan,
  layoutWithMarkers,
  layoutWithSplits,
  renderMarked,
  snapSpan,
  type MarkPiece,
  type SpanGroup
} from './mark-layout'
import { escapeText } from './xml'

export interface StandOffGroup {
  readonly id: string
  readonly issues: readonly ItsIssue[]
}

export interface FlagPlacement {
  /** Ids of the marks that hold the flag (several only for a cut-up XLIFF 1.2 mark). */
  readonly marks: string[]
  /** Position of the flag in its mark's stand-off group; absent for a mark with local attributes. */
  readonly issue?: number
}

/** What a writer puts on one mark: its id, and the ITS attributes or the stand-off reference. */
export interface MarkSpec {
  readonly id: string
  readonly flags: readonly Flag[]
  /** The one issue, when the mark carries exactly one. */
  readonly issue?: ItsIssue
  /** The stand-off group id, when it carries several. */
  readonly standOff?: string
}

export interface MarkContext {
  readonly typology: Typology
  /** Makes the next mark id (unique in the unit). */
  readonly nextMarkId: () => string
  /** Makes the next stand-off group id (unique in the document: `xml:id`). */
  readonly nextStandOffId: () => string
  readonly standOff: StandOffGroup[]
  readonly placements: Map<Flag, FlagPlacement>
}

export interface MarkWriter {
  readonly layout: 'markers' | 'splits'
  readonly open: (mark: MarkSpec, nested: boolean) => string
  readonly close: (mark: MarkSpec, nested: boolean) => string
}

/** The container's text with its flags' marks, escaped. */
export function markedText(
  text: string,
  flags: readonly Flag[],
  context: MarkContext,
  writer: MarkWriter
): string {
  if (flags.length === 0) return escapeText(text)
  const groups = groupBySpan(flags, (flag) => snapSpan(text, flag.span))
  // One spec per group: the pieces of a cut-up group each get their own id but share the issue data.
  const specOfGroup = new Map<SpanGroup<Flag>, Omit<MarkSpec, 'id'>>()
  for (const group of groups) {
    const issues = group.items.map((flag) => itsIssueOf(flag, context.typology))
    if (issues.length === 1) {
      specOfGroup.set(group, { flags: group.items, issue: issues[0]! })
    } else {
      const id = context.nextStandOffId()
      context.standOff.push({ id, issues })
      specOfGroup.set(group, { flags: group.items, standOff: id })
    }
  }
  const pieces = writer.layout === 'markers' ? layoutWithMarkers(groups) : layoutWithSplits(groups)
  const specs: MarkSpec[] = pieces.map((piece) => {
    const spec: MarkSpec = { id: context.nextMarkId(), ...specOfGroup.get(piece.group)! }
    piece.group.items.forEach((flag, k) => {
      const placement = context.placements.get(flag)
      if (placement) placement.marks.push(spec.id)
      else
        context.placements.set(flag, {
          marks: [spec.id],
          ...(spec.standOff === undefined ? {} : { issue: k })
        })
    })
    return spec
  })
  return renderMarked(text, pieces, {
    open: (piece: MarkPiece<Flag>, index) => writer.open(specs[index]!, piece.nested),
    close: (piece: MarkPiece<Flag>, index) => writer.close(specs[index]!, piece.nested)
  })
}

/** The row's flags on one side, in the row's order. */
export function sideFlags(row: ReviewedRow, side: Flag['side']): Flag[] {
  return row.flags.filter((flag) => flag.side === side)
}
