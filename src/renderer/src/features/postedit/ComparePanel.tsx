import { useTranslation } from 'react-i18next'
import { changedShare, diffParts } from '../text/diff-parts'

interface ComparePanelProps {
  readonly number: number
  readonly source: string
  readonly mt: string
  readonly edit: string | null
  readonly onClose: () => void
}

/** The current row side by side: the Russian, the MT, and the post-edit with its changes marked. */
export function ComparePanel({
  number,
  source,
  mt,
  edit,
  onClose
}: ComparePanelProps): React.JSX.Element {
  const { t, i18n } = useTranslation('workspace')
  const parts = edit !== null ? diffParts(mt, edit) : null
  const share = parts ? changedShare(parts) : 0
  return (
    <aside className="compare-panel" aria-label={t('compare.label', { number })}>
      <header className="compare-panel__head">
        <h2>{t('compare.title', { number })}</h2>
        {parts && (
          <span className="compare-panel__share">
            {t('compare.changed', {
              share: new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(share)
            })}
          </span>
        )}
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('compare.close')}
          title={t('compare.close')}
        >
          ×
        </button>
      </header>
      <div className="compare-panel__columns">
        <section>
          <h3>{t('compare.source')}</h3>
          <p lang="ru">{source}</p>
        </section>
        <section>
          <h3>{t('compare.mt')}</h3>
          <p lang="en">{mt}</p>
        </section>
        <section>
          <h3>{t('compare.edit')}</h3>
          {parts ? (
            <p lang="en" className="compare-panel__diff">
              {parts.map((part, i) =>
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
            </p>
          ) : (
            <p className="compare-panel__none">{t('compare.noEdit')}</p>
          )}
        </section>
      </div>
    </aside>
  )
}
