import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FlagStatus } from '@shared/domain/review'
import type { TrackerItem } from '@shared/report/tracker-items'
import type { DashboardLabels } from '../use-dashboard-labels'

interface FlagDetailProps {
  readonly item: TrackerItem
  readonly labels: DashboardLabels
  /** No status changes or comments (an evaluation, a read-only project). */
  readonly readOnly: boolean
  readonly onStatus: (status: FlagStatus) => void
  readonly onComment: (text: string) => boolean
  readonly onJump: (() => void) | null
}

/**
 * The focused flag in full: its words in both texts, who flagged it and when, its comment, the
 * resolution and the discussion; resolve, reject or reopen it, answer it, or go to its row.
 */
export function FlagDetail({
  item,
  labels,
  readOnly,
  onStatus,
  onComment,
  onJump
}: FlagDetailProps): React.JSX.Element {
  const { t } = useTranslation('dashboard')
  const [reply, setReply] = useState('')
  const { context } = item
  const onSource = item.side === 'source'
  return (
    <section className="flag-detail" aria-label={t('detail.label', { number: item.rowNumber })}>
      <div className="flag-detail__texts">
        <p className="flag-detail__quote" lang={onSource ? 'ru' : undefined}>
          {context.before}
          <mark className={`flag-detail__mark flag-detail__mark--${item.severity}`}>
            {context.text || '∅'}
          </mark>
          {context.after}
        </p>
        <p className="flag-detail__other">
          <span className="flag-detail__side">{labels.side(onSource ? 'target' : 'source')}</span>{' '}
          <span>{onSource ? item.target : item.source}</span>
        </p>
      </div>
      <div className="flag-detail__meta">
        <p>
          <strong>{labels.category(item.category)}</strong> · {labels.severity(item.severity)} ·{' '}
          <span className={`flag-status flag-status--${item.status ?? 'none'}`}>
            {labels.status(item.status ?? '')}
          </span>
        </p>
        <p className="flag-detail__who">
          {t('detail.who', {
            origin: labels.origin(item.origin),
            author: item.author || labels.number(null),
            created: labels.date(item.createdAt),
            updated: labels.date(item.updatedAt)
          })}
        </p>
        {item.comment && <p className="flag-detail__comment">{item.comment}</p>}
        {item.resolution && (
          <p className="flag-detail__resolution">
            {t('detail.resolution', {
              status: labels.status(item.status ?? ''),
              note: item.resolution.note || t('detail.noNote'),
              by: item.resolution.by || labels.number(null),
              at: labels.date(item.resolution.at)
            })}
          </p>
        )}
        {item.thread.length > 0 && (
          <ol className="flag-detail__thread" aria-label={t('detail.thread')}>
            {item.thread.map((c) => (
              <li key={c.id}>
                <strong>{c.author || labels.number(null)}</strong>{' '}
                <time dateTime={c.at}>{labels.date(c.at)}</time>: {c.text}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="flag-detail__actions">
        {!readOnly && item.flagId && (
          <>
            {item.status === 'open' ? (
              <>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onStatus('resolved')}
                >
                  {t('status.resolve')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onStatus('rejected')}
                >
                  {t('status.reject')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => onStatus('open')}
              >
                {t('status.reopen')}
              </button>
            )}
            <form
              className="flag-detail__reply"
              onSubmit={(e) => {
                e.preventDefault()
                if (onComment(reply)) setReply('')
              }}
            >
              <input
                type="text"
                value={reply}
                aria-label={t('detail.reply')}
                placeholder={t('detail.reply')}
                onChange={(e) => setReply(e.target.value)}
              />
              <button type="submit" className="button button--small" disabled={reply.trim() === ''}>
                {t('detail.send')}
              </button>
            </form>
          </>
        )}
        {onJump && (
          <button type="button" className="button button--small button--primary" onClick={onJump}>
            {t('detail.jump', { number: item.rowNumber })}
          </button>
        )}
      </div>
    </section>
  )
}
