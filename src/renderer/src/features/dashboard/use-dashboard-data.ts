/**
 * Everything the dashboard shows, derived from the app store: the tracker's items, the score report
 * under the chosen profile and (for a project) the trend. The project's articles are loaded into the
 * store here — the same slots the workspace uses — so a status changed in either view is the other's
 * at once.
 */
import { useEffect, useMemo } from 'react'
import type { CalqueError } from '@shared/domain/errors'
import type { MqmEvaluation, OpenedProject } from '@shared/ipc/contract'
import { trackerItemsFromArticles, type TrackerItem } from '@shared/report/tracker-items'
import { trendWithCurrent } from '@shared/report/trend-series'
import { scoringInputFromArticles } from '@shared/scoring/from-articles'
import type { ScoringProfile } from '@shared/scoring/profile'
import { buildScoreReport, type ScoreReport } from '@shared/scoring/report'
import type { TrendPoint } from '@shared/scoring/trend'
import type { ArticleState } from '../../store/article-state'
import type { ArticleSlot } from '../../store/app-store'
import { useActions, useAppStore } from '../../store/use-store'
import type { DashboardSource } from './dashboard-ui'
import { evaluationInput, evaluationTrackerItems, logTrend, reviewedOf } from './project-data'

export interface FailedArticle {
  readonly id: string
  readonly name: string
  readonly error: CalqueError
}

export interface DashboardData {
  readonly source: DashboardSource
  /** The project's or the evaluation file's name. */
  readonly name: string
  readonly items: readonly TrackerItem[]
  readonly report: ScoreReport
  /** The project's score day by day; null for an evaluation (its file has no times). */
  readonly trend: readonly TrendPoint[] | null
  /** Articles still loading (their flags are not counted yet). */
  readonly loading: number
  readonly failed: readonly FailedArticle[]
  /** Rows whose MT someone corrected (a project); null for an evaluation. */
  readonly editedRows: number | null
  /** Status changes are impossible: an evaluation, or a project another instance holds. */
  readonly readOnly: boolean
}

/** When a report is made (its date); a function so rendering code stays free of clock reads. */
const now = (): string => new Date().toISOString()

export function useDashboardData(source: DashboardSource, profile: ScoringProfile): DashboardData {
  const opened = useAppStore((s) => s.opened)
  const slots = useAppStore((s) => s.articles)
  const evaluation = useAppStore((s) => s.evaluation)
  const actions = useActions()

  useEffect(() => {
    for (const article of opened?.project.articles ?? []) {
      if (!article.error) void actions.loadArticle(article.id)
    }
  }, [opened, actions])

  const project = useMemo(() => projectArticles(opened, slots), [opened, slots])
  const projectReport = useMemo(
    () =>
      buildScoreReport(
        scoringInputFromArticles(project.ready.map(reviewedOf), {
          name: opened?.project.name ?? ''
        }),
        profile,
        now()
      ),
    [project, profile, opened]
  )
  const editedRows = useMemo(
    () =>
      project.ready
        .map(reviewedOf)
        .reduce((sum, a) => sum + a.rows.filter((r) => r.edit !== null).length, 0),
    [project]
  )
  const projectItems = useMemo(
    () => trackerItemsFromArticles(project.ready.map(reviewedOf)),
    [project]
  )
  const trend = useMemo(
    () =>
      trendWithCurrent(
        logTrend(
          project.ready.map((a) => a.view),
          profile
        ),
        projectReport.totals,
        now()
      ),
    [project, profile, projectReport]
  )
  const evaluationReport = useMemo(
    () => (evaluation ? buildScoreReport(evaluationInput(evaluation), profile, now()) : null),
    [evaluation, profile]
  )

  if (source === 'evaluation' && evaluation && evaluationReport) {
    return evaluationData(evaluation, evaluationReport)
  }
  return {
    source: 'project',
    name: opened?.project.name ?? '',
    items: projectItems,
    report: projectReport,
    trend,
    editedRows,
    loading: project.loading,
    failed: project.failed,
    readOnly: opened?.project.readOnly != null
  }
}

function evaluationData(evaluation: MqmEvaluation, report: ScoreReport): DashboardData {
  return {
    source: 'evaluation',
    name: evaluation.fileName,
    items: evaluationTrackerItems(evaluation),
    report,
    trend: null,
    editedRows: null,
    loading: 0,
    failed: [],
    readOnly: true
  }
}

interface ProjectArticles {
  readonly ready: readonly ArticleState[]
  readonly loading: number
  readonly failed: readonly FailedArticle[]
}

function projectArticles(
  opened: OpenedProject | null,
  slots: ReadonlyMap<string, ArticleSlot>
): ProjectArticles {
  const ready: ArticleState[] = []
  const failed: FailedArticle[] = []
  let loading = 0
  for (const summary of opened?.project.articles ?? []) {
    const slot = slots.get(summary.id)
    if (summary.error) failed.push({ id: summary.id, name: summary.name, error: summary.error })
    else if (slot?.status === 'ready') ready.push(slot.article)
    else if (slot?.status === 'error')
      failed.push({ id: summary.id, name: summary.name, error: slot.error })
    else loading++
  }
  return { ready, loading, failed }
}
