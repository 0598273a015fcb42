import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestOf } from '@shared/ipc/contract'
import { Dialog } from '../../components/Dialog'
import { useDescribeError } from '../../components/useDescribeError'
import { useApi } from '../../app/api-context'

/** Each choice the dialog offers: a format and the options that make it (labels in `export:formats`). */
const CHOICES = [
  { id: 'txt', format: 'txt' },
  { id: 'md', format: 'md' },
  { id: 'docx', format: 'docx' },
  { id: 'docxTracked', format: 'docx', trackChanges: true },
  { id: 'xliff21', format: 'xliff21' },
  { id: 'xliff12', format: 'xliff12', xliff12Profile: 'its' },
  { id: 'xliff12Strict', format: 'xliff12', xliff12Profile: 'strict' },
  { id: 'tmx', format: 'tmx' },
  { id: 'csvRows', format: 'csv', table: 'rows' },
  { id: 'csvFlags', format: 'csv', table: 'flags' },
  { id: 'xlsx', format: 'xlsx' },
  { id: 'json', format: 'json' }
] as const

interface ExportDialogProps {
  readonly projectId: string
  /** The article on screen (exported alone unless the reviewer picks the whole project). */
  readonly articleId: string | null
  readonly articleCount: number
  readonly onDone: (path: string) => void
  readonly onClose: () => void
}

/**
 * Export the corrected English or a bilingual file: one article or the whole project, in any format
 * Calque writes; main asks where to save and writes the file atomically.
 */
export function ExportDialog({
  projectId,
  articleId,
  articleCount,
  onDone,
  onClose
}: ExportDialogProps): React.JSX.Element {
  const { t } = useTranslation(['export', 'common'])
  const api = useApi()
  const describe = useDescribeError()
  const [choice, setChoice] = useState<(typeof CHOICES)[number]['id']>('docxTracked')
  const [scope, setScope] = useState<'article' | 'project'>(
    articleId && articleCount > 1 ? 'article' : 'project'
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (): Promise<void> => {
    const picked = CHOICES.find((c) => c.id === choice)!
    const request: RequestOf<'exportArticles'> = {
      projectId,
      articleIds: scope === 'article' && articleId ? [articleId] : null,
      format: picked.format,
      ...('trackChanges' in picked ? { trackChanges: picked.trackChanges } : {}),
      ...('table' in picked ? { table: picked.table } : {}),
      ...('xliff12Profile' in picked ? { xliff12Profile: picked.xliff12Profile } : {})
    }
    setBusy(true)
    setError(null)
    try {
      const result = await api.exportArticles(request)
      if (!result.ok) setError(describe(result.error))
      else if (result.value) onDone(result.value.path)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={t('export:dialog.title')} onClose={onClose} className="export-dialog">
      <h2>{t('export:dialog.title')}</h2>
      <fieldset className="export-dialog__formats">
        <legend>{t('export:dialog.format')}</legend>
        {CHOICES.map((c) => (
          <label key={c.id} className="export-dialog__choice">
            <input
              type="radio"
              name="export-format"
              checked={choice === c.id}
              onChange={() => setChoice(c.id)}
            />
            {t(`export:formats.${c.id}`)}
          </label>
        ))}
      </fieldset>
      {articleCount > 1 && (
        <fieldset className="export-dialog__scope">
          <legend>{t('export:dialog.scope')}</legend>
          <label>
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'article'}
              disabled={!articleId}
              onChange={() => setScope('article')}
            />
            {t('export:dialog.article')}
          </label>
          <label>
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'project'}
              onChange={() => setScope('project')}
            />
            {t('export:dialog.project', { count: articleCount })}
          </label>
        </fieldset>
      )}
      {error && (
        <p className="export-dialog__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void run()}
        >
          {busy ? t('export:dialog.working') : t('export:dialog.export')}
        </button>
      </div>
    </Dialog>
  )
}
