/**
 * A row's text cut into runs for display, on the sample's calque of «утром стулья — вечером деньги»:
 * overlapping flags (the most severe colours the run, every flag is listed), settled flags drawn
 * faintly, find hits, suggestions and the keyboard selection, spans clamped to the text.
 */
import { describe, expect, it } from 'vitest'
import type { Flag } from '@shared/domain/review'
import { decorate, mostSevere } from '../../../../src/renderer/src/features/text/decorations'
import { rowWith, sampleArticle } from '../helpers/sample-project'

const { texts } = rowWith(sampleArticle(), 'morning chairs')
const text = texts.target

type DecoratedFlag = Pick<Flag, 'id' | 'span' | 'severity' | 'status'>
function on(
  phrase: string,
  severity: Flag['severity'],
  id: string,
  status: Flag['status'] = 'open'
): DecoratedFlag {
  const start = text.indexOf(phrase)
  expect(start).toBeGreaterThanOrEqual(0)
  return { id, span: [start, start + phrase.length], severity, status }
}
const pieces = (runs: ReturnType<typeof decorate>) =>
  runs
    .filter((r) => r.flagIds.length > 0)
    .map((r) => [text.slice(r.start, r.end), r.severity, r.flagIds])

describe('decorate', () => {
  it('cuts at every flag edge and colours overlaps by the most severe open flag', () => {
    const outer = on('morning chairs –money in the evening', 'minor', 'outer')
    const inner = on('chairs –money', 'critical', 'inner')
    const runs = decorate(text.length, { flags: [outer, inner] })
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text)
    expect(pieces(runs)).toEqual([
      ['morning ', 'minor', ['outer']],
      ['chairs –money', 'critical', ['outer', 'inner']],
      [' in the evening', 'minor', ['outer']]
    ])
  })

  it('lets an open flag colour a run over a resolved one, and draws settled flags faintly', () => {
    const resolved = on('morning chairs', 'critical', 'old', 'resolved')
    const open = on('chairs', 'minor', 'new')
    const runs = decorate(text.length, { flags: [resolved, open] })
    const chairs = runs.find((r) => text.slice(r.start, r.end) === 'chairs')!
    expect(chairs).toMatchObject({ severity: 'minor', settled: false, flagIds: ['old', 'new'] })
    const morning = runs.find((r) => text.slice(r.start, r.end) === 'morning ')!
    expect(morning).toMatchObject({ severity: 'critical', settled: true })
  })

  it('clamps spans past the text and skips empty ones', () => {
    const stale: DecoratedFlag = {
      id: 's',
      span: [text.length - 5, text.length + 40],
      severity: 'major',
      status: 'open'
    }
    const empty: DecoratedFlag = { id: 'e', span: [3, 3], severity: 'critical', status: 'open' }
    const runs = decorate(text.length, { flags: [stale, empty] })
    expect(runs.at(-1)).toMatchObject({ start: text.length - 5, end: text.length, flagIds: ['s'] })
    expect(runs.some((r) => r.flagIds.includes('e'))).toBe(false)
  })

  it('marks find hits (the current one apart), suggestions and the keyboard selection', () => {
    const money = text.indexOf('money')
    const evening = text.indexOf('evening')
    const runs = decorate(text.length, {
      flags: [],
      hits: [
        { start: money, end: money + 5, current: true },
        { start: evening, end: evening + 7, current: false }
      ],
      suggestions: [{ start: money - 1, end: money, id: 'dash', focused: true }],
      selection: { start: 0, end: 7 }
    })
    const run = (word: string) => runs.find((r) => text.slice(r.start, r.end) === word)!
    expect(run('money').hit).toBe('current')
    expect(run('evening').hit).toBe('other')
    expect(run('–')).toMatchObject({ suggestionIds: ['dash'], suggestionFocused: true })
    expect(
      runs
        .filter((r) => r.selected)
        .map((r) => text.slice(r.start, r.end))
        .join('')
    ).toBe(text.slice(0, 7))
  })
})

describe('mostSevere', () => {
  it('orders neutral < minor < major < critical', () => {
    expect(mostSevere([])).toBeNull()
    expect(mostSevere([{ severity: 'minor' }, { severity: 'neutral' }])).toBe('minor')
    expect(
      mostSevere([{ severity: 'major' }, { severity: 'critical' }, { severity: 'minor' }])
    ).toBe('critical')
  })
})
