import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../app/api-context'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useActions, useAppStore } from '../../store/use-store'
import { dashboardUi, useDashboardUi, type DashboardTab } from './dashboard-ui'
import { Overview } from './overview/Overview'
import { ProfilePicker } from './profiles/ProfilePicker'
import { ReportButtons } from './report/ReportButtons'
import { SourceSwitch } from './SourceSwitch'
import { Tracker } from './tracker/Tracker'
import { useDashboardData } from './use-dashboard-data'
import { useDashboardLabels } from './use-dashboard-labels'
import './dashboard.css'

const TABS: readonly DashboardTab[] = ['overview', 'tracker']

/**
 * The QA lead's dashboard: a second view over the same store as the workspace. Scores and charts of
 * the project (or of a loaded MQM evaluation) under any scoring profile, the flag tracker, and the
 * LQA report in every format.
 */
export function Dashboard(): React.JSX.Element {
  const { t } = useTranslation('dashboard')
  const api = useApi()
  const actions = useActions()
  const projectId = useAppStore((s) => s.opened?.project.id ?? null)
  const evaluation = useAppStore((s) => s.evaluation)
  const ui = useDashboardUi(projectId)
  const source = ui.source === 'evaluation' && evaluation ? 'evaluation' : 'project'
  const profiles = [...ui.profiles.builtin, ...ui.profiles.user]
  const profile = profiles.find((p) => p.id === ui.profileIds[source]) ?? ui.profiles.builtin[0]!
  const data = useDashboardData(source, profile)
  const labels = useDashboardLabels()

  // The user's own profiles (main keeps them); built-in ones are known without asking.
  useEffect(() => {
    let live = true
    api.listScoringProfiles({}).then(
      (profiles) => live && dashboardUi.update(projectId, (u) => ({ ...u, profiles })),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [api, projectId])

  // A newly loaded evaluation is what the user wants to see.
  useEffect(() => {
    if (evaluation && evaluation !== ui.seenEvaluation) {
      dashboardUi.update(projectId, (u) => ({
        ...u,
        source: 'evaluation',
        seenEvaluation: evaluation,
        tracker: {
          ...u.tracker,
          evaluation: {
            ...u.tracker.evaluation,
            selection: { keys: new Set(), anchor: null },
            focus: null
          }
        }
      }))
      dashboardUi.scroll.evaluation = 0
    }
  }, [evaluation, ui.seenEvaluation, projectId])

  const setTab = (tab: DashboardTab): void => dashboardUi.update(projectId, (u) => ({ ...u, tab }))

  return (
    <section className="dashboard" aria-label={t('title')}>
      <div className="dashboard__bar">
        <SourceSwitch
          source={source}
          evaluation={evaluation}
          onSource={(s) => dashboardUi.update(projectId, (u) => ({ ...u, source: s }))}
          onLoad={actions.loadEvaluation}
        />
        <ProfilePicker
          profiles={ui.profiles}
          selected={profile}
          onSelect={(id) =>
            dashboardUi.update(projectId, (u) => ({
              ...u,
              profileIds: { ...u.profileIds, [source]: id }
            }))
          }
          onSaved={(saved) =>
            dashboardUi.update(projectId, (u) => ({
              ...u,
              profiles: {
                ...u.profiles,
                user: [...u.profiles.user.filter((p) => p.id !== saved.id), saved]
              },
              profileIds: { ...u.profileIds, [source]: saved.id }
            }))
          }
        />
        <ReportButtons data={data} />
      </div>
      {data.loading > 0 && (
        <p className="dashboard__note" role="status">
          {t('loadingArticles', { count: data.loading, formatted: labels.integer(data.loading) })}
        </p>
      )}
      {data.failed.map((f) => (
        <div key={f.id} className="dashboard__failed">
          <p>{t('articleFailed', { name: f.name })}</p>
          <ErrorBanner error={f.error} />
        </div>
      ))}
      <div className="dashboard__tabs" role="tablist" aria-label={t('tabs.label')}>
        {TABS.map((tab) => (
          <button
            key={tab}
            id={`dashboard-tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={ui.tab === tab}
            aria-controls={`dashboard-panel-${tab}`}
            tabIndex={ui.tab === tab ? 0 : -1}
            className="dashboard__tab"
            onClick={() => setTab(tab)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
              e.preventDefault()
              const next =
                TABS[
                  (TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length
                ]!
              setTab(next)
              document.getElementById(`dashboard-tab-${next}`)?.focus()
            }}
          >
            {tab === 'tracker'
              ? t('tabs.trackerCount', { formatted: labels.integer(data.items.length) })
              : t('tabs.overview')}
          </button>
        ))}
      </div>
      <div
        id={`dashboard-panel-${ui.tab}`}
        role="tabpanel"
        aria-labelledby={`dashboard-tab-${ui.tab}`}
        className={`dashboard__panel dashboard__panel--${ui.tab}`}
        // The overview scrolls: the keyboard must be able to reach it (the tracker has its grid).
        tabIndex={ui.tab === 'overview' ? 0 : undefined}
      >
        {ui.tab === 'overview' ? (
          <Overview data={data} />
        ) : (
          <Tracker
            key={source}
            projectId={projectId}
            source={source}
            items={data.items}
            ui={ui.tracker[source]}
            readOnly={data.readOnly}
            labels={labels}
          />
        )}
      </div>
    </section>
  )
}
