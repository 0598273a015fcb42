import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bead } from '@shared/domain/alignment'
import type { Language } from '@shared/domain/document'
import type { Side } from '@shared/domain/review'
import type { ReviewSides } from '@shared/review/span-anchor'
import { defaultSplit } from './alignment-actions'
import '../flags/flag-picker.css'
import './split-chooser.css'

interface SplitChooserProps {
  readonly bead: Bead
  /** 1-based number of the row, as the grid shows it. */
  readonly number: number
  readonly sides: ReviewSides
  readonly languages: Readonly<Record<Side, Language>>
  readonly onSplit: (cut: { readonly sourceAt: number; readonly targetAt: number }) => void
  readonly onCancel: () => void
}

const SIDES: readonly Side[] = ['source', 'target']

/**
 * Where to split a row with several sentences on a side: one cut per side, shown as a line between
 * the sentences. ↑/↓ move the cut of the focused side, ←/→ switch sides, Enter splits, Escape
 * cancels. Each side is a radio group whose options are the gaps between its sentences.
 */
export function SplitChooser({
  bead,
  number,
  sides,
  languages,
  onSplit,
  onCancel
}: SplitChooserProps): React.JSX.Element {
  const { t } = useTranslation(['alignment', 'workspace', 'keys'])
  const [cut, setCut] = useState(() => defaultSplit(bead))
  const [activeSide, setActiveSide] = useState<Side>(bead.source.length > 1 ? 'source' : 'target')
  const dialog = useRef<HTMLDivElement>(null)
  const at = (side: Side): number => (side === 'source' ? cut.sourceAt : cut.targetAt)
  const first = cut.sourceAt + cut.targetAt
  const second = bead.source.length - cut.sourceAt + bead.target.length - cut.targetAt
  const valid = first > 0 && second > 0

  useLayoutEffect(() => {
    dialog.current
      ?.querySelector<HTMLElement>(`[data-side="${activeSide}"] [aria-checked="true"]`)
      ?.focus()
  }, [activeSide, cut])

  const setAt = (side: Side, value: number): void => {
    const clamped = Math.max(0, Math.min(bead[side].length, value))
    setCut((c) => (side === 'source' ? { ...c, sourceAt: clamped } : { ...c, targetAt: clamped }))
  }

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => setAt(activeSide, at(activeSide) + 1),
      ArrowUp: () => setAt(activeSide, at(activeSide) - 1),
      ArrowLeft: () => setActiveSide('source'),
      ArrowRight: () => setActiveSide('target'),
      Escape: onCancel,
      Enter: () => valid && onSplit(cut)
    }
    // Enter on a focused button presses that button natively.
    if (event.key === 'Enter' && event.target instanceof HTMLButtonElement) return
    const run = keys[event.key]
    if (!run) return
    event.preventDefault()
    event.stopPropagation()
    run()
  }

  const part = (rowNumber: number, sourceCount: number, targetCount: number): string =>
    t('split.part', {
      number: rowNumber,
      source: t('split.sourceSentences', { count: sourceCount }),
      target: t('split.targetSentences', { count: targetCount })
    })

  return (
    <div
      className="picker-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onCancel()}
    >
      <div
        ref={dialog}
        className="picker split-chooser"
        role="dialog"
        aria-modal="true"
        aria-labelledby="split-title"
        aria-describedby="split-hint"
        onKeyDown={onKeyDown}
      >
        <h2 id="split-title" className="picker__title">
          {t('split.title', { number })}
        </h2>
        <p id="split-hint" className="split-chooser__hint">
          {t('split.hint')}
        </p>
        <div className="split-chooser__sides">
          {SIDES.map((side) => (
            <CutColumn
              key={side}
              side={side}
              title={t(`split.${side}`)}
              sentences={bead[side].map((index) => sides[side][index]?.text ?? '')}
              language={languages[side]}
              at={at(side)}
              onPick={(value) => {
                setActiveSide(side)
                setAt(side, value)
              }}
            />
          ))}
        </div>
        <p className="split-chooser__result" aria-live="polite">
          {valid ? (
            <>
              <span>{part(number, cut.sourceAt, cut.targetAt)}</span>
              <span>
                {part(
                  number + 1,
                  bead.source.length - cut.sourceAt,
                  bead.target.length - cut.targetAt
                )}
              </span>
            </>
          ) : (
            <span className="split-chooser__error">{t('split.bothEmpty')}</span>
          )}
        </p>
        <div className="picker__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('split.cancel')} <kbd>{t('keys:name.Escape')}</kbd>
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!valid}
            onClick={() => onSplit(cut)}
          >
            {t('split.apply')} <kbd>{t('keys:name.Enter')}</kbd>
          </button>
        </div>
      </div>
    </div>
  )
}

interface CutColumnProps {
  readonly side: Side
  readonly title: string
  readonly sentences: readonly string[]
  readonly language: Language
  /** How many sentences stay in the first row. */
  readonly at: number
  readonly onPick: (at: number) => void
}

function CutColumn({
  side,
  title,
  sentences,
  language,
  at,
  onPick
}: CutColumnProps): React.JSX.Element {
  const { t } = useTranslation('alignment')
  const titleId = `split-${side}-title`
  const gap = (position: number): React.JSX.Element => {
    const checked = position === at
    return (
      <div
        key={`cut-${position}`}
        role="radio"
        aria-checked={checked}
        aria-label={
          position === 0 ? t('split.cutFirst') : t('split.cutAfter', { number: position })
        }
        tabIndex={checked ? 0 : -1}
        className={`split-cut${checked ? ' split-cut--checked' : ''}`}
        onClick={() => onPick(position)}
      >
        <span className="split-cut__line" aria-hidden="true" />
        {checked && (
          <span className="split-cut__label" aria-hidden="true">
            ✂ {t('split.here')}
          </span>
        )}
      </div>
    )
  }
  return (
    <section className="split-chooser__side" data-side={side}>
      <h3 id={titleId} className="picker__label">
        {title}
      </h3>
      <div role="radiogroup" aria-labelledby={titleId} className="split-chooser__cuts">
        {gap(0)}
        {sentences.map((text, i) => [
          <p
            key={`sentence-${i}`}
            lang={language}
            className={`split-chooser__sentence split-chooser__sentence--${i < at ? 'first' : 'second'}`}
          >
            {text}
          </p>,
          gap(i + 1)
        ])}
      </div>
    </section>
  )
}
