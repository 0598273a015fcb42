import { useTranslation } from 'react-i18next'
import type { ProjectView } from '@shared/domain/project'
import { useActions, useAppStore } from '../../store/use-store'
import { progressOf } from '../workspace/progress'

interface ProjectPanelProps {
  readonly project: ProjectView
}

/** The project's articles with their progress and open flags; choosing one opens it in the workspace. */
export function ProjectPanel({ project }: ProjectPanelProps): React.JSX.Element {
  const { t, i18n } = useTranslation('common')
  const actions = useActions()
  const active = useAppStore((s) => s.activeArticle)
  const busy = useAppStore((s) => s.busy)
  // Articles loaded in this window show their live progress; the others what the project said.
  const loaded = useAppStore((s) => s.articles)
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' })
  return (
    <nav className="project-panel" aria-label={t('projectPanel.label')}>
      <h2 className="project-panel__title">
        {t('projectPanel.articles', { count: project.articles.length })}
      </h2>
      <ul className="project-panel__list">
        {project.articles.map((a) => {
          const slot = loaded.get(a.id)
          const live =
            slot?.status === 'ready' ? progressOf(slot.article.visible, slot.article.base) : null
          const rows = live?.rows ?? a.rows
          const reviewed = live?.reviewedRows ?? a.reviewedRows
          const openFlags = live
            ? Object.values(live.openBySeverity).reduce((n, x) => n + x, 0)
            : a.openFlags
          const share = rows === 0 ? 0 : reviewed / rows
          return (
            <li key={a.id}>
              <button
                type="button"
                className="project-panel__article"
                aria-current={a.id === active ? 'page' : undefined}
                onClick={() => actions.showArticle(a.id)}
                title={a.error ? undefined : `${a.sourceFile} · ${a.targetFile}`}
              >
                <span className="project-panel__name">{a.name}</span>
                {a.error ? (
                  <span className="project-panel__error">{t('projectPanel.damaged')}</span>
                ) : (
                  <>
                    <span className="progress progress--thin" aria-hidden="true">
                      <span style={{ width: `${100 * share}%` }} />
                    </span>
                    <span className="project-panel__stats">
                      {t('projectPanel.stats', {
                        reviewed: percent.format(share),
                        rows,
                        count: openFlags
                      })}
                    </span>
                  </>
                )}
              </button>
            </li>
          )
        })}
      </ul>
      <div className="project-panel__actions">
        <button
          type="button"
          className="button button--small"
          disabled={busy || project.readOnly !== null}
          onClick={actions.addArticlePair}
        >
          {t('projectPanel.addPair')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy || project.readOnly !== null}
          onClick={actions.addArticleFolder}
        >
          {t('projectPanel.addFolder')}
        </button>
      </div>
    </nav>
  )
}
