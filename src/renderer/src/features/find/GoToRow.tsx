import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../components/Dialog'

interface GoToRowProps {
  readonly total: number
  readonly onGo: (row: number) => void
  readonly onCancel: () => void
}

/** Jump to row N (Ctrl+G): the number as the grid shows it. */
export function GoToRow({ total, onGo, onCancel }: GoToRowProps): React.JSX.Element {
  const { t } = useTranslation('find')
  const [value, setValue] = useState('')
  const n = Number(value)
  const valid = Number.isInteger(n) && n >= 1 && n <= total
  return (
    <Dialog title={t('goTo.title')} onClose={onCancel} className="dialog--small">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (valid) onGo(n)
        }}
      >
        <h2>{t('goTo.title')}</h2>
        <label className="field">
          <span>{t('goTo.label', { total })}</span>
          <input
            type="number"
            min={1}
            max={total}
            value={value}
            data-autofocus=""
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={value !== '' && !valid}
          />
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!valid}>
            {t('goTo.go')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
