/**
 * Which rows the grid shows: by status, flags (any, by category, by severity), post-edits, alignment
 * doubts (low confidence, a sentence without counterpart). An empty filter shows every row. Pure and
 * linear; the keyboard flow (next row, next unreviewed) walks the filtered rows.
 */
import { LOW_CONFIDENCE, type Bead } from '@shared/domain/alignment'
import type { Flag, SegmentStatus, Severity } from '@shared/domain/review'
import type { ReviewState } from '@shared/review/state'
import type { FlagsByRow } from '../../store/rows'

export interface RowFilters {
  readonly statuses: readonly SegmentStatus[]
  readonly flagged: 'any' | 'flagged' | 'unflagged'
  /** MQM categories (a dimension covers its error types). */
  readonly categories: readonly string[]
  readonly severities: readonly Severity[]
  readonly edited: 'any' | 'edited' | 'unedited'
  readonly lowConfidence: boolean
  readonly unmatched: boolean
}

export const NO_FILTERS: RowFilters = {
  statuses: [],
  flagged: 'any',
  categories: [],
  severities: [],
  edited: 'any',
  lowConfidence: false,
  unmatched: false
}

export function isFiltering(filters: RowFilters): boolean {
  return (
    filters.statuses.length > 0 ||
    filters.flagged !== 'any' ||
    filters.categories.length > 0 ||
    filters.severities.length > 0 ||
    filters.edited !== 'any' ||
    filters.lowConfidence ||
    filters.unmatched
  )
}

/** How many filters are on (for the toolbar's badge). */
export function activeFilterCount(filters: RowFilters): number {
  return (
    (filters.statuses.length > 0 ? 1 : 0) +
    (filters.flagged !== 'any' ? 1 : 0) +
    (filters.categories.length > 0 ? 1 : 0) +
    (filters.severities.length > 0 ? 1 : 0) +
    (filters.edited !== 'any' ? 1 : 0) +
    (filters.lowConfidence ? 1 : 0) +
    (filters.unmatched ? 1 : 0)
  )
}

export function filterRows(
  beads: readonly Bead[],
  state: Pick<ReviewState, 'notes'>,
  flags: FlagsByRow,
  filters: RowFilters
): Bead[] {
  if (!isFiltering(filters)) return beads as Bead[]
  const statuses = new Set(filters.statuses)
  const severities = new Set(filters.severities)
  const byCategory = (flag: Flag): boolean =>
    filters.categories.length === 0 ||
    filters.categories.some((c) => flag.category === c || flag.category.startsWith(`${c}/`))
  const bySeverity = (flag: Flag): boolean => severities.size === 0 || severities.has(flag.severity)
  const flagFilter = filters.categories.length > 0 || severities.size > 0
  return beads.filter((bead) => {
    const notes = state.notes.get(bead.id)
    if (statuses.size > 0 && !statuses.has(notes?.status ?? 'unreviewed')) return false
    const rowFlags = flags.get(bead.id) ?? []
    if (filters.flagged === 'flagged' && rowFlags.length === 0) return false
    if (filters.flagged === 'unflagged' && rowFlags.length > 0) return false
    if (flagFilter && !rowFlags.some((f) => byCategory(f) && bySeverity(f))) return false
    const edited = notes?.edit !== undefined
    if (filters.edited === 'edited' && !edited) return false
    if (filters.edited === 'unedited' && edited) return false
    const unmatched = bead.source.length === 0 || bead.target.length === 0
    if (filters.lowConfidence && filters.unmatched)
      return unmatched || bead.confidence < LOW_CONFIDENCE
    if (filters.lowConfidence && !(bead.confidence < LOW_CONFIDENCE)) return false
    if (filters.unmatched && !unmatched) return false
    return true
  })
}
