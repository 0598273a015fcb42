/** Review state: flags (MQM issues on exact spans) and per-row statuses. */

export type Severity = 'neutral' | 'minor' | 'major' | 'critical'
export const SEVERITIES: readonly Severity[] = ['neutral', 'minor', 'major', 'critical']

export type SegmentStatus = 'unreviewed' | 'reviewed' | 'needs-work'
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['unreviewed', 'reviewed', 'needs-work']

export type FlagStatus = 'open' | 'resolved' | 'rejected'
export type Side = 'source' | 'target'

export interface Flag {
  readonly id: string
  /** Bead id of the row. */
  readonly row: string
  readonly side: Side
  /** `[start, end)` in the row's text on that side (segments joined by one space), as the MT wrote it. */
  readonly span: readonly [number, number]
  /** Typology path, e.g. `accuracy/mistranslation`. */
  readonly category: string
  readonly severity: Severity
  readonly comment: string
  readonly status: FlagStatus
  /** `reviewer`, or `check:<id>` for an accepted automatic suggestion. */
  readonly origin: string
  readonly author: string
  readonly createdAt: string
  readonly updatedAt: string
}
