import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '@shared/domain/document'
import type { Severity } from '@shared/domain/review'
import { MQM_TOP_LEVEL } from '@shared/domain/typology'
import { sideText } from '@shared/review/row-text'
import type { FlagTarget } from './row-models'
import {
  nextCategoryByLetter,
  physicalLetter,
  PICKER_SEVERITIES,
  severityForKey
} from './picker-keys'
import { useFlagLabels } from './useFlagLabels'
import './flag-picker.css'

export interface FlagChoice {
  readonly category: string
  readonly severity: Severity
  readonly comment: string
}

interface FlagPickerProps {
  /** Row, side and span the flag will cover. */
  readonly target: FlagTarget
  /** Language of the flagged side's text. */
  readonly language: Language
  readonly onSave: (choice: FlagChoice) => void
  readonly onCancel: () => void
}

/**
 * Category, severity, optional comment, all from the keyboard: arrows or a first letter pick the
 * category, 1/2/3 the severity, Enter saves, Escape cancels.
 */
export function FlagPicker({
  target,
  language,
  onSave,
  onCancel
}: FlagPickerProps): React.JSX.Element {
  const { t } = useTranslation('workspace')
  const labels = useFlagLabels()
  const [categoryIndex, setCategoryIndex] = useState(0)
  const [severity, setSeverity] = useState<Severity>('minor')
  const [comment, setComment] = useState('')
  const list = useRef<HTMLUListElement>(null)
  const categoryLabels = MQM_TOP_LEVEL.map((id) => labels.category(id))
  const number = target.row.index + 1
  const quoted = sideText(target.row.texts, target.side).slice(target.span[0], target.span[1])
  const spanLabel = target.fromSelection
    ? t('picker.selection')
    : t(target.side === 'target' ? 'picker.wholeTarget' : 'picker.wholeSource')

  // Before the browser paints, so the very next key already reaches the picker.
  useLayoutEffect(() => list.current?.focus(), [])

  const save = (): void =>
    onSave({ category: MQM_TOP_LEVEL[categoryIndex] ?? MQM_TOP_LEVEL[0], severity, comment })

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (!handleKey(event)) return
    event.preventDefault()
    event.stopPropagation()
  }

  /** Returns whether the key was a picker command (as opposed to typing or native behaviour). */
  const handleKey = (event: React.KeyboardEvent): boolean => {
    if (event.key === 'Escape') onCancel()
    // Enter on a focused button presses that button (Save or Cancel) natively.
    else if (event.key === 'Enter') {
      if (event.target instanceof HTMLButtonElement) return false
      save()
    } else if (event.target instanceof HTMLInputElement)
      return false // typing a comment
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1
      setCategoryIndex((i) => (i + step + MQM_TOP_LEVEL.length) % MQM_TOP_LEVEL.length)
    } else {
      const picked = severityForKey(event)
      if (picked) setSeverity(picked)
      else {
        const next =
          nextCategoryByLetter(categoryLabels, categoryIndex, event.key) ??
          nextCategoryByLetter(categoryLabels, categoryIndex, physicalLetter(event.code))
        if (next === null) return false
        setCategoryIndex(next)
      }
    }
    return true
  }

  return (
    <div
      className="picker-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onCancel()}
    >
      <div
        className="picker"
        role="dialog"
        aria-modal="true"
        aria-labelledby="picker-title"
        onKeyDown={onKeyDown}
      >
        <h2 id="picker-title" className="picker__title">
          {t('picker.title', { number })}
        </h2>
        <figure className="picker__quote">
          <figcaption>{spanLabel}</figcaption>
          <blockquote lang={language}>{quoted}</blockquote>
        </figure>
        <div className="picker__columns">
          <div>
            <h3 id="picker-category" className="picker__label">
              {t('picker.category')} <small>{t('picker.categoryHint')}</small>
            </h3>
            <ul
              ref={list}
              className="picker__categories"
              role="listbox"
              tabIndex={0}
              aria-labelledby="picker-category"
              aria-activedescendant={`picker-category-${MQM_TOP_LEVEL[categoryIndex]}`}
            >
              {MQM_TOP_LEVEL.map((id, index) => (
                <li
                  key={id}
                  id={`picker-category-${id}`}
                  role="option"
                  aria-selected={index === categoryIndex}
                  className="picker__category"
                  onClick={() => setCategoryIndex(index)}
                >
                  {categoryLabels[index]}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 id="picker-severity" className="picker__label">
              {t('picker.severity')} <small>{t('picker.severityHint')}</small>
            </h3>
            <div className="picker__severities" role="radiogroup" aria-labelledby="picker-severity">
              {PICKER_SEVERITIES.map((s, index) => (
                <button
                  key={s}
                  type="button"
                  role="radio"
                  aria-checked={s === severity}
                  className={`picker__severity picker__severity--${s}`}
                  onClick={() => setSeverity(s)}
                >
                  <kbd aria-hidden="true">{index + 1}</kbd>
                  <span className="severity-dot" aria-hidden="true" />
                  {labels.severity(s)}
                </button>
              ))}
            </div>
            <label className="picker__label" htmlFor="picker-comment">
              {t('picker.comment')}
            </label>
            <input
              id="picker-comment"
              className="picker__comment"
              type="text"
              value={comment}
              placeholder={t('picker.commentPlaceholder')}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
        </div>
        <div className="picker__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('picker.cancel')} <kbd>{t('keys.escape')}</kbd>
          </button>
          <button type="button" className="button button--primary" onClick={save}>
            {t('picker.save')} <kbd>{t('keys.enter')}</kbd>
          </button>
        </div>
      </div>
    </div>
  )
}
