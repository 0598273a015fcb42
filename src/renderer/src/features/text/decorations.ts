/**
 * A row's text cut into runs for display: each run knows which flags cover it (flags may overlap; the
 * most severe sets the colour), whether a find hit or a suggestion covers it, and whether it is inside
 * the keyboard selection. Pure: the components only map runs to elements.
 */
import { SEVERITIES, type Flag, type Severity } from '@shared/domain/review'

export interface Decoration {
  readonly start: number
  readonly end: number
}

export interface DecorationInput {
  readonly flags: readonly Pick<Flag, 'id' | 'span' | 'severity' | 'status'>[]
  readonly hits?: readonly (Decoration & { readonly current: boolean })[]
  readonly suggestions?: readonly (Decoration & {
    readonly id: string
    readonly focused: boolean
  })[]
  readonly selection?: Decoration | null
}

export interface TextRun {
  readonly start: number
  readonly end: number
  /** The most severe open flag covering the run (resolved/rejected flags draw faintly), `null` for none. */
  readonly severity: Severity | null
  readonly flagIds: readonly string[]
  readonly settled: boolean
  readonly hit: 'current' | 'other' | null
  readonly suggestionIds: readonly string[]
  readonly suggestionFocused: boolean
  readonly selected: boolean
}

export function decorate(length: number, input: DecorationInput): TextRun[] {
  const clamp = (d: Decoration): Decoration | null => {
    const start = Math.max(0, Math.min(d.start, length))
    const end = Math.max(start, Math.min(d.end, length))
    return end > start ? { start, end } : null
  }
  const flags = input.flags.flatMap((f) => {
    const span = clamp({ start: f.span[0], end: f.span[1] })
    return span ? [{ ...span, flag: f }] : []
  })
  const hits = (input.hits ?? []).flatMap((h) =>
    clamp(h) ? [{ ...clamp(h)!, current: h.current }] : []
  )
  const suggestions = (input.suggestions ?? []).flatMap((s) =>
    clamp(s) ? [{ ...clamp(s)!, id: s.id, focused: s.focused }] : []
  )
  const selection = input.selection ? clamp(input.selection) : null

  const cuts = new Set<number>([0, length])
  for (const d of [...flags, ...hits, ...suggestions, ...(selection ? [selection] : [])])
    cuts.add(d.start).add(d.end)
  const points = [...cuts].sort((a, b) => a - b)
  const runs: TextRun[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const inside = <T extends Decoration>(d: T): boolean => d.start <= start && d.end >= end
    const covering = flags.filter(inside).map((f) => f.flag)
    const open = covering.filter((f) => f.status === 'open')
    const hit = hits.filter(inside)
    const sugg = suggestions.filter(inside)
    runs.push({
      start,
      end,
      severity: mostSevere(open.length > 0 ? open : covering),
      flagIds: covering.map((f) => f.id),
      settled: covering.length > 0 && open.length === 0,
      hit: hit.length === 0 ? null : hit.some((h) => h.current) ? 'current' : 'other',
      suggestionIds: sugg.map((s) => s.id),
      suggestionFocused: sugg.some((s) => s.focused),
      selected: !!selection && inside(selection)
    })
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
