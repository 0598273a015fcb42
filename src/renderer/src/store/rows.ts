/**
 * What each row of an article shows besides its review state, computed once per bead: its texts and
 * alignment issues (beads are immutable, so a WeakMap keyed by the bead is a cache that can never be
 * stale), and the flags by row (each row keeps its array while its flags do not change, so a memoised
 * row re-renders only when its own flags change).
 */
import type { Bead } from '@shared/domain/alignment'
import { countWords } from '@shared/metrics/word-count'
import type { Flag } from '@shared/domain/review'
import type { ReviewBase } from '@shared/review/apply'
import { beadTexts, type RowTexts } from '@shared/review/row-text'
import { byCreation } from '@shared/review/state'
import { alignmentIssues, type AlignmentIssue } from '../components/alignment-issues'

export interface RowInfo {
  readonly texts: RowTexts
  readonly issues: readonly AlignmentIssue[]
  /** Words of the Russian (what reviewed progress is measured in, as LQA counts source words). */
  readonly sourceWords: number
}

const infoCache = new WeakMap<Bead, RowInfo>()

export function rowInfo(bead: Bead, base: ReviewBase): RowInfo {
  let info = infoCache.get(bead)
  if (!info) {
    const texts = beadTexts(bead, base.source, base.target)
    info = { texts, issues: alignmentIssues(bead), sourceWords: countWords(texts.source) }
    infoCache.set(bead, info)
  }
  return info
}

/** Words counted as every score and report counts them (the status bar agrees with the dashboard). */
export { countWords }

export type FlagsByRow = ReadonlyMap<string, readonly Flag[]>
export const NO_FLAGS: readonly Flag[] = []

const groupCache = new WeakMap<ReadonlyMap<string, Flag>, FlagsByRow>()

/** Flags grouped by row, oldest first, reusing the previous grouping's arrays for unchanged rows. */
export function flagsByRow(flags: ReadonlyMap<string, Flag>, previous?: FlagsByRow): FlagsByRow {
  const cached = groupCache.get(flags)
  if (cached) return cached
  const fresh = new Map<string, Flag[]>()
  for (const flag of flags.values()) {
    const list = fresh.get(flag.row)
    if (list) list.push(flag)
    else fresh.set(flag.row, [flag])
  }
  const result = new Map<string, readonly Flag[]>()
  for (const [row, list] of fresh) {
    list.sort(byCreation)
    const old = previous?.get(row)
    result.set(
      row,
      old && old.length === list.length && old.every((f, i) => f === list[i]) ? old : list
    )
  }
  groupCache.set(flags, result)
  return result
}

const lastGrouping = new WeakMap<object, FlagsByRow>()

/**
 * Flags by row for one article (`owner`: anything that lives as long as the article, e.g. its replay
 * base), reusing the arrays of the article's previous grouping for rows whose flags did not change.
 */
export function flagsByRowOf(owner: object, flags: ReadonlyMap<string, Flag>): FlagsByRow {
  const grouped = flagsByRow(flags, lastGrouping.get(owner))
  lastGrouping.set(owner, grouped)
  return grouped
}
