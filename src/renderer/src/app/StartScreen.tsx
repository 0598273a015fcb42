import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecentProject } from '@shared/ipc/contract'
import type { SupportedLanguage } from '@shared/i18n/resources'
import { LanguageToggle } from '../components/LanguageToggle'
import { formatDateTime } from '../lib/format'
import { useApi } from './api-context'
import './screens.css'

interface StartScreenProps {
  /** An open request is in flight: the buttons wait for it. */
  readonly busy: boolean
  /** Asks main for the Russian source and the English MT (two file dialogs). */
  readonly onOpenPair: () => void
  /** Asks main for one bilingual file (XLIFF, TMX, CSV/TSV), already paired. */
  readonly onOpenBilingual: () => void
  /** Asks main for a project folder to open. */
  readonly onOpenProjectFolder: () => void
  /** Opens the bundled sample article. */
  readonly onOpenSample: () => void
  /** Reopens a project from the recent list. */
  readonly onOpenRecent: (projectId: string) => void
  /** Switches the UI language. */
  readonly onLanguageChange: (language: SupportedLanguage) => void
}

/** What the window shows when no project is open. */
export function StartScreen(props: StartScreenProps): React.JSX.Element {
  const { t } = useTranslation('common')
  return (
    <main className="screen start">
      <header className="start__header">
        <div>
          <h1 className="start__title">{t('appName')}</h1>
          <p className="start__tagline">{t('start.tagline')}</p>
        </div>
        <LanguageToggle onChange={props.onLanguageChange} />
      </header>
      <section className="start__actions" aria-label={t('start.actions')}>
        <StartAction
          label={t('start.openPair')}
          hint={t('start.openPairHint')}
          primary
          disabled={props.busy}
          onClick={props.onOpenPair}
        />
        <StartAction
          label={t('start.openBilingual')}
          hint={t('start.openBilingualHint')}
          disabled={props.busy}
          onClick={props.onOpenBilingual}
        />
        <StartAction
          label={t('start.openProjectFolder')}
          hint={t('start.openProjectFolderHint')}
          disabled={props.busy}
          onClick={props.onOpenProjectFolder}
        />
        <StartAction
          label={t('start.openSample')}
          hint={t('start.openSampleHint')}
          disabled={props.busy}
          onClick={props.onOpenSample}
        />
      </section>
      <RecentList busy={props.busy} onOpen={props.onOpenRecent} />
    </main>
  )
}

interface StartActionProps {
  readonly label: string
  /** One line under the label saying what happens. */
  readonly hint: string
  readonly primary?: boolean
  readonly disabled: boolean
  readonly onClick: () => void
}

function StartAction({
  label,
  hint,
  primary,
  disabled,
  onClick
}: StartActionProps): React.JSX.Element {
  return (
    <button
      type="button"
      className={primary ? 'start-action start-action--primary' : 'start-action'}
      disabled={disabled}
      onClick={onClick}
    >
      <span className="start-action__label">{label}</span>
      <span className="start-action__hint">{hint}</span>
    </button>
  )
}

interface RecentListProps {
  readonly busy: boolean
  readonly onOpen: (projectId: string) => void
}

function RecentList({ busy, onOpen }: RecentListProps): React.JSX.Element {
  const api = useApi()
  const { t, i18n } = useTranslation('common')
  const [recent, setRecent] = useState<readonly RecentProject[] | null>(null)

  useEffect(() => {
    let live = true
    api.listRecent({}).then(
      (list) => live && setRecent(list),
      // The list is a convenience: without it the screen still opens files.
      () => live && setRecent([])
    )
    return () => {
      live = false
    }
  }, [api])

  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="recent__title">
        {t('start.recent')}
      </h2>
      {recent !== null && recent.length === 0 && (
        <p className="recent__empty">{t('start.noRecent')}</p>
      )}
      {recent !== null && recent.length > 0 && (
        <ul className="recent__list">
          {recent.map((project) => (
            <li key={project.id}>
              <button
                type="button"
                className="recent__item"
                disabled={busy}
                onClick={() => onOpen(project.id)}
              >
                <span className="recent__name">{project.name}</span>
                <span className="recent__dir">{project.dir}</span>
                <span className="recent__date">
                  {t('start.openedAt', { date: formatDateTime(project.openedAt, i18n.language) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
