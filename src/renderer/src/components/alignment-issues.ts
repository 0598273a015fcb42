/**
 * Why a row deserves a second look before its translation is judged: the aligner was unsure, or one
 * side has no sentence at all (an omission in the MT, or an addition not in the source).
 */
import { LOW_CONFIDENCE, type Bead } from '@shared/domain/alignment'

export type AlignmentIssue = 'low-confidence' | 'missing-target' | 'missing-source'

export function alignmentIssues(
  bead: Pick<Bead, 'source' | 'target' | 'confidence'>
): AlignmentIssue[] {
  const issues: AlignmentIssue[] = []
  if (bead.target.length === 0) issues.push('missing-target')
  if (bead.source.length === 0) issues.push('missing-source')
  // An empty side already says more than a low score would; do not stack both.
  if (issues.length === 0 && bead.confidence < LOW_CONFIDENCE) issues.push('low-confidence')
  return issues
}
