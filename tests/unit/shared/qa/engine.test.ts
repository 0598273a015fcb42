import { describe, expect, it } from 'vitest'
import { resources } from '@shared/i18n/resources'
import { CHECK_IDS, QA_CHECKS, applyFix, runChecks } from '@shared/qa'
import { MQM_CORE, flattenTypology } from '@shared/typology/profile'
import { rows, sampleRows } from './helpers'

const typologyIds = new Set(flattenTypology(MQM_CORE).map((c) => c.id))

describe('the check registry', () => {
  it('lists every check once, with a known MQM category and a name and description in both languages', () => {
    expect(QA_CHECKS.map((c) => c.id)).toEqual([...CHECK_IDS])
    for (const check of QA_CHECKS) {
      expect(typologyIds.has(check.category), `${check.id}: ${check.category}`).toBe(true)
      for (const language of ['en', 'ru'] as const) {
        const entry = (
          resources[language].qa.check as Record<string, { name: string; description: string }>
        )[check.id]
        expect(entry?.name, `${language} ${check.id}`).toBeTruthy()
        expect(entry?.description, `${language} ${check.id}`).toBeTruthy()
      }
    }
  })
})

describe('runChecks', () => {
  const findings = runChecks(sampleRows())

  it('gives every finding a category from the typology and a message the qa namespace has', () => {
    const messages = resources.en.qa as unknown as Record<string, unknown>
    const has = (key: string) =>
      key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown> | undefined)?.[part],
          messages
        ) !== undefined ||
      Object.keys(messages.message as Record<string, unknown>).some((k) =>
        `message.${k}`.startsWith(`${key}_`)
      )
    for (const finding of findings) {
      expect(typologyIds.has(finding.category), finding.category).toBe(true)
      expect(has(finding.message.key), finding.message.key).toBe(true)
    }
  })

  it('reports spans inside the row text, with that text', () => {
    const byId = new Map(sampleRows().map((row) => [row.id, row]))
    for (const finding of findings) {
      const row = byId.get(finding.rowId)!
      const text = finding.side === 'source' ? row.source : row.target
      expect(finding.span[0]).toBeGreaterThanOrEqual(0)
      expect(finding.span[1]).toBeLessThanOrEqual(text.length)
      expect(finding.span[0]).toBeLessThan(finding.span[1])
      expect(text.slice(...finding.span)).toBe(finding.text)
      expect(finding.row).toBe(row.index)
    }
  })

  it('keeps a finding id across runs and across edits of other rows, and ids are unique', () => {
    const again = runChecks(sampleRows())
    expect(again.map((f) => f.id)).toEqual(findings.map((f) => f.id))
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length)
    // Edit row 3 (remove its doubled period): the other rows' findings keep their ids.
    const edited = sampleRows().map((row) =>
      row.index === 3 ? { ...row, target: row.target.replace('17..', '17.') } : row
    )
    const after = runChecks(edited)
    const outside = (list: typeof findings) => list.filter((f) => f.row !== 3).map((f) => f.id)
    expect(outside(after)).toEqual(outside(findings))
    expect(after.filter((f) => f.row === 3 && f.check === 'doubled-punctuation')).toEqual([])
  })

  it('leaves out dismissed findings and runs only the enabled checks', () => {
    const dismissed = findings.filter((f) => f.check === 'russian-typography').map((f) => f.id)
    const rest = runChecks(sampleRows(), { dismissed })
    expect(rest.length).toBe(findings.length - dismissed.length)
    expect(rest.some((f) => f.check === 'russian-typography')).toBe(false)
    const only = runChecks(sampleRows(), { enabled: ['calque', 'numbers'] })
    expect(new Set(only.map((f) => f.check))).toEqual(new Set(['calque']))
  })

  it('skips the glossary and spelling checks when given no glossary or speller', () => {
    expect(runChecks(sampleRows(), { enabled: ['glossary', 'spelling'] })).toEqual([])
  })

  it('sorts findings by row, target before source, then by position', () => {
    const keys = findings.map((f) => [f.row, f.side === 'target' ? 0 : 1, f.span[0]])
    const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!)
    expect(keys).toEqual(sorted)
  })

  it('offers fixes that apply to the text and make their finding go away', () => {
    const fixable = findings.filter(
      (f) => f.fix && ['doubled-punctuation', 'whitespace'].includes(f.check)
    )
    expect(fixable.length).toBeGreaterThan(5)
    const fixed = sampleRows().map((row) => {
      // Apply the row's fixes from the end so earlier spans stay valid.
      const own = fixable
        .filter((f) => f.rowId === row.id)
        .sort((a, b) => b.fix!.span[0] - a.fix!.span[0])
      return own.reduce((r, f) => ({ ...r, target: applyFix(r.target, f.fix!) }), row)
    })
    expect(runChecks(fixed, { enabled: ['doubled-punctuation', 'whitespace'] })).toEqual([])
    expect(() => applyFix('abc', { side: 'target', span: [2, 9], replacement: '' })).toThrow(
      RangeError
    )
  })

  it('gives a repeated row the same findings as the first (checked once, re-issued)', () => {
    const sample = sampleRows()
    const doubled = [
      ...sample,
      ...sample.map((row) => ({ ...row, id: `${row.id}-again`, index: row.index + sample.length }))
    ]
    const findings = runChecks(doubled, {
      enabled: ['doubled-punctuation', 'russian-typography', 'calque', 'numbers']
    })
    const strip = (f: (typeof findings)[number]) => [
      f.check,
      f.row % sample.length,
      f.side,
      f.span,
      f.message,
      f.fix
    ]
    const first = findings.filter((f) => f.row < sample.length).map(strip)
    const again = findings.filter((f) => f.row >= sample.length).map(strip)
    expect(first.length).toBeGreaterThan(20)
    expect(again).toEqual(first)
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length)
  })

  it('handles empty documents and empty sides', () => {
    expect(runChecks([])).toEqual([])
    const found = runChecks(rows(['Привет.', ''], ['', 'Hello.'], ['', '']))
    expect(found.map((f) => [f.check, f.side, f.category])).toEqual([
      ['unpaired', 'source', 'accuracy/omission'],
      ['unpaired', 'target', 'accuracy/addition']
    ])
  })
})
