/**
 * The automatic checks' findings as the workspace shows them: what is left once the reviewer's
 * dismissals, accepted suggestions (a flag from the check on the same words) and fixes the post-edit
 * already has (its replacement where the span was) are taken out, grouped by row in article order, with each row's
 * underline marks. One pass over the findings; a row whose suggestions did not change keeps its
 * objects from the previous index, so memoised grid rows do not redraw.
 *
 * Findings come from main for the rows as main had them. While a change is on its way (an alignment
 * fix not yet re-checked) a finding may name a row that is gone or whose text moved: a finding is
 * shown only where its row still holds exactly its text at its span.
 */
import type { Bead } from '@shared/domain/alignment'
import type { Flag } from '@shared/domain/review'
import type { Finding } from '@shared/qa'
import type { ReviewBase } from '@shared/review/apply'
import type { Dismissal, RowNotes } from '@shared/review/state'
import { rowInfo, type FlagsByRow } from '../../store/rows'
import type { RowSuggestionMarks } from '../workspace/grid/ReviewRow'
import { fixPlace } from './apply-fix'

export interface RowSuggestions {
  /** The row's suggestions in the engine's order: target before source, by position. */
  readonly findings: readonly Finding[]
  readonly marks: RowSuggestionMarks
}

export interface SuggestionIndex {
  readonly byRow: ReadonlyMap<string, RowSuggestions>
  /** Every suggestion shown, in article order. */
  readonly all: readonly Finding[]
  /** Suggestions shown per check. */
  readonly perCheck: ReadonlyMap<string, number>
}

export interface IndexInput {
  readonly findings: readonly Finding[]
  readonly beads: readonly Bead[]
  readonly base: ReviewBase
  readonly dismissals: ReadonlyMap<string, Dismissal>
  readonly flags: FlagsByRow
  /** Post-edits by row: a fix already made in the post-edit is a suggestion taken. */
  readonly notes: ReadonlyMap<string, RowNotes>
  /** Checks switched off for the project (main leaves them out of its next run; hidden at once). */
  readonly checksOff: ReadonlySet<string>
}

export const NO_SUGGESTIONS: SuggestionIndex = {
  byRow: new Map(),
  all: [],
  perCheck: new Map()
}

export function indexSuggestions(input: IndexInput, previous?: SuggestionIndex): SuggestionIndex {
  const { findings, dismissals, flags } = input
  if (findings.length === 0) return NO_SUGGESTIONS
  const checksOff = new Set<string>(input.checksOff)
  for (const dismissal of dismissals.values())
    if (dismissal.scope === 'check') checksOff.add(dismissal.check)
  const beadById = new Map<string, Bead>()
  for (const bead of input.beads) beadById.set(bead.id, bead)
  const order = new Map<string, number>()
  input.beads.forEach((bead, i) => order.set(bead.id, i))

  const grouped = new Map<string, Finding[]>()
  const perCheck = new Map<string, number>()
  for (const finding of findings) {
    if (dismissals.has(finding.id) || checksOff.has(finding.check)) continue
    const bead = beadById.get(finding.rowId)
    if (!bead) continue
    const texts = rowInfo(bead, input.base).texts
    if (texts[finding.side].slice(finding.span[0], finding.span[1]) !== finding.text) continue
    if (accepted(finding, flags.get(finding.rowId))) continue
    const edit = input.notes.get(finding.rowId)?.edit
    if (
      finding.fix &&
      edit !== undefined &&
      fixPlace(texts.target, edit, finding.fix).state === 'fixed'
    )
      continue
    const list = grouped.get(finding.rowId)
    if (list) list.push(finding)
    else grouped.set(finding.rowId, [finding])
    perCheck.set(finding.check, (perCheck.get(finding.check) ?? 0) + 1)
  }

  const rows = [...grouped.keys()].sort((a, b) => order.get(a)! - order.get(b)!)
  const byRow = new Map<string, RowSuggestions>()
  const all: Finding[] = []
  for (const row of rows) {
    const list = grouped.get(row)!
    all.push(...list)
    const old = previous?.byRow.get(row)
    byRow.set(row, old && sameFindings(old.findings, list) ? old : rowSuggestions(list))
  }
  return { byRow, all, perCheck }
}

const lastIndex = new WeakMap<object, SuggestionIndex>()

/**
 * The index for one article (`owner`: anything that lives as long as the article, e.g. its replay
 * base), reusing the previous index's row objects where a row's suggestions did not change.
 */
export function indexSuggestionsOf(owner: object, input: IndexInput): SuggestionIndex {
  const index = indexSuggestions(input, lastIndex.get(owner))
  lastIndex.set(owner, index)
  return index
}

/** The row's marks with one suggestion focused (the current row's). */
export function withFocus(row: RowSuggestions, focused: string | null): RowSuggestionMarks {
  if (focused === null) return row.marks
  const focus = <T extends { readonly id: string; readonly focused: boolean }>(mark: T): T =>
    mark.id === focused ? { ...mark, focused: true } : mark
  return { source: row.marks.source.map(focus), target: row.marks.target.map(focus) }
}

/** A suggestion the reviewer accepted: a flag from its check on exactly its words. */
function accepted(finding: Finding, flags: readonly Flag[] | undefined): boolean {
  if (!flags) return false
  const origin = `check:${finding.check}`
  return flags.some(
    (flag) =>
      flag.origin === origin &&
      flag.side === finding.side &&
      flag.span[0] === finding.span[0] &&
      flag.span[1] === finding.span[1]
  )
}

function rowSuggestions(findings: readonly Finding[]): RowSuggestions {
  const mark = (f: Finding) => ({ start: f.span[0], end: f.span[1], id: f.id, focused: false })
  return {
    findings,
    marks: {
      source: findings.filter((f) => f.side === 'source').map(mark),
      target: findings.filter((f) => f.side === 'target').map(mark)
    }
  }
}

/** The same suggestions at the same places (a new run sends new objects for unchanged rows). */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = b[i]!
      return f.id === g.id && f.span[0] === g.span[0] && f.span[1] === g.span[1]
    })
  )
}
