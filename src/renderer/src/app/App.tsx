import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBanner } from '../components/ErrorBanner'
import { NoticeBanner } from '../components/NoticeBanner'
import { Dashboard } from '../features/dashboard/Dashboard'
import { ExportDialog } from '../features/export/ExportDialog'
import { ImportProgressBar } from '../features/import/ImportProgressBar'
import { KeyHelp } from '../features/keys/KeyHelp'
import { useKeymap } from '../features/keys/use-keymap'
import { useMenuCommands } from '../features/keys/use-menu-commands'
import { AppHeader } from '../features/shell/AppHeader'
import { ProjectPanel } from '../features/shell/ProjectPanel'
import { useApplyTheme } from '../features/shell/use-theme'
import { Workspace } from '../features/workspace/Workspace'
import { zoomStep } from '../store/prefs'
import { useActions, useAppStore } from '../store/use-store'
import { StartScreen } from './StartScreen'
import { useUiLanguage } from './useUiLanguage'
import './app.css'

/**
 * The shell: the header (project, article, view switch, theme, language), the project panel, and the
 * current view — the review workspace or the QA dashboard, two views over the one store — or the start
 * screen when no project is open. Window-wide keys (views, zoom, theme, the key overlay) live here.
 */
export function App(): React.JSX.Element {
  const { t } = useTranslation('common')
  const actions = useActions()
  const loading = useAppStore((s) => s.loading)
  const error = useAppStore((s) => s.error)
  const opened = useAppStore((s) => s.opened)
  const view = useAppStore((s) => s.view)
  const active = useAppStore((s) => s.activeArticle)
  const prefs = useAppStore((s) => s.prefs)
  const busy = useAppStore((s) => s.busy)
  const changeLanguage = useUiLanguage()
  const [keysOpen, setKeysOpen] = useState(false)
  const [exporting, setExporting] = useState(false)
  const notice = useAppStore((s) => s.notice)
  useApplyTheme(prefs)

  useEffect(() => actions.start(), [actions])

  const appName = t('appName')
  useEffect(() => {
    document.title = opened ? `${opened.project.name} · ${appName}` : appName
  }, [opened, appName])

  const zoom = (direction: 1 | -1 | 0): void =>
    actions.setPrefs((p) => ({ ...p, zoom: direction === 0 ? 1 : zoomStep(p.zoom, direction) }))
  const toggleTheme = (): void =>
    actions.setPrefs((p) => ({
      ...p,
      theme:
        p.theme === 'dark' ||
        (p.theme === 'system' && document.documentElement.dataset.theme === 'dark')
          ? 'light'
          : 'dark'
    }))
  const windowCommands = {
    'show-keys': () => setKeysOpen(true),
    'zoom-in': () => zoom(1),
    'zoom-out': () => zoom(-1),
    'zoom-reset': () => zoom(0),
    'toggle-theme': toggleTheme,
    'show-workspace': () => actions.setView('workspace'),
    'show-dashboard': () => actions.setView('dashboard'),
    export: () => {
      if (opened) setExporting(true)
    },
    'load-evaluation': () => actions.loadEvaluation()
  }
  useKeymap(!keysOpen && !exporting, windowCommands)
  useMenuCommands(true, windowCommands)

  return (
    <div className="app" style={{ zoom: prefs.zoom }}>
      {opened && (
        <AppHeader
          opened={opened}
          onLanguageChange={changeLanguage}
          onShowKeys={() => setKeysOpen(true)}
          onToggleTheme={toggleTheme}
        />
      )}
      {error && <ErrorBanner error={error} onDismiss={actions.dismissError} />}
      {notice && <NoticeBanner message={notice} onDismiss={() => actions.notify(null)} />}
      <ImportProgressBar />
      {loading ? (
        <p className="app__loading" role="status">
          {t('loading')}
        </p>
      ) : opened ? (
        <div className={`app__body${prefs.showProjectPanel ? ' app__body--with-panel' : ''}`}>
          {prefs.showProjectPanel && <ProjectPanel project={opened.project} />}
          <main className="app__main" aria-busy={busy}>
            {view === 'dashboard' ? (
              <Dashboard />
            ) : active ? (
              <Workspace articleId={active} />
            ) : (
              <p className="app__empty">{t('projectPanel.noArticles')}</p>
            )}
          </main>
        </div>
      ) : (
        <StartScreen
          busy={busy}
          onOpenPair={actions.openPair}
          onOpenBilingual={actions.openBilingual}
          onOpenProjectFolder={actions.openProjectFolder}
          onOpenSample={actions.openSample}
          onOpenRecent={actions.openRecent}
          onLanguageChange={changeLanguage}
        />
      )}
      {keysOpen && <KeyHelp onClose={() => setKeysOpen(false)} />}
      {exporting && opened && (
        <ExportDialog
          projectId={opened.project.id}
          articleId={active}
          articleCount={opened.project.articles.length}
          onDone={(path) => {
            setExporting(false)
            actions.notify(t('exported', { path }))
          }}
          onClose={() => setExporting(false)}
        />
      )}
    </div>
  )
}
