import { useLayoutEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '@shared/domain/document'
import { SEVERITIES, type Severity, type Side } from '@shared/domain/review'
import type { Typology } from '@shared/typology/profile'
import { Dialog } from '../../components/Dialog'
import { rowElementId } from '../workspace/grid/ReviewRow'
import { labelledCategories, searchCategories } from './category-search'
import { useFlagLabels } from './useFlagLabels'
import './flag-picker.css'

/** What a new flag will cover. */
export interface FlagTarget {
  readonly row: string
  /** 1-based row number, as the grid shows it. */
  readonly number: number
  readonly side: Side
  readonly span: readonly [number, number]
  /** The span came from a selection (else it is the whole text of the side). */
  readonly fromSelection: boolean
  /** The row's text on that side. */
  readonly text: string
  /** An automatic suggestion being accepted: what it proposes, filled in (and still editable). */
  readonly suggestion?: {
    readonly check: string
    readonly category: string
    readonly severity: Severity
    readonly comment: string
  }
}

export interface FlagChoice {
  readonly category: string
  readonly severity: Severity
  readonly comment: string
}

interface FlagPickerProps {
  readonly target: FlagTarget
  readonly typology: Typology
  readonly language: Language
  readonly onSave: (choice: FlagChoice) => void
  readonly onCancel: () => void
}

/** Remembered between flags: reviewers tend to flag the same kind of error several times in a row. */
let lastChoice: { category: string; severity: Severity } | null = null

/**
 * The MQM picker: type to find a category (dimension or error type, in either language), arrows to
 * move, 0–3 for the severity, an optional comment, Enter saves. It opens beside the row it flags,
 * never over it.
 */
export function FlagPicker({
  target,
  typology,
  language,
  onSave,
  onCancel
}: FlagPickerProps): React.JSX.Element {
  const { t, i18n } = useTranslation(['workspace', 'keys', 'qa'])
  const labels = useFlagLabels(typology)
  const english = useMemo(() => i18n.getFixedT('en', 'typology'), [i18n])
  const all = useMemo(
    () => labelledCategories(typology, labels.categoryShort, labels.category),
    [typology, labels]
  )
  const [query, setQuery] = useState('')
  const matches = useMemo(
    () => searchCategories(all, query, (id) => english(`category.${id}` as never)),
    [all, query, english]
  )
  const prefill = target.suggestion ?? lastChoice
  const [active, setActive] = useState(() =>
    Math.max(0, prefill ? all.findIndex((c) => c.id === prefill.category) : 0)
  )
  const [severity, setSeverity] = useState<Severity>(prefill?.severity ?? 'major')
  const [comment, setComment] = useState(target.suggestion?.comment ?? '')
  const chosen = matches[Math.min(active, matches.length - 1)]
  const quoted = target.text.slice(target.span[0], target.span[1])
  const placement = usePlacementBeside(target.row, 470)

  useLayoutEffect(() => {
    document.getElementById(`picker-option-${chosen?.id}`)?.scrollIntoView?.({ block: 'nearest' })
  }, [chosen])

  const save = (): void => {
    if (!chosen) return
    lastChoice = { category: chosen.id, severity }
    onSave({ category: chosen.id, severity, comment: comment.trim() })
  }

  const onKeyDown = (event: React.KeyboardEvent): boolean => {
    const inComment = event.target instanceof HTMLTextAreaElement
    if (event.key === 'Enter' && !event.shiftKey && !(event.target instanceof HTMLButtonElement)) {
      save()
      return true
    }
    if (inComment) return false
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive(
        (i) =>
          (Math.min(i, matches.length - 1) + step + matches.length) % Math.max(1, matches.length)
      )
      return true
    }
    const digit =
      /^Digit([0-3])$/.exec(event.code)?.[1] ?? (/^[0-3]$/.test(event.key) ? event.key : null)
    if (digit !== null && !event.ctrlKey && !event.metaKey && !event.altKey) {
      setSeverity(SEVERITIES[Number(digit)]!)
      return true
    }
    return false
  }

  return (
    <Dialog
      title={t('picker.title', { number: target.number })}
      onClose={onCancel}
      className="picker"
      placement={placement}
      onKeyDown={onKeyDown}
    >
      <h2 className="picker__title">{t('picker.title', { number: target.number })}</h2>
      <figure className="picker__quote">
        <figcaption>
          {target.fromSelection
            ? t('picker.selection')
            : t(target.side === 'target' ? 'picker.wholeTarget' : 'picker.wholeSource')}
          {' · '}
          {t(target.side === 'target' ? 'picker.onTarget' : 'picker.onSource')}
          {target.suggestion && (
            <>
              {' · '}
              {t('qa:picker.fromCheck', {
                check: t(`qa:check.${target.suggestion.check}.name` as never)
              })}
            </>
          )}
        </figcaption>
        <blockquote lang={language}>{quoted || t('picker.emptySide')}</blockquote>
      </figure>
      <div className="picker__columns">
        <div>
          <label className="picker__label" htmlFor="picker-search">
            {t('picker.category')} <small>{t('picker.categoryHint')}</small>
          </label>
          <input
            id="picker-search"
            className="picker__search"
            type="search"
            value={query}
            data-autofocus=""
            autoComplete="off"
            role="combobox"
            aria-expanded="true"
            aria-controls="picker-categories"
            aria-activedescendant={chosen ? `picker-option-${chosen.id}` : undefined}
            onChange={(e) => {
              setQuery(e.target.value.replace(/[0-3]/g, ''))
              setActive(0)
            }}
          />
          <ul
            id="picker-categories"
            className="picker__categories"
            role="listbox"
            aria-label={t('picker.category')}
          >
            {matches.length === 0 && <li className="picker__none">{t('picker.noCategory')}</li>}
            {matches.map((c, index) => (
              <li
                key={c.id}
                id={`picker-option-${c.id}`}
                role="option"
                aria-selected={c === chosen}
                className={`picker__category picker__category--depth-${c.depth}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => setActive(index)}
              >
                {c.depth === 0 ? c.label : <>{c.label}</>}
                {c.depth === 1 && query !== '' && (
                  <span className="picker__parent">{labels.categoryShort(c.top)}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 id="picker-severity" className="picker__label">
            {t('picker.severity')} <small>{t('picker.severityHint')}</small>
          </h3>
          <div className="picker__severities" role="radiogroup" aria-labelledby="picker-severity">
            {SEVERITIES.map((s, index) => (
              <button
                key={s}
                type="button"
                role="radio"
                aria-checked={s === severity}
                className={`picker__severity picker__severity--${s}`}
                onClick={() => setSeverity(s)}
              >
                <kbd aria-hidden="true">{index}</kbd>
                <span className="severity-dot" aria-hidden="true" />
                {labels.severity(s)}
              </button>
            ))}
          </div>
          <label className="picker__label" htmlFor="picker-comment">
            {t('picker.comment')}
          </label>
          <textarea
            id="picker-comment"
            className="picker__comment"
            rows={2}
            value={comment}
            placeholder={t('picker.commentPlaceholder')}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('picker.cancel')} <kbd>{t('keys:name.Escape')}</kbd>
        </button>
        <button type="button" className="button button--primary" onClick={save} disabled={!chosen}>
          {t('picker.save')} <kbd>{t('keys:name.Enter')}</kbd>
        </button>
      </div>
    </Dialog>
  )
}

/** A top offset that puts a dialog below the row (or above it when there is no room below). */
export function usePlacementBeside(rowId: string, height = 420): { top: number } | 'center' {
  return useMemo(() => {
    const box = document.getElementById(rowElementId(rowId))?.getBoundingClientRect()
    if (!box || typeof window === 'undefined') return 'center'
    const below = box.bottom + 8
    if (below + height <= window.innerHeight) return { top: below }
    const above = box.top - 8 - height
    if (above >= 8) return { top: above }
    // Neither fits whole: take the half of the window the row is not in.
    const rowCentre = (box.top + box.bottom) / 2
    return rowCentre > window.innerHeight / 2
      ? { top: 8 }
      : { top: Math.max(8, window.innerHeight - height - 8) }
  }, [rowId, height])
}
