/**
 * The score over time, from the review logs: the project replayed up to the end of each period (a
 * UTC day by default) and scored as it stood then. Replay is the app's own (`applyRecord`), so every
 * event it understands moves the trend: flag.add and flag.remove today, and whatever flag events are
 * added to replay later (a status change that rejects a flag takes it out of the score at once).
 * Word counts come from the rows as they were at that moment, alignment fixes included.
 */
import type { ReviewedArticle } from '../domain/article'
import type { LogRecord } from '../review/events'
import { applyRecord, type ReviewBase } from '../review/apply'
import { reviewedRows, type SideSegments } from '../review/reviewed-article'
import { initialReviewState, type ReviewState } from '../review/state'
import { scoringInputFromArticles } from './from-articles'
import type { ScoringProfile } from './profile'
import { scoreInput, type UnitScore } from './score'

export interface TrendArticle {
  readonly id: string
  readonly name: string
  /** The rows as first aligned and both sides' segments (a project's alignment.json). */
  readonly base: ReviewBase & { readonly source: SideSegments; readonly target: SideSegments }
  /** Its review log, in order. */
  readonly records: readonly LogRecord[]
}

export interface TrendPoint {
  /** The period's key: `2026-11-27` for days. */
  readonly period: string
  /** Time of the period's last record. */
  readonly at: string
  /** The whole project's figures at the end of the period. */
  readonly totals: UnitScore
}

export interface TrendOptions {
  /** Period of a record's time; default: its UTC calendar day. */
  readonly periodOf?: (at: string) => string
}

export const utcDay = (at: string): string => new Date(at).toISOString().slice(0, 10)

export function scoreTrend(
  articles: readonly TrendArticle[],
  profile: ScoringProfile,
  options: TrendOptions = {}
): TrendPoint[] {
  const periodOf = options.periodOf ?? utcDay
  const states: ReviewState[] = articles.map((a) => initialReviewState(a.base.beads))
  const timeline = articles
    .flatMap((article, index) => article.records.map((record) => ({ index, record })))
    .map((entry, order) => ({ ...entry, order, time: Date.parse(entry.record.at) }))
    // Logs are each in order; across articles, by time (the original order breaks ties).
    .sort((a, b) => a.time - b.time || a.order - b.order)
  const points: TrendPoint[] = []
  for (let i = 0; i < timeline.length; i++) {
    const { index, record } = timeline[i]!
    states[index] = applyRecord(states[index]!, record, articles[index]!.base)
    const period = periodOf(record.at)
    const next = timeline[i + 1]
    if (next && periodOf(next.record.at) === period) continue
    points.push({ period, at: record.at, totals: scoreAt(articles, states, profile) })
  }
  return points
}

function scoreAt(
  articles: readonly TrendArticle[],
  states: readonly ReviewState[],
  profile: ScoringProfile
): UnitScore {
  const reviewed: ReviewedArticle[] = articles.map((article, i) => ({
    id: article.id,
    name: article.name,
    sourceLanguage: 'ru',
    targetLanguage: 'en',
    sourceFile: '',
    targetFile: '',
    rows: reviewedRows(states[i]!, article.base)
  }))
  return scoreInput(scoringInputFromArticles(reviewed), profile).totals
}
