import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FlagStatus } from '@shared/domain/review'
import { reasonRequired } from '@shared/report/status-events'
import { Dialog } from '../../../components/Dialog'

interface StatusDialogProps {
  readonly status: Exclude<FlagStatus, 'open'>
  /** How many flags change. */
  readonly count: number
  readonly onConfirm: (note: string) => void
  readonly onClose: () => void
}

/** Resolve or reject one flag or many, with a note; a rejection must say why. */
export function StatusDialog({
  status,
  count,
  onConfirm,
  onClose
}: StatusDialogProps): React.JSX.Element {
  const { t } = useTranslation(['dashboard', 'common'])
  const [note, setNote] = useState('')
  const required = reasonRequired(status)
  const missing = required && note.trim() === ''
  const title = t(
    status === 'rejected' ? 'dashboard:status.rejectTitle' : 'dashboard:status.resolveTitle',
    { count }
  )
  return (
    <Dialog title={title} onClose={onClose} className="status-dialog">
      <h2>{title}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (!missing) onConfirm(note)
        }}
      >
        <label className="field">
          <span>{t(required ? 'dashboard:status.reason' : 'dashboard:status.note')}</span>
          <textarea
            rows={3}
            value={note}
            required={required}
            aria-required={required}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              // Enter confirms (as in the workspace's flag editor); Shift+Enter starts a new line.
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault()
                if (!missing) onConfirm(note)
              }
            }}
          />
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={missing}>
            {t(
              status === 'rejected'
                ? 'dashboard:status.confirmReject'
                : 'dashboard:status.confirmResolve'
            )}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
