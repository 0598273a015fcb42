import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleView } from '@shared/domain/project'
import type { ReviewState } from '@shared/review/state'
import type { DisplayMode } from '../../store/prefs'
import { activeFilterCount, type RowFilters } from '../find/filters'
import { ProjectFiles } from '../import/ProjectFiles'

interface WorkspaceToolbarProps {
  readonly article: ArticleView
  readonly state: ReviewState
  readonly display: DisplayMode
  readonly filters: RowFilters
  readonly filtersOpen: boolean
  readonly compare: boolean
  readonly onDisplay: (display: DisplayMode) => void
  readonly onToggleFilters: () => void
  readonly onFind: () => void
  readonly onToggleCompare: () => void
  readonly qaOpen: boolean
  /** Suggestions of the automatic checks shown in the article. */
  readonly suggestionCount: number
  readonly onToggleQa: () => void
}

const MODES: readonly DisplayMode[] = ['mt', 'edit', 'diff']

/** The article, its files, and how the rows are shown: one line above the grid. */
export function WorkspaceToolbar(props: WorkspaceToolbarProps): React.JSX.Element {
  const { article, state, display, filters } = props
  const { t } = useTranslation(['workspace', 'qa'])
  const count = activeFilterCount(filters)
  // The encodings can be changed only while nothing has been recorded: every row would change.
  const locked = useMemo(() => {
    if (article.readOnly) return t('encodingLocked.readOnly')
    const actions = state.lastSeq + 1
    return actions > 0 ? t('encodingLocked.review', { count: actions }) : null
  }, [article.readOnly, state.lastSeq, t])
  return (
    <header className="workspace-toolbar">
      <h1 className="workspace-toolbar__name" title={article.name}>
        {article.name}
      </h1>
      <ProjectFiles project={article} locked={locked} />
      <div className="workspace-toolbar__end">
        <div className="segmented" role="radiogroup" aria-label={t('display.label')}>
          {MODES.map((mode) => (
            <button
              key={mode}
              type="button"
              role="radio"
              aria-checked={display === mode}
              className="segmented__option"
              onClick={() => props.onDisplay(mode)}
              title={t(`display.${mode}Title`)}
            >
              {t(`display.${mode}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button--small"
          aria-pressed={props.compare}
          onClick={props.onToggleCompare}
        >
          {t('toolbar.compare')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={props.filtersOpen}
          onClick={props.onToggleFilters}
        >
          {count > 0 ? t('toolbar.filtersOn', { count }) : t('toolbar.filters')}
        </button>
        <button type="button" className="button button--small" onClick={props.onFind}>
          {t('toolbar.find')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={props.qaOpen}
          aria-keyshortcuts="Q"
          title={t('qa:panel.toggleTitle')}
          onClick={props.onToggleQa}
        >
          {props.suggestionCount > 0
            ? t('qa:panel.toggleCount', { count: props.suggestionCount })
            : t('qa:panel.toggle')}
        </button>
      </div>
    </header>
  )
}
