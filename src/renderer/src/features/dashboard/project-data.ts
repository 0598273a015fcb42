/**
 * The store's articles as the scorers and the tracker read them. Each article's `ReviewedArticle` is
 * cached by its visible review state (immutable: a new state object after every change), so a change
 * in one article rebuilds that article only. The trend replays the logs the articles were opened
 * with, cached until an article is reloaded or the profile changes; today's point comes from the
 * state on screen (`trendWithCurrent`).
 */
import type { ReviewedArticle } from '@shared/domain/article'
import type { ArticleView } from '@shared/domain/project'
import type { MqmEvaluation } from '@shared/ipc/contract'
import type { ReviewState } from '@shared/review/state'
import { reviewedArticle } from '@shared/review/reviewed-article'
import { trackerItemsFromMqm, type TrackerItem } from '@shared/report/tracker-items'
import { scoringInputFromMqmRecords } from '@shared/scoring/from-mqm-tsv'
import type { ScoringInput } from '@shared/scoring/input'
import type { ScoringProfile } from '@shared/scoring/profile'
import { scoreTrend, type TrendArticle, type TrendPoint } from '@shared/scoring/trend'
import type { ArticleState } from '../../store/article-state'

const reviewedCache = new WeakMap<ReviewState, ReviewedArticle>()

export function reviewedOf(article: ArticleState): ReviewedArticle {
  let reviewed = reviewedCache.get(article.visible)
  if (!reviewed) {
    const { view } = article
    reviewed = reviewedArticle(
      {
        id: view.id,
        name: view.name,
        sourceLanguage: view.source.language,
        targetLanguage: view.target.language,
        sourceFile: view.source.fileName,
        targetFile: view.target.fileName
      },
      article.visible,
      { source: view.source.segments, target: view.target.segments }
    )
    reviewedCache.set(article.visible, reviewed)
  }
  return reviewed
}

function trendArticle(view: ArticleView): TrendArticle {
  return {
    id: view.id,
    name: view.name,
    base: { beads: view.beads, source: view.source.segments, target: view.target.segments },
    records: view.records
  }
}

let lastTrend: {
  readonly views: readonly ArticleView[]
  readonly profile: ScoringProfile
  readonly points: TrendPoint[]
} | null = null

/** The project's score at the end of each day of its logs (as opened); the last call is cached. */
export function logTrend(views: readonly ArticleView[], profile: ScoringProfile): TrendPoint[] {
  if (
    lastTrend &&
    lastTrend.profile === profile &&
    lastTrend.views.length === views.length &&
    lastTrend.views.every((v, i) => v === views[i])
  ) {
    return lastTrend.points
  }
  const points = scoreTrend(views.map(trendArticle), profile)
  lastTrend = { views, profile, points }
  return points
}

const evaluationInputs = new WeakMap<MqmEvaluation, ScoringInput>()
const evaluationItems = new WeakMap<MqmEvaluation, TrackerItem[]>()

export function evaluationInput(evaluation: MqmEvaluation): ScoringInput {
  let input = evaluationInputs.get(evaluation)
  if (!input) {
    input = scoringInputFromMqmRecords(evaluation.records, evaluation.fileName)
    evaluationInputs.set(evaluation, input)
  }
  return input
}

export function evaluationTrackerItems(evaluation: MqmEvaluation): TrackerItem[] {
  let items = evaluationItems.get(evaluation)
  if (!items) {
    items = trackerItemsFromMqm(evaluation.records)
    evaluationItems.set(evaluation, items)
  }
  return items
}
