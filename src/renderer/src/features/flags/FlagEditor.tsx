import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SEVERITIES, type Flag, type Severity } from '@shared/domain/review'
import type { ReviewEvent } from '@shared/review/events'
import { flattenTypology, type Typology } from '@shared/typology/profile'
import { Dialog } from '../../components/Dialog'
import { formatTime } from '../../lib/format'
import { usePlacementBeside } from './FlagPicker'
import { useFlagLabels } from './useFlagLabels'

interface FlagEditorProps {
  readonly flag: Flag
  readonly typology: Typology
  /** The row's text on the flag's side (the span is quoted from it). */
  readonly rowText: string
  readonly number: number
  readonly readOnly: boolean
  readonly onSubmit: (event: ReviewEvent) => boolean
  readonly onRemove: (id: string) => void
  readonly onClose: () => void
}

/**
 * One flag, opened (a click on it, or Enter on a focused flag): change what it says, resolve or
 * reject it with a note, reopen it, discuss it, delete it. Each change is one step of the undo history.
 */
export function FlagEditor({
  flag,
  typology,
  rowText,
  number,
  readOnly,
  onSubmit,
  onRemove,
  onClose
}: FlagEditorProps): React.JSX.Element {
  const { t, i18n } = useTranslation('workspace')
  const labels = useFlagLabels(typology)
  const categories = useMemo(() => flattenTypology(typology), [typology])
  const [category, setCategory] = useState(flag.category)
  const [severity, setSeverity] = useState<Severity>(flag.severity)
  const [comment, setComment] = useState(flag.comment)
  const [note, setNote] = useState('')
  const [reply, setReply] = useState('')
  const placement = usePlacementBeside(flag.row, 430)
  const changed =
    category !== flag.category || severity !== flag.severity || comment.trim() !== flag.comment
  const quoted = rowText.slice(flag.span[0], flag.span[1]) || t('picker.emptySide')
  const known = categories.some((c) => c.id === flag.category)

  const save = (): void => {
    if (!changed) return
    onSubmit({
      type: 'flag.update',
      id: flag.id,
      changes: {
        ...(category !== flag.category ? { category } : {}),
        ...(severity !== flag.severity ? { severity } : {}),
        ...(comment.trim() !== flag.comment ? { comment: comment.trim() } : {})
      }
    })
  }

  return (
    <Dialog
      title={t('flagEditor.title', { number })}
      onClose={onClose}
      className="flag-editor"
      placement={placement}
    >
      <h2>{t('flagEditor.title', { number })}</h2>
      <blockquote className="flag-editor__quote" lang={flag.side === 'source' ? 'ru' : 'en'}>
        {quoted}
      </blockquote>
      <p className="flag-editor__meta">
        {t('flagEditor.meta', {
          author: flag.author || t('flagEditor.unknownAuthor'),
          created: formatTime(flag.createdAt, i18n.language),
          origin: flag.origin.startsWith('check:')
            ? t('flagEditor.fromCheck', { check: flag.origin.slice(6) })
            : t('flagEditor.byReviewer')
        })}
        {' · '}
        <span className={`flag-status flag-status--${flag.status}`}>
          {labels.status(flag.status)}
        </span>
        {flag.resolution &&
          ` — ${flag.resolution.note || t('flagEditor.noNote')} (${flag.resolution.by})`}
      </p>
      <fieldset disabled={readOnly} className="flag-editor__fields">
        <div className="flag-editor__what">
          <label className="field">
            <span>{t('picker.category')}</span>
            <select
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              data-autofocus=""
            >
              {!known && <option value={flag.category}>{flag.category}</option>}
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.depth === 1 ? ` · ${labels.categoryShort(c.id)}` : labels.categoryShort(c.id)}
                </option>
              ))}
            </select>
          </label>
          <div
            className="picker__severities picker__severities--row"
            role="radiogroup"
            aria-label={t('picker.severity')}
          >
            {SEVERITIES.map((s) => (
              <button
                key={s}
                type="button"
                role="radio"
                aria-checked={s === severity}
                className={`picker__severity picker__severity--${s}`}
                onClick={() => setSeverity(s)}
              >
                <span className="severity-dot" aria-hidden="true" />
                {labels.severity(s)}
              </button>
            ))}
          </div>
          <label className="field">
            <span>{t('picker.comment')}</span>
            <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <div className="dialog__actions dialog__actions--start">
            <button
              type="button"
              className="button button--primary"
              disabled={!changed}
              onClick={save}
            >
              {t('flagEditor.save')}
            </button>
          </div>
          <hr />
          {flag.status === 'open' ? (
            <div className="flag-editor__resolve">
              <label className="field">
                <span>{t('flagEditor.note')}</span>
                <input
                  type="text"
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  placeholder={t('flagEditor.notePlaceholder')}
                />
              </label>
              <button
                type="button"
                className="button"
                onClick={() =>
                  onSubmit({
                    type: 'flag.status',
                    ids: [flag.id],
                    status: 'resolved',
                    note: note.trim()
                  })
                }
              >
                {t('flagEditor.resolve')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() =>
                  onSubmit({
                    type: 'flag.status',
                    ids: [flag.id],
                    status: 'rejected',
                    note: note.trim()
                  })
                }
              >
                {t('flagEditor.reject')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() =>
                onSubmit({ type: 'flag.status', ids: [flag.id], status: 'open', note: '' })
              }
            >
              {t('flagEditor.reopen')}
            </button>
          )}
          <section className="flag-editor__thread" aria-label={t('flagEditor.thread')}>
            <h3>{t('flagEditor.thread')}</h3>
            {(flag.thread ?? []).length === 0 ? (
              <p className="flag-editor__empty">{t('flagEditor.noComments')}</p>
            ) : (
              <ol>
                {(flag.thread ?? []).map((c) => (
                  <li key={c.id}>
                    <strong>{c.author || t('flagEditor.unknownAuthor')}</strong>{' '}
                    <time dateTime={c.at}>{formatTime(c.at, i18n.language)}</time>
                    <p>{c.text}</p>
                  </li>
                ))}
              </ol>
            )}
            <form
              onSubmit={(e) => {
                e.preventDefault()
                if (reply.trim() === '') return
                if (
                  onSubmit({
                    type: 'flag.comment',
                    id: flag.id,
                    comment: { id: crypto.randomUUID(), text: reply.trim() }
                  })
                )
                  setReply('')
              }}
            >
              <label className="field">
                <span>{t('flagEditor.reply')}</span>
                <input type="text" value={reply} onChange={(e) => setReply(e.target.value)} />
              </label>
              <button type="submit" className="button button--small" disabled={reply.trim() === ''}>
                {t('flagEditor.send')}
              </button>
            </form>
          </section>
        </div>
      </fieldset>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={readOnly}
          onClick={() => onRemove(flag.id)}
        >
          {t('flagEditor.delete')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('flagEditor.close')}
        </button>
      </div>
    </Dialog>
  )
}
