/**
 * Names shared by the bilingual writers (src/shared/export) and their readers (src/shared/interchange):
 * namespaces, how a row's review status maps onto each format's segment state, and the names of the
 * Calque metadata fields. Change one side and the other follows.
 */
import type { SegmentStatus } from '../domain/review'

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2'
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0'
export const MTC_NS = 'urn:oasis:names:tc:xliff:matches:2.0'
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0'
/** Calque's own extension namespace in XLIFF 1.2 (row and flag data that neither XLIFF nor ITS has). */
export const CALQUE_NS = 'urn:calque:review:1'

/** `origin` of the match that keeps the original MT beside a post-edit. */
export const MT_MATCH_ORIGIN = 'calque:mt'

/**
 * XLIFF 2.x `state` (+ `subState`): initial | translated | reviewed | final. A row is never `initial`
 * (it has an MT); "needs work" has no core state, so it is `translated` with Calque's sub-state.
 */
export const XLIFF2_STATE: Record<SegmentStatus, { state: string; subState?: string }> = {
  unreviewed: { state: 'translated' },
  'needs-work': { state: 'translated', subState: 'calque:needs-work' },
  reviewed: { state: 'reviewed' },
  confirmed: { state: 'final' }
}

export function statusFromXliff2(
  state: string | undefined,
  subState: string | undefined
): SegmentStatus {
  if (subState === XLIFF2_STATE['needs-work'].subState) return 'needs-work'
  if (state === 'final') return 'confirmed'
  if (state === 'reviewed') return 'reviewed'
  return 'unreviewed'
}

/**
 * XLIFF 1.2 `state`: unreviewed MT needs review; needs work needs (re)translation; reviewed is signed
 * off; confirmed is final and `approved="yes"` (translate-toolkit treats anything not approved as fuzzy).
 */
export const XLIFF12_STATE: Record<SegmentStatus, string> = {
  unreviewed: 'needs-review-translation',
  'needs-work': 'needs-translation',
  reviewed: 'signed-off',
  confirmed: 'final'
}

/** Other tools' 1.2 states, read as closely as Calque's four statuses allow. */
export function statusFromXliff12(state: string | undefined, approved: boolean): SegmentStatus {
  switch (state) {
    case 'final':
      return 'confirmed'
    case 'signed-off':
      return 'reviewed'
    case 'needs-translation':
    case 'needs-l10n':
    case 'needs-adaptation':
      return 'needs-work'
    case undefined:
      return approved ? 'confirmed' : 'unreviewed'
    default:
      return 'unreviewed'
  }
}

/** Metadata group categories (XLIFF 2.1 `mda:metaGroup/@category`). */
export const META = {
  article: 'calque:article',
  row: 'calque:row',
  flag: 'calque:flag',
  thread: 'calque:thread',
  comment: 'calque:comment'
} as const
