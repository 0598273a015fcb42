import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProgress } from '@shared/ipc/contract'
import { useApi } from '../../app/api-context'
import './import.css'

/** A quick import should not flash a bar: it shows only once an import has run this long. */
const SHOW_AFTER_MS = 400

/**
 * What a long import is doing (reading each side, segmenting, aligning, saving), pushed by main while
 * it runs in its worker, with Cancel (and Esc). Nothing is changed by a cancelled import.
 */
export function ImportProgressBar(): React.JSX.Element | null {
  const api = useApi()
  const { t } = useTranslation('import')
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [visible, setVisible] = useState(false)
  const running = progress !== null

  useEffect(
    () =>
      api.on('importProgress', (next) => {
        if (next.phase !== 'done') return setProgress(next)
        setProgress(null)
        setVisible(false)
      }),
    [api]
  )

  useEffect(() => {
    if (!running) return
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [running])

  useEffect(() => {
    if (!visible) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      event.stopPropagation()
      void api.cancelImport({})
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [visible, api])

  if (!progress || !visible || progress.phase === 'done') return null
  const file = progress.file?.split(/[\\/]/).pop()
  return (
    <div className="import-progress" role="status" aria-label={t('progress.label')}>
      <span className="import-progress__phase">{t(`progress.${progress.phase}`)}</span>
      {file && <span className="import-progress__file">{file}</span>}
      <progress
        className="import-progress__bar"
        max={1}
        {...(progress.fraction !== null ? { value: progress.fraction } : {})}
        aria-label={t('progress.label')}
      />
      <button
        type="button"
        className="button button--small"
        onClick={() => void api.cancelImport({})}
        title={t('progress.cancelHint')}
      >
        {t('progress.cancel')}
      </button>
    </div>
  )
}
