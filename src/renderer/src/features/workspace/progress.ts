/** Review progress of an article: rows and source words reviewed (reviewed or confirmed), flags. */
import type { Flag, Severity } from '@shared/domain/review'
import type { ReviewBase } from '@shared/review/apply'
import type { ReviewState } from '@shared/review/state'
import { rowInfo } from '../../store/rows'

export interface Progress {
  readonly rows: number
  readonly reviewedRows: number
  readonly words: number
  readonly reviewedWords: number
  readonly flags: number
  readonly openBySeverity: Readonly<Record<Severity, number>>
}

export function progressOf(state: ReviewState, base: ReviewBase): Progress {
  let reviewedRows = 0
  let words = 0
  let reviewedWords = 0
  for (const bead of state.beads) {
    const w = rowInfo(bead, base).sourceWords
    words += w
    const status = state.notes.get(bead.id)?.status
    if (status === 'reviewed' || status === 'confirmed') {
      reviewedRows++
      reviewedWords += w
    }
  }
  const openBySeverity = { neutral: 0, minor: 0, major: 0, critical: 0 }
  for (const flag of state.flags.values() as Iterable<Flag>)
    if (flag.status === 'open') openBySeverity[flag.severity]++
  return {
    rows: state.beads.length,
    reviewedRows,
    words,
    reviewedWords,
    flags: state.flags.size,
    openBySeverity
  }
}
