/**
 * The text of one side of a row: its segments joined by a single space. Flag spans are offsets into
 * exactly this string, so every host (renderer, main, exports) must build it here.
 */
import type { Bead } from '../domain/alignment'
import type { Segment } from '../domain/document'
import type { Side } from '../domain/review'

export const ROW_SEGMENT_JOINER = ' '

export function rowSideText(
  bead: Pick<Bead, 'source' | 'target'>,
  side: Side,
  segments: readonly Pick<Segment, 'text'>[]
): string {
  const ids = side === 'source' ? bead.source : bead.target
  return ids.map((i) => segments[i]?.text ?? '').join(ROW_SEGMENT_JOINER)
}
