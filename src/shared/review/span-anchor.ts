/**
 * A flag's span is an offset range in its row's text (the row's segments joined by one space, see
 * row-text.ts). When an alignment fix regroups segments into other rows, the span is carried by the
 * segments themselves: each end becomes (segment, offset in that segment), and is placed back into
 * whichever row now holds that segment.
 */
import type { Segment } from '../domain/document'
import { ROW_SEGMENT_JOINER } from './row-text'

export type SegmentTexts = readonly Pick<Segment, 'text'>[]

/** The segment texts of both sides: enough to measure any row's text. */
export interface ReviewSides {
  readonly source: SegmentTexts
  readonly target: SegmentTexts
}

export interface SegmentPoint {
  /** Segment index in its document. */
  readonly segment: number
  /** Characters from the segment's start; may be one past its end (the joiner after it). */
  readonly offset: number
}

export interface SpanAnchor {
  readonly start: SegmentPoint
  readonly end: SegmentPoint
}

const JOINER = ROW_SEGMENT_JOINER.length

/** Length of a row side's text without building it. */
export function rowTextLength(indices: readonly number[], segments: SegmentTexts): number {
  let length = indices.length > 0 ? (indices.length - 1) * JOINER : 0
  for (const index of indices) length += segments[index]?.text.length ?? 0
  return length
}

/**
 * The span `[start, end)` of the row text of `indices` as segment points, or `null` for a row side
 * without segments. A start on a joiner stays with the segment before it; an end stays with the
 * segment of its last character (a joiner belongs to the segment before it), so a span never reaches
 * into a segment it does not cover.
 */
export function anchorSpan(
  indices: readonly number[],
  segments: SegmentTexts,
  span: readonly [number, number]
): SpanAnchor | null {
  if (indices.length === 0) return null
  const [start, end] = span
  let startPoint: SegmentPoint | null = null
  let endPoint: SegmentPoint | null = null
  let rowOffset = 0
  for (let i = 0; i < indices.length; i++) {
    const segment = indices[i]!
    const length = segments[segment]?.text.length ?? 0
    const last = i === indices.length - 1
    if (!startPoint && (start <= rowOffset + length || last)) {
      startPoint = { segment, offset: Math.min(start - rowOffset, length) }
    }
    if (startPoint && end > start && (end <= rowOffset + length + JOINER || last)) {
      endPoint = { segment, offset: Math.min(end - rowOffset, length + JOINER) }
      break
    }
    rowOffset += length + JOINER
  }
  if (!startPoint) return null
  return { start: startPoint, end: endPoint ?? startPoint }
}

/**
 * Places an anchor into the row side `indices`, which must hold its start segment. An end whose
 * segment went to another row is clamped to the end of this row's text: the flag stays with the row
 * that holds its first character.
 */
export function placeAnchor(
  anchor: SpanAnchor,
  indices: readonly number[],
  segments: SegmentTexts
): [number, number] {
  const textLength = rowTextLength(indices, segments)
  let start = -1
  let end = textLength
  let rowOffset = 0
  for (const segment of indices) {
    if (segment === anchor.start.segment) start = rowOffset + anchor.start.offset
    if (segment === anchor.end.segment) end = rowOffset + anchor.end.offset
    rowOffset += (segments[segment]?.text.length ?? 0) + JOINER
  }
  const from = Math.max(0, Math.min(start, textLength))
  return [from, Math.max(from, Math.min(end, textLength))]
}
