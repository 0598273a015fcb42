import { useEffect } from 'react'
import type { ProjectView } from '@shared/ipc/contract'
import { useTranslation } from 'react-i18next'
import { ErrorBanner } from '../components/ErrorBanner'
import { ImportActionsProvider } from '../features/import/import-actions'
import { Workspace } from '../features/workspace/Workspace'
import { StartScreen } from './StartScreen'
import { useProjectSession } from './useProjectSession'
import { useUiLanguage } from './useUiLanguage'
import './app.css'

/** The shell: start screen or review workspace, with one place for errors that concern either. */
export function App(): React.JSX.Element {
  const { t } = useTranslation('common')
  const session = useProjectSession()
  const changeLanguage = useUiLanguage()
  const { project } = session
  const appName = t('appName')

  useEffect(() => {
    document.title = project ? `${project.name} · ${appName}` : appName
  }, [project, appName])

  return (
    <div className="app">
      {session.error && <ErrorBanner error={session.error} onDismiss={session.dismissError} />}
      {session.loading ? (
        <p className="app__loading" role="status">
          {t('loading')}
        </p>
      ) : project ? (
        <ImportActionsProvider
          actions={{ busy: session.busy, reopenWithEncoding: session.reopenWithEncoding }}
        >
          <Workspace
            key={workspaceKey(project)}
            project={project}
            onLanguageChange={changeLanguage}
          />
        </ImportActionsProvider>
      ) : (
        <StartScreen
          busy={session.busy}
          onOpenPair={session.openPair}
          onOpenBilingual={session.openBilingual}
          onOpenSample={session.openSample}
          onOpenRecent={session.openRecent}
          onLanguageChange={changeLanguage}
        />
      )}
    </div>
  )
}

/**
 * A newly opened (or reopened) project starts a fresh workspace, with the review state from its own
 * log: another project, another log position, or the same files read in another encoding.
 */
function workspaceKey(project: ProjectView): string {
  const { id, review, source, target } = project
  return [id, review.lastSeq, source.encoding.name, target.encoding.name].join(':')
}
