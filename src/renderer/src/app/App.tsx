import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBanner } from '../components/ErrorBanner'
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
        // A newly opened (or reopened) project starts a fresh review state from its own log.
        <Workspace
          key={`${project.id}:${project.review.lastSeq}`}
          project={project}
          onLanguageChange={changeLanguage}
        />
      ) : (
        <StartScreen
          busy={session.busy}
          onOpenPair={session.openPair}
          onOpenSample={session.openSample}
          onOpenRecent={session.openRecent}
          onLanguageChange={changeLanguage}
        />
      )}
    </div>
  )
}
