/**
 * The dashboard's own UI state, kept outside its components so it outlives them: switching to the
 * workspace (a jump to a flag's row) unmounts the dashboard, and coming back must find the tracker as
 * it was — same filters, sort, groups, selection, focused flag and scroll position. The review data
 * itself is never here: it is the app store's (one state, two views).
 *
 * The project's tracker resets when another project opens; the loaded evaluation's survives it.
 */
import { useSyncExternalStore } from 'react'
import type { MqmEvaluation, ScoringProfiles } from '@shared/ipc/contract'
import { DEFAULT_TRACKER_QUERY, type TrackerQuery } from '@shared/report/tracker-query'
import { EMPTY_SELECTION, type TrackerSelection } from '@shared/report/tracker-selection'
import {
  BUILTIN_SCORING_PROFILES,
  GOOGLE_WMT_MQM_PROFILE,
  MQM_CORE_PROFILE
} from '@shared/scoring/builtin-profiles'

/** What the dashboard shows: the open project, or the external evaluation loaded beside it. */
export type DashboardSource = 'project' | 'evaluation'
export type DashboardTab = 'overview' | 'tracker'

export interface TrackerUi {
  readonly query: TrackerQuery
  readonly selection: TrackerSelection
  /** The focused line (an item or a group heading), by key. */
  readonly focus: string | null
  /** Keys of collapsed group headings. */
  readonly collapsed: ReadonlySet<string>
}

export interface DashboardUi {
  readonly projectId: string | null
  readonly tab: DashboardTab
  readonly source: DashboardSource
  /** The evaluation the dashboard last switched to, so a newly loaded one is shown at once. */
  readonly seenEvaluation: MqmEvaluation | null
  readonly profileIds: Readonly<Record<DashboardSource, string>>
  readonly profiles: ScoringProfiles
  readonly tracker: Readonly<Record<DashboardSource, TrackerUi>>
}

export const EMPTY_TRACKER_UI: TrackerUi = {
  query: DEFAULT_TRACKER_QUERY,
  selection: EMPTY_SELECTION,
  focus: null,
  collapsed: new Set()
}

export const INITIAL_DASHBOARD_UI: DashboardUi = {
  projectId: null,
  tab: 'overview',
  source: 'project',
  seenEvaluation: null,
  // A project is scored with MQM Core; a WMT-style evaluation with the convention it was made for.
  profileIds: { project: MQM_CORE_PROFILE.id, evaluation: GOOGLE_WMT_MQM_PROFILE.id },
  profiles: { builtin: BUILTIN_SCORING_PROFILES, user: [] },
  tracker: { project: EMPTY_TRACKER_UI, evaluation: EMPTY_TRACKER_UI }
}

type Listener = () => void

export class DashboardUiStore {
  private state: DashboardUi = INITIAL_DASHBOARD_UI
  private readonly listeners = new Set<Listener>()
  /** Scroll offsets of the trackers: remembered, never rendered from (no re-render on scroll). */
  readonly scroll: Record<DashboardSource, number> = { project: 0, evaluation: 0 }
  /** Set when the user jumps to a row: the tracker takes the focus back when the dashboard returns. */
  refocusTracker = false

  /** The state for this project: another project's tracker is forgotten (once, silently). */
  snapshot(projectId: string | null): DashboardUi {
    if (this.state.projectId !== projectId) {
      this.state = {
        ...this.state,
        projectId,
        tracker: { ...this.state.tracker, project: EMPTY_TRACKER_UI }
      }
      this.scroll.project = 0
    }
    return this.state
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  update(projectId: string | null, change: (ui: DashboardUi) => DashboardUi): void {
    const before = this.snapshot(projectId)
    const next = change(before)
    if (next === before) return
    this.state = next
    for (const listener of this.listeners) listener()
  }

  updateTracker(
    projectId: string | null,
    source: DashboardSource,
    change: (tracker: TrackerUi) => TrackerUi
  ): void {
    this.update(projectId, (ui) => {
      const tracker = change(ui.tracker[source])
      return tracker === ui.tracker[source]
        ? ui
        : { ...ui, tracker: { ...ui.tracker, [source]: tracker } }
    })
  }

  /** Back to the start (tests). */
  reset(): void {
    this.state = INITIAL_DASHBOARD_UI
    this.scroll.project = 0
    this.scroll.evaluation = 0
    this.refocusTracker = false
    for (const listener of this.listeners) listener()
  }
}

/** The window's one dashboard UI store (a module singleton, so it outlives the view). */
export const dashboardUi = new DashboardUiStore()

export function useDashboardUi(projectId: string | null): DashboardUi {
  return useSyncExternalStore(dashboardUi.subscribe, () => dashboardUi.snapshot(projectId))
}
