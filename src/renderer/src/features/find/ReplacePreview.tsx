import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlannedEdit } from '@shared/review/find'
import { Dialog } from '../../components/Dialog'
import { diffParts } from '../text/diff-parts'

interface ReplacePreviewProps {
  readonly plan: readonly PlannedEdit[]
  readonly numbers: ReadonlyMap<string, number>
  readonly onApply: (edits: PlannedEdit[]) => void
  readonly onCancel: () => void
}

/** Every change Replace would make, as track changes, each one deselectable; applied as one undoable step. */
export function ReplacePreview({
  plan,
  numbers,
  onApply,
  onCancel
}: ReplacePreviewProps): React.JSX.Element {
  const { t } = useTranslation('find')
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set())
  const chosen = plan.filter((e) => !skipped.has(e.row))
  const count = chosen.reduce((n, e) => n + e.count, 0)
  return (
    <Dialog title={t('preview.title')} onClose={onCancel} className="dialog--wide">
      <h2>{t('preview.title')}</h2>
      {plan.length === 0 ? (
        <p>{t('preview.nothing')}</p>
      ) : (
        <>
          <p>{t('preview.summary', { count, rows: chosen.length })}</p>
          <ul className="replace-preview">
            {plan.map((edit) => (
              <li key={edit.row}>
                <label>
                  <input
                    type="checkbox"
                    checked={!skipped.has(edit.row)}
                    onChange={(e) =>
                      setSkipped((s) => {
                        const next = new Set(s)
                        if (e.target.checked) next.delete(edit.row)
                        else next.add(edit.row)
                        return next
                      })
                    }
                  />
                  <span className="replace-preview__row">
                    {t('preview.row', { number: numbers.get(edit.row) ?? 0 })}
                  </span>
                  <span className="replace-preview__text" lang="en">
                    {diffParts(edit.before, edit.after).map((part, i) =>
                      part.kind === 'same' ? (
                        <span key={i}>{part.text}</span>
                      ) : part.kind === 'deleted' ? (
                        <del key={i} className="diff-del">
                          {part.text}
                        </del>
                      ) : (
                        <ins key={i} className="diff-ins">
                          {part.text}
                        </ins>
                      )
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={chosen.length === 0}
          data-autofocus=""
          onClick={() => onApply(chosen)}
        >
          {t('preview.apply', { count })}
        </button>
      </div>
    </Dialog>
  )
}
