import { describe, expect, it } from 'vitest'
import type { Bead } from '@shared/domain/alignment'
import type { Flag } from '@shared/domain/review'
import { flagSchema, type LogRecord, type ReviewEvent } from '@shared/review/events'
import { MQM_CORE_PROFILE, scoreTrend, type TrendArticle } from '@shared/scoring'
import { countWords } from '@shared/metrics'
import { SAMPLE_EN, SAMPLE_RU, flagOn } from './sample-article'

const segments = (texts: readonly string[]) => texts.map((text, paragraph) => ({ text, paragraph }))
const beads: Bead[] = SAMPLE_EN.map((_, i) => ({
  id: `b${i}`,
  source: [i],
  target: [i],
  confidence: 1,
  origin: 'auto'
}))
const base = { beads, source: segments(SAMPLE_RU), target: segments(SAMPLE_EN) }
const words = SAMPLE_RU.reduce((sum, p) => sum + countWords(p), 0)
const row = (i: number) => ({ id: `b${i}`, source: SAMPLE_RU[i]!, target: SAMPLE_EN[i]! })

let seq = 0
/** Through the log's own schema: the event carries a validated copy of the flag. */
const add = (flag: Flag): ReviewEvent => ({ type: 'flag.add', flag: flagSchema.parse(flag) })
const record = (at: string, event: ReviewEvent): LogRecord => ({
  formatVersion: 1,
  seq: seq++,
  at,
  author: 'anna',
  event
})

const calque = flagOn(row(15), {
  row: 15,
  phrase: 'morning chairs –money in the evening',
  category: 'style/unidiomatic',
  severity: 'major'
})
const dots = flagOn(row(2), {
  row: 2,
  phrase: '..',
  category: 'linguistic-conventions/punctuation',
  severity: 'minor'
})
const name = flagOn(row(18), {
  row: 18,
  phrase: 'Lukashenka',
  category: 'terminology/inconsistent-use',
  severity: 'minor'
})

describe('score trend from the review log', () => {
  it('scores the project as it stood at the end of each day', () => {
    const records = [
      record('2026-11-27T09:00:00.000Z', add(calque)),
      record('2026-11-27T17:30:00.000Z', add(dots)),
      record('2026-11-28T08:00:00.000Z', { type: 'status.set', row: 'b0', status: 'reviewed' }),
      record('2026-11-29T10:00:00.000Z', { type: 'flag.remove', id: calque.id }),
      record('2026-11-29T11:00:00.000Z', add(name))
    ]
    const article: TrendArticle = { id: 'a', name: 'Sample', base, records }
    const points = scoreTrend([article], MQM_CORE_PROFILE)
    expect(points.map((p) => [p.period, p.at, p.totals.penalty, p.totals.errors])).toEqual([
      ['2026-11-27', '2026-11-27T17:30:00.000Z', 6, 2],
      ['2026-11-28', '2026-11-28T08:00:00.000Z', 6, 2],
      ['2026-11-29', '2026-11-29T11:00:00.000Z', 2, 2]
    ])
    expect(points[2]!.totals.score).toBeCloseTo(100 - (100 * 2) / words, 10)
  })

  it('follows alignment fixes: words and flags of merged rows stay counted', () => {
    const records = [
      record('2026-11-27T09:00:00.000Z', add(dots)),
      record('2026-11-28T09:00:00.000Z', { type: 'align.merge', row: 'b2' })
    ]
    const points = scoreTrend([{ id: 'a', name: 'Sample', base, records }], MQM_CORE_PROFILE)
    expect(points).toHaveLength(2)
    expect(points[1]!.totals.segments).toBe(25)
    expect(points[1]!.totals.words).toBe(words)
    expect(points[1]!.totals.penalty).toBe(1)
  })

  it('merges the logs of several articles by time, and is empty without records', () => {
    const a: TrendArticle = {
      id: 'a',
      name: 'A',
      base,
      records: [record('2026-11-28T09:00:00.000Z', add(dots))]
    }
    const b: TrendArticle = {
      id: 'b',
      name: 'B',
      base,
      records: [record('2026-11-27T09:00:00.000Z', add(calque))]
    }
    const points = scoreTrend([a, b], MQM_CORE_PROFILE)
    expect(points.map((p) => [p.period, p.totals.penalty, p.totals.words])).toEqual([
      ['2026-11-27', 5, 2 * words],
      ['2026-11-28', 6, 2 * words]
    ])
    expect(scoreTrend([{ ...a, records: [] }], MQM_CORE_PROFILE)).toEqual([])
  })
})
