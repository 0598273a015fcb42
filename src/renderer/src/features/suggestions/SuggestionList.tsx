import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding } from '@shared/qa'
import { isMacPlatform } from '../keys/platform'
import { ariaKeys, keyLabel } from '../keys/key-labels'
import { findingMessage } from './finding-text'
import type { RowSuggestion, SuggestionAction } from './use-suggestions'
import './suggestions.css'

interface SuggestionListProps {
  readonly suggestions: readonly RowSuggestion[]
  /** 1-based row number, for the list's accessible name. */
  readonly rowNumber: number
  /** The row's MT (fix spans index it). */
  readonly mt: string
  readonly readOnly: boolean
  readonly onAction: (action: SuggestionAction, findingId: string) => void
}

/** The actions of a suggestion, each with the key that does it to the focused one. */
const ACTIONS: readonly {
  readonly action: SuggestionAction
  readonly key: string
  readonly label: 'accept' | 'fix' | 'dismiss' | 'dismissCheck'
}[] = [
  { action: 'accept', key: 'a', label: 'accept' },
  { action: 'fix', key: 'Shift+A', label: 'fix' },
  { action: 'dismiss', key: 'd', label: 'dismiss' },
  { action: 'dismiss-check', key: 'Shift+D', label: 'dismissCheck' }
]

/**
 * The current row's automatic suggestions, under its texts: what each says (in the UI language),
 * which check and how severe, and its actions with their keys. The focused one (g moves on) is the
 * one the keys act on; a click acts on the suggestion clicked.
 */
export const SuggestionList = memo(function SuggestionList({
  suggestions,
  rowNumber,
  mt,
  readOnly,
  onAction
}: SuggestionListProps): React.JSX.Element | null {
  const { t } = useTranslation(['qa', 'typology'])
  const { t: keysT } = useTranslation('keys')
  const mac = isMacPlatform()
  if (suggestions.length === 0) return null
  const keyT = (binding: string): string => keyLabel(binding, keysT, mac)
  return (
    <section
      className="row-suggestions"
      aria-label={t('suggestions.listLabel', { number: rowNumber })}
      onClick={(event) => event.stopPropagation()}
    >
      <header className="row-suggestions__head">
        <span>{t('suggestions.count', { count: suggestions.length })}</span>
        {suggestions.length > 1 && (
          <span className="row-suggestions__next">
            <kbd>{keyT('g')}</kbd> {t('suggestions.next')}
          </span>
        )}
      </header>
      <ul className="row-suggestions__list">
        {suggestions.map(({ finding, focused }) => (
          <li
            key={finding.id}
            className={`row-suggestion row-suggestion--${finding.severity}${focused ? ' row-suggestion--focused' : ''}`}
            aria-current={focused ? 'true' : undefined}
            data-finding-id={finding.id}
          >
            <span className="severity-dot" aria-hidden="true" />
            <span className="row-suggestion__text">
              <span className="row-suggestion__message">{findingMessage(t, finding)}</span>{' '}
              <span className="row-suggestion__meta">
                {t(`check.${finding.check}.name` as never)}
                {' · '}
                {t(`typology:severity.${finding.severity}`)}
                {finding.side === 'source' && ` · ${t('suggestions.onSource')}`}
              </span>
            </span>
            <span className="row-suggestion__actions">
              {ACTIONS.filter((a) => a.action !== 'fix' || finding.fix).map((a) => (
                <button
                  key={a.action}
                  type="button"
                  className="row-suggestion__action"
                  tabIndex={-1}
                  disabled={readOnly}
                  title={actionTitle(t, a.action, finding, mt)}
                  aria-keyshortcuts={focused ? ariaKeys(a.key, mac) : undefined}
                  onClick={() => onAction(a.action, finding.id)}
                >
                  {t(`suggestions.${a.label}`)}
                  {focused && <kbd>{keyT(a.key)}</kbd>}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
})

type T = ReturnType<typeof useTranslation<['qa', 'keys', 'typology']>>['t']

function actionTitle(t: T, action: SuggestionAction, finding: Finding, mt: string): string {
  switch (action) {
    case 'accept':
      return t('suggestions.acceptTitle')
    case 'fix':
      return t('suggestions.fixTitle', {
        from: finding.fix ? mt.slice(finding.fix.span[0], finding.fix.span[1]) : finding.text,
        to: finding.fix?.replacement ?? ''
      })
    case 'dismiss':
      return t('suggestions.dismissTitle')
    case 'dismiss-check':
      return t('suggestions.dismissCheckTitle', {
        check: t(`check.${finding.check}.name` as never)
      })
  }
}
