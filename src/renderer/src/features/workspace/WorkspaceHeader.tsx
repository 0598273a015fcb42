import { useTranslation } from 'react-i18next'
import { SEVERITIES } from '@shared/domain/review'
import type { SupportedLanguage } from '@shared/i18n/resources'
import type { ProjectView } from '@shared/ipc/contract'
import { LanguageToggle } from '../../components/LanguageToggle'
import { ImportNotes } from '../import/ImportNotes'
import { ProjectFiles } from '../import/ProjectFiles'
import type { ReviewCounts, SaveStatus } from './review-store'
import { SaveIndicator } from './SaveIndicator'
import { useFlagLabels } from './useFlagLabels'

interface WorkspaceHeaderProps {
  readonly project: ProjectView
  /** Saved progress (not counting changes still in flight). */
  readonly counts: ReviewCounts
  readonly saving: boolean
  readonly saveStatus: SaveStatus
  readonly onLanguageChange: (language: SupportedLanguage) => void
}

/**
 * Project, files, progress and save state: what a reviewer glances at between sentences. Below it,
 * anything the import noticed about the files that the reviewer should check before starting.
 */
export function WorkspaceHeader(props: WorkspaceHeaderProps): React.JSX.Element {
  const { project, counts } = props
  const { t } = useTranslation('workspace')
  const labels = useFlagLabels()
  const rows = project.beads.length
  return (
    <>
      <header className="workspace-header">
        <h1 className="workspace-header__name" title={project.dir}>
          {project.name}
        </h1>
        <ProjectFiles project={project} />
        <ul className="workspace-header__counts" aria-label={t('header.progress')}>
          <li>{t('count.rows', { count: rows })}</li>
          <li>{t('count.reviewed', { count: counts.reviewed, total: rows })}</li>
          <li className="workspace-header__flags">
            <span>{t('count.flags', { count: counts.flags })}</span>
            {SEVERITIES.filter((s) => counts.bySeverity[s] > 0).map((severity) => (
              <span key={severity} className={`severity-count severity-count--${severity}`}>
                <span className="severity-dot" aria-hidden="true" />
                {t('count.severityFlags', {
                  count: counts.bySeverity[severity],
                  severity: labels.severity(severity).toLocaleLowerCase()
                })}
              </span>
            ))}
          </li>
        </ul>
        <div
          className="workspace-header__progress"
          role="progressbar"
          aria-label={t('header.progress')}
          aria-valuemin={0}
          aria-valuemax={rows}
          aria-valuenow={counts.reviewed}
          aria-valuetext={t('count.reviewed', { count: counts.reviewed, total: rows })}
        >
          <div style={{ width: `${rows ? (100 * counts.reviewed) / rows : 0}%` }} />
        </div>
        <div className="workspace-header__end">
          <SaveIndicator saving={props.saving} status={props.saveStatus} />
          <LanguageToggle onChange={props.onLanguageChange} />
        </div>
      </header>
      <ImportNotes project={project} />
    </>
  )
}
