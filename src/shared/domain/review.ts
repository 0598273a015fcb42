/** Review state: flags (MQM issues on exact spans), per-row statuses and post-edits. */

export type Severity = 'neutral' | 'minor' | 'major' | 'critical'
export const SEVERITIES: readonly Severity[] = ['neutral', 'minor', 'major', 'critical']

/**
 * A row's place in the review flow: not looked at yet; read and accepted by the reviewer; needs more
 * work; confirmed (final, e.g. by an editor or after post-editing). Only `confirmed` rows go into a
 * translation memory export.
 */
export type SegmentStatus = 'unreviewed' | 'reviewed' | 'needs-work' | 'confirmed'
export const SEGMENT_STATUSES: readonly SegmentStatus[] = [
  'unreviewed',
  'reviewed',
  'needs-work',
  'confirmed'
]

export type FlagStatus = 'open' | 'resolved' | 'rejected'
export const FLAG_STATUSES: readonly FlagStatus[] = ['open', 'resolved', 'rejected']
export type Side = 'source' | 'target'

/** One message in a flag's discussion (after the flag's own comment). */
export interface FlagComment {
  readonly id: string
  readonly author: string
  readonly at: string
  readonly text: string
}

/** Why and by whom a flag was resolved or rejected (absent while it is open). */
export interface FlagResolution {
  readonly note: string
  readonly by: string
  readonly at: string
}

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
  readonly resolution?: FlagResolution
  readonly thread?: readonly FlagComment[]
}
