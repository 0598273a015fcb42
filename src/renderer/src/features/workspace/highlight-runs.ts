/**
 * Splits a row's text into runs for highlighting flagged spans. Flags may overlap; a run covered by
 * several takes the colour of the most severe one and keeps all their ids (for the tooltip).
 */
import { SEVERITIES, type Flag, type Severity } from '@shared/domain/review'

export interface HighlightRun {
  readonly start: number
  readonly end: number
  /** The most severe flag covering the run, `null` for plain text. */
  readonly severity: Severity | null
  readonly flagIds: readonly string[]
}

type SpanFlag = Pick<Flag, 'id' | 'span' | 'severity'>

export function highlightRuns(length: number, flags: readonly SpanFlag[]): HighlightRun[] {
  // Spans are clamped so a stale flag can never cut the text short; empty spans draw nothing.
  const spans = flags
    .map((flag) => {
      const start = Math.max(0, Math.min(flag.span[0], length))
      const end = Math.max(start, Math.min(flag.span[1], length))
      return { flag, start, end }
    })
    .filter((s) => s.end > s.start)
  const cuts = new Set<number>([0, length])
  for (const s of spans) cuts.add(s.start).add(s.end)
  const points = [...cuts].sort((a, b) => a - b)

  const runs: HighlightRun[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const covering = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.flag)
    runs.push({ start, end, severity: mostSevere(covering), flagIds: covering.map((f) => f.id) })
  }
  return runs
}

/** The most severe of the flags, `null` for none. */
export function mostSevere(flags: readonly Pick<Flag, 'severity'>[]): Severity | null {
  let best: Severity | null = null
  for (const flag of flags) {
    if (best === null || SEVERITIES.indexOf(flag.severity) > SEVERITIES.indexOf(best))
      best = flag.severity
  }
  return best
}
