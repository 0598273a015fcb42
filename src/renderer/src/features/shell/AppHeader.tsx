import { useTranslation } from 'react-i18next'
import type { SupportedLanguage } from '@shared/i18n/resources'
import type { OpenedProject } from '@shared/ipc/contract'
import { LanguageToggle } from '../../components/LanguageToggle'
import { useDescribeError } from '../../components/useDescribeError'
import { useActions, useAppStore } from '../../store/use-store'
import './shell.css'

interface AppHeaderProps {
  readonly opened: OpenedProject
  readonly onLanguageChange: (language: SupportedLanguage) => void
  readonly onShowKeys: () => void
  readonly onToggleTheme: () => void
}

/** One line at the top: the project, the view switch, the project panel, theme, keys, language. */
export function AppHeader({
  opened,
  onLanguageChange,
  onShowKeys,
  onToggleTheme
}: AppHeaderProps): React.JSX.Element {
  const { t } = useTranslation('common')
  const describe = useDescribeError()
  const actions = useActions()
  const view = useAppStore((s) => s.view)
  const panel = useAppStore((s) => s.prefs.showProjectPanel)
  const { project } = opened
  return (
    <header className="app-header">
      <button
        type="button"
        className="icon-button app-header__panel"
        aria-pressed={panel}
        aria-label={t('projectPanel.toggle')}
        title={t('projectPanel.toggle')}
        onClick={() => actions.setPrefs((p) => ({ ...p, showProjectPanel: !p.showProjectPanel }))}
      >
        ☰
      </button>
      <p className="app-header__project" title={project.dir}>
        <span className="app-header__app">{t('appName')}</span>
        <span className="app-header__name">{project.name}</span>
        {project.readOnly && (
          <span className="app-header__readonly" title={describe(project.readOnly)}>
            {t('readOnly')}
          </span>
        )}
      </p>
      <nav className="segmented" aria-label={t('views.label')}>
        {(['workspace', 'dashboard'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className="segmented__option"
            aria-current={view === v ? 'page' : undefined}
            aria-pressed={view === v}
            onClick={() => actions.setView(v)}
          >
            {t(`views.${v}`)}
          </button>
        ))}
      </nav>
      <div className="app-header__end">
        <button
          type="button"
          className="button button--small"
          onClick={onToggleTheme}
          title={t('theme.toggle')}
        >
          {t('theme.toggle')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={onShowKeys}
          aria-keyshortcuts="?"
        >
          {t('keys')}
        </button>
        <LanguageToggle onChange={onLanguageChange} />
      </div>
    </header>
  )
}
