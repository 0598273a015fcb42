import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { useDescribeError } from '../../components/useDescribeError'
import { formatTime } from '../../lib/format'
import type { ArticleState } from '../../store/article-state'
import { useActions, useAppStore } from '../../store/use-store'
import { useImportLabels } from '../import/useImportLabels'
import { progressOf } from './progress'

interface StatusBarProps {
  readonly article: ArticleState
  readonly rowsShown: number
}

/**
 * The line under the grid: both files' encodings, rows and words, reviewed progress, and the save
 * state — "Saved" only once main has flushed every change to disk; a change that could not be saved
 * is named with the reason.
 */
export function StatusBar({ article, rowsShown }: StatusBarProps): React.JSX.Element {
  const { t, i18n } = useTranslation(['workspace', 'keys'])
  const describe = useDescribeError()
  const labels = useImportLabels()
  const actions = useActions()
  const showHint = useAppStore((s) => s.prefs.showHint)
  const progress = useMemo(
    () => progressOf(article.saved, article.base),
    [article.saved, article.base]
  )
  const { view, status } = article
  const number = new Intl.NumberFormat(i18n.language)
  const saving = article.pending.length > 0
  const save = saving
    ? { kind: 'saving', text: t('save.saving') }
    : status.kind === 'failed'
      ? {
          kind: 'failed',
          text: t('save.failed', {
            error: describe(status.error),
            what: t(`history.${status.event.type}`)
          })
        }
      : status.kind === 'saved'
        ? { kind: 'saved', text: t('save.saved', { time: formatTime(status.at, i18n.language) }) }
        : { kind: 'clean', text: t('save.clean') }
  return (
    <footer className="status-bar">
      <span className="status-bar__item" title={view.source.originalPath}>
        {t('statusBar.source', { encoding: labels.encoding(view.source.encoding.name) })}
      </span>
      <span className="status-bar__item" title={view.target.originalPath}>
        {t('statusBar.target', { encoding: labels.encoding(view.target.encoding.name) })}
      </span>
      <span className="status-bar__item">
        {rowsShown === progress.rows
          ? t('statusBar.rows', { count: progress.rows, formatted: number.format(progress.rows) })
          : t('statusBar.rowsFiltered', {
              count: progress.rows,
              shown: number.format(rowsShown),
              formatted: number.format(progress.rows)
            })}
      </span>
      <span className="status-bar__item">
        {t('statusBar.words', { count: progress.words, formatted: number.format(progress.words) })}
      </span>
      <span className="status-bar__item status-bar__progress">
        <span
          className="progress"
          role="progressbar"
          aria-label={t('statusBar.progress')}
          aria-valuemin={0}
          aria-valuemax={progress.rows}
          aria-valuenow={progress.reviewedRows}
          aria-valuetext={t('statusBar.reviewed', {
            rows: progress.reviewedRows,
            total: progress.rows,
            words: progress.reviewedWords,
            allWords: progress.words
          })}
        >
          <span
            style={{
              width: `${progress.rows ? (100 * progress.reviewedRows) / progress.rows : 0}%`
            }}
          />
        </span>
        {t('statusBar.reviewed', {
          rows: progress.reviewedRows,
          total: progress.rows,
          words: number.format(progress.reviewedWords),
          allWords: number.format(progress.words)
        })}
      </span>
      <span
        className={`status-bar__save save-state save-state--${save.kind}`}
        role="status"
        aria-live="polite"
      >
        <Icon
          name={save.kind === 'failed' ? 'alert' : save.kind === 'saving' ? 'circle' : 'check'}
        />
        {save.text}
      </span>
      {showHint ? (
        <span className="status-bar__hint">
          {t('keys:hint')}
          <button
            type="button"
            className="link-button"
            onClick={() => actions.setPrefs((p) => ({ ...p, showHint: false }))}
          >
            {t('keys:hideHint')}
          </button>
        </span>
      ) : null}
    </footer>
  )
}
