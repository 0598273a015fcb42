/**
 * The text of one side of a row. Flag spans are offsets into exactly this string, so every place that
 * shows, selects or exports a row's text must build it here and nowhere else.
 */
import type { Bead } from '../domain/alignment'
import type { Segment } from '../domain/document'
import type { Side } from '../domain/review'

export const ROW_SEGMENT_JOINER = ' '

/** A bead side's segments, joined by a single space (the row text flag spans index into). */
export function rowText(
  segments: readonly Pick<Segment, 'text'>[],
  indices: readonly number[]
): string {
  return indices
    .map((index) => {
      const segment = segments[index]
      // A bead that points past its document is a bug upstream; a silently shorter text would
      // shift every flag span after it, so fail loudly instead.
      if (!segment) throw new RangeError(`bead refers to missing segment ${index}`)
      return segment.text
    })
    .join(ROW_SEGMENT_JOINER)
}

/** The row text of one side of a bead (the skeleton's original signature, kept for its callers). */
export function rowSideText(
  bead: Pick<Bead, 'source' | 'target'>,
  side: Side,
  segments: readonly Pick<Segment, 'text'>[]
): string {
  return rowText(segments, side === 'source' ? bead.source : bead.target)
}

export interface RowTexts {
  readonly source: string
  readonly target: string
}

/** Both sides of a row at once. */
export function beadTexts(
  bead: Pick<Bead, 'source' | 'target'>,
  sourceSegments: readonly Pick<Segment, 'text'>[],
  targetSegments: readonly Pick<Segment, 'text'>[]
): RowTexts {
  return {
    source: rowText(sourceSegments, bead.source),
    target: rowText(targetSegments, bead.target)
  }
}

export function sideText(texts: RowTexts, side: Side): string {
  return side === 'source' ? texts.source : texts.target
}

/**
 * A selection dragged with the mouse usually grabs a neighbouring space: a flag should cover the
 * words, not the gap. Returns the span shrunk past white space at both ends (an all-blank span
 * collapses to its start), clamped into the text.
 */
export function trimSpan(text: string, span: readonly [number, number]): [number, number] {
  let start = Math.max(0, Math.min(span[0], text.length))
  let end = Math.max(start, Math.min(span[1], text.length))
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return [start, end]
}
