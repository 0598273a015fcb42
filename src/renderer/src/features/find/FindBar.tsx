import { useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { compileQuery, type FindQuery } from '@shared/review/find'

export interface FindState {
  readonly open: boolean
  readonly replace: boolean
  readonly query: FindQuery
  readonly replacement: string
  /** Index of the current hit. */
  readonly index: number
  /** Bumped to move the focus into the search field again (Ctrl+F while the bar is open). */
  readonly focusToken: number
}

export const INITIAL_FIND: FindState = {
  open: false,
  replace: false,
  query: {
    text: '',
    regex: false,
    caseSensitive: false,
    wholeWord: false,
    scope: 'both',
    english: 'corrected'
  },
  replacement: '',
  index: 0,
  focusToken: 0
}

interface FindBarProps {
  readonly state: FindState
  readonly hits: number
  readonly readOnly: boolean
  readonly onChange: (change: Partial<Pick<FindState, 'query' | 'replacement' | 'replace'>>) => void
  readonly onStep: (direction: 1 | -1) => void
  readonly onReplace: (all: boolean) => void
  readonly onClose: () => void
}

/**
 * Find (and replace) beside the grid, not over it: a non-modal bar with its own keys (`find` scope:
 * Enter next, Shift+Enter previous, Esc closes) while the grid keeps its own.
 */
export function FindBar({
  state,
  hits,
  readOnly,
  onChange,
  onStep,
  onReplace,
  onClose
}: FindBarProps): React.JSX.Element {
  const { t } = useTranslation('find')
  const field = useRef<HTMLInputElement>(null)
  const { query } = state
  const compiled = query.text === '' ? null : compileQuery(query)
  const invalid = compiled !== null && !compiled.ok
  const set = (change: Partial<FindQuery>): void => onChange({ query: { ...query, ...change } })

  useLayoutEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [state.focusToken])

  return (
    <section className="find-bar" role="search" aria-label={t('label')} data-key-scope="find">
      <div className="find-bar__row">
        <input
          ref={field}
          className={`find-bar__field${invalid ? ' find-bar__field--invalid' : ''}`}
          type="search"
          value={query.text}
          placeholder={t('placeholder')}
          aria-label={t('field')}
          aria-invalid={invalid}
          aria-describedby="find-count"
          onChange={(e) => set({ text: e.target.value })}
        />
        <span id="find-count" className="find-bar__count" role="status">
          {invalid
            ? t('invalid')
            : query.text === ''
              ? ''
              : hits === 0
                ? t('none')
                : t('count', { current: Math.min(state.index + 1, hits), count: hits })}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => onStep(-1)}
          disabled={hits === 0}
          aria-label={t('previous')}
          title={t('previous')}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onStep(1)}
          disabled={hits === 0}
          aria-label={t('next')}
          title={t('next')}
        >
          ↓
        </button>
        <label className="toggle">
          <input
            type="checkbox"
            checked={query.caseSensitive}
            onChange={(e) => set({ caseSensitive: e.target.checked })}
          />
          {t('case')}
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={query.wholeWord}
            onChange={(e) => set({ wholeWord: e.target.checked })}
          />
          {t('wholeWord')}
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={query.regex}
            onChange={(e) => set({ regex: e.target.checked })}
          />
          {t('regex')}
        </label>
        <label className="find-bar__select">
          <span className="visually-hidden">{t('scope')}</span>
          <select
            value={query.scope}
            onChange={(e) => set({ scope: e.target.value as FindQuery['scope'] })}
            aria-label={t('scope')}
          >
            <option value="both">{t('scopeBoth')}</option>
            <option value="source">{t('scopeSource')}</option>
            <option value="target">{t('scopeTarget')}</option>
          </select>
        </label>
        <label className="find-bar__select">
          <select
            value={query.english}
            onChange={(e) => set({ english: e.target.value as FindQuery['english'] })}
            aria-label={t('english')}
          >
            <option value="corrected">{t('englishCorrected')}</option>
            <option value="mt">{t('englishMt')}</option>
          </select>
        </label>
        <button
          type="button"
          className="button button--small"
          aria-expanded={state.replace}
          onClick={() => onChange({ replace: !state.replace })}
        >
          {t('replaceToggle')}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('close')}
          title={t('close')}
        >
          ×
        </button>
      </div>
      {state.replace && (
        <div className="find-bar__row">
          <input
            className="find-bar__field"
            type="text"
            value={state.replacement}
            placeholder={t('replacement')}
            aria-label={t('replacement')}
            onChange={(e) => onChange({ replacement: e.target.value })}
          />
          <span className="find-bar__note">{t('replaceNote')}</span>
          <button
            type="button"
            className="button button--small"
            disabled={hits === 0 || readOnly || query.scope === 'source'}
            onClick={() => onReplace(false)}
          >
            {t('replaceOne')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={hits === 0 || readOnly || query.scope === 'source'}
            onClick={() => onReplace(true)}
          >
            {t('replaceAll')}
          </button>
        </div>
      )}
    </section>
  )
}
