/**
 * What the workspace shows of the findings: dismissed ones (an occurrence, or a whole check), accepted
 * ones, ones whose row is gone or whose text moved, and checks switched off are left out; the rest is
 * grouped by row in article order; unchanged rows keep their objects; the QA panel's lines and moves.
 */
import { describe, expect, it } from 'vitest'
import type { Flag } from '@shared/domain/review'
import { runChecks, type Finding } from '@shared/qa'
import { replay } from '@shared/review/apply'
import { reviewedRows } from '@shared/review/reviewed-article'
import type { Dismissal } from '@shared/review/state'
import {
  moveActive,
  panelLines
} from '../../../../src/renderer/src/features/suggestions/panel-lines'
import {
  indexSuggestions,
  withFocus,
  type IndexInput
} from '../../../../src/renderer/src/features/suggestions/suggestion-index'
import { flagsByRow } from '../../../../src/renderer/src/store/rows'
import { baseOf, sampleArticle } from '../helpers/sample-project'

const article = sampleArticle()
const base = baseOf(article)
const rows = reviewedRows(replay([], base), {
  source: article.source.segments,
  target: article.target.segments
})
const findings = runChecks(rows)
const calques = findings.filter((f) => f.check === 'calque')

function input(change: Partial<IndexInput> = {}): IndexInput {
  return {
    findings,
    beads: article.beads,
    base,
    dismissals: new Map(),
    flags: new Map(),
    notes: new Map(),
    checksOff: new Set(),
    ...change
  }
}

function dismissal(key: string, scope: Dismissal['scope'], check: string): [string, Dismissal] {
  return [key, { key, scope, check, by: 'anna', at: '2026-12-01T10:00:00.000Z' }]
}

describe('indexSuggestions', () => {
  it('groups every finding by row, in article order, with its marks on its side', () => {
    const index = indexSuggestions(input())
    expect(index.all).toEqual(findings)
    expect([...index.byRow.keys()]).toEqual([...new Set(findings.map((f) => f.rowId))])
    const row = index.byRow.get(calques[0]!.rowId)!
    expect(row.marks.target.map((m) => m.id)).toEqual(
      row.findings.filter((f) => f.side === 'target').map((f) => f.id)
    )
    expect(index.perCheck.get('calque')).toBe(calques.length)
  })

  it('leaves out dismissed occurrences, dismissed checks and checks switched off', () => {
    const index = indexSuggestions(
      input({
        dismissals: new Map([
          dismissal(calques[0]!.id, 'occurrence', 'calque'),
          dismissal('doubled-punctuation', 'check', 'doubled-punctuation')
        ]),
        checksOff: new Set(['boilerplate'])
      })
    )
    expect(index.all.some((f) => f.id === calques[0]!.id)).toBe(false)
    expect(index.perCheck.get('calque')).toBe(calques.length - 1)
    expect(index.perCheck.has('doubled-punctuation')).toBe(false)
    expect(index.perCheck.has('boilerplate')).toBe(false)
    expect(index.all.length).toBe(
      findings.length -
        1 -
        findings.filter((f) => ['doubled-punctuation', 'boilerplate'].includes(f.check)).length
    )
  })

  it('leaves out a suggestion accepted as a flag from its check on its words, not another flag', () => {
    const calque = calques[0]!
    const flag = (origin: Flag['origin'], span = calque.span): Flag => ({
      id: `f-${origin}`,
      row: calque.rowId,
      side: calque.side,
      span: [span[0], span[1]],
      category: calque.category,
      severity: calque.severity,
      comment: '',
      status: 'open',
      origin,
      author: 'anna',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z'
    })
    const accepted = indexSuggestions(
      input({ flags: flagsByRow(new Map([['a', flag('check:calque')]])) })
    )
    expect(accepted.all.some((f) => f.id === calque.id)).toBe(false)
    const reviewers = indexSuggestions(
      input({ flags: flagsByRow(new Map([['a', flag('reviewer')]])) })
    )
    expect(reviewers.all.some((f) => f.id === calque.id)).toBe(true)
  })

  it('drops findings whose row is gone or whose text is no longer at their span (a fix in flight)', () => {
    const calque = calques[0]!
    const merged = article.beads.filter((b) => b.id !== calque.rowId)
    expect(indexSuggestions(input({ beads: merged })).byRow.has(calque.rowId)).toBe(false)
    const moved: Finding = { ...calque, span: [calque.span[0] + 1, calque.span[1] + 1] }
    const index = indexSuggestions(input({ findings: [moved] }))
    expect(index.all).toEqual([])
  })

  it('keeps the objects of rows whose suggestions did not change, across a new run', () => {
    const first = indexSuggestions(input())
    const again = runChecks(rows)
    const calque = calques[0]!
    const second = indexSuggestions(
      input({
        findings: again,
        dismissals: new Map([dismissal(calque.id, 'occurrence', 'calque')])
      }),
      first
    )
    for (const [row, entry] of second.byRow) {
      if (row === calque.rowId) expect(entry).not.toBe(first.byRow.get(row))
      else expect(entry).toBe(first.byRow.get(row))
    }
  })

  it('marks the focused suggestion of a row, and only it', () => {
    const row = indexSuggestions(input()).byRow.get(calques[0]!.rowId)!
    const marks = withFocus(row, calques[0]!.id)
    expect(marks.target.filter((m) => m.focused).map((m) => m.id)).toEqual([calques[0]!.id])
  })
})

describe('the QA panel’s lines', () => {
  const lines = panelLines(findings)

  it('puts a heading per check, in the registry’s order, over its suggestions in article order', () => {
    const headings = lines.filter((l) => l.kind === 'heading')
    expect(headings.map((h) => h.check)).toEqual([
      'doubled-punctuation',
      'russian-typography',
      'unbalanced-pairs',
      'near-repetition',
      'name-consistency',
      'calque',
      'boilerplate'
    ])
    for (const heading of headings)
      expect(heading.count).toBe(findings.filter((f) => f.check === heading.check).length)
    const items = lines.flatMap((l) => (l.kind === 'item' ? [l] : []))
    expect(items.map((l) => l.position)).toEqual(items.map((_, i) => i + 1))
    const calqueItems = items.filter((l) => l.finding.check === 'calque')
    expect(calqueItems.map((l) => l.finding.row)).toEqual(calques.map((f) => f.row))
  })

  it('moves over items only, clamped; after the active item went away, from where it stood', () => {
    const items = lines.flatMap((l) => (l.kind === 'item' ? [l.key] : []))
    expect(moveActive(lines, null, 0)).toBe(items[0])
    expect(moveActive(lines, items[0]!, 1)).toBe(items[1])
    expect(moveActive(lines, items[0]!, -1)).toBe(items[0])
    expect(moveActive(lines, items[3]!, 100)).toBe(items.at(-1))
    expect(moveActive(lines, items[3]!, 'first')).toBe(items[0])
    expect(moveActive(lines, items[3]!, 'last')).toBe(items.at(-1))
    // The 5th item was dismissed: the one now 5th becomes active.
    const without = panelLines(findings.filter((f) => f.id !== items[4]))
    expect(moveActive(without, items[4]!, 0, 4)).toBe(items[5])
    expect(moveActive(panelLines([]), null, 1)).toBeNull()
  })
})
