import { memo, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '@shared/domain/document'
import type { SegmentStatus, Side } from '@shared/domain/review'
import { AlignmentMarker } from '../../components/AlignmentMarker'
import { Icon } from '../../components/Icon'
import type { RowFlag } from './flags-by-row'
import { mostSevere } from './highlight-runs'
import type { RowModel } from './row-models'
import { RowFlags } from './RowFlags'
import { RowText } from './RowText'
import { StatusBadge } from './StatusBadge'

export interface ReviewRowProps {
  /** The row's bead, texts and alignment issues (stable for the project). */
  readonly row: RowModel
  readonly status: SegmentStatus
  /** Visible flags of the row, oldest first (same array while they do not change). */
  readonly flags: readonly RowFlag[]
  /** The current row: highlighted, scrolled into view, target of the keyboard commands. */
  readonly selected: boolean
  readonly sourceLanguage: Language
  readonly targetLanguage: Language
  /** Makes this row current (a click anywhere in it). */
  readonly onSelect: (index: number) => void
  /** Opens the flag picker for this row (the flag button). */
  readonly onFlag: (index: number) => void
  readonly onRemoveFlag: (flagId: string) => void
  /** Opens the row's alignment menu at a viewport point (right click). */
  readonly onContextMenu: (index: number, at: { readonly x: number; readonly y: number }) => void
}

export function rowElementId(beadId: string): string {
  return `row-${beadId}`
}

/** One aligned pair: number, Russian source, English MT, status and flags. Memoised: see flags-by-row.ts. */
export const ReviewRow = memo(function ReviewRow(props: ReviewRowProps): React.JSX.Element {
  const { row, flags, selected } = props
  const { t } = useTranslation(['workspace', 'alignment'])
  const element = useRef<HTMLDivElement>(null)
  const number = row.index + 1
  const bySide = useMemo(() => splitBySide(flags), [flags])
  const lowConfidence = row.issues.includes('low-confidence')
  const worst = useMemo(() => mostSevere(flags.map((f) => f.flag)) ?? 'neutral', [flags])

  useEffect(() => {
    // jsdom has no scrollIntoView; a real window always does.
    if (selected) element.current?.scrollIntoView?.({ block: 'nearest' })
  }, [selected])

  const side = (which: Side, language: Language): React.JSX.Element => {
    const text = which === 'source' ? row.texts.source : row.texts.target
    const missing = which === 'source' ? 'missing-source' : 'missing-target'
    return (
      <div role="gridcell" className={`cell cell--text cell--${which}`}>
        {text.length === 0 && row.issues.includes(missing) ? (
          <AlignmentMarker issue={missing} variant="inline" />
        ) : (
          <RowText
            rowId={row.bead.id}
            side={which}
            text={text}
            flags={bySide[which]}
            language={language}
          />
        )}
        <RowFlags rowNumber={number} flags={bySide[which]} onRemove={props.onRemoveFlag} />
      </div>
    )
  }

  return (
    <div
      ref={element}
      id={rowElementId(row.bead.id)}
      role="row"
      aria-selected={selected}
      aria-rowindex={row.index + 2}
      className={`review-row review-row--${props.status}${selected ? ' review-row--current' : ''}`}
      onClick={() => props.onSelect(row.index)}
      onContextMenu={(event) => {
        event.preventDefault()
        props.onContextMenu(row.index, { x: event.clientX, y: event.clientY })
      }}
    >
      <div role="gridcell" className="cell cell--number">
        <span className="row-number">{number}</span>
        {lowConfidence && (
          <AlignmentMarker issue="low-confidence" confidence={row.bead.confidence} variant="icon" />
        )}
        {row.bead.origin === 'manual' && (
          <span
            className="manual-mark"
            role="img"
            aria-label={t('alignment:marker.manual')}
            title={t('alignment:marker.manual')}
          >
            <Icon name="pencil" />
          </span>
        )}
      </div>
      {side('source', props.sourceLanguage)}
      {side('target', props.targetLanguage)}
      <div role="gridcell" className="cell cell--status">
        <StatusBadge status={props.status} />
      </div>
      <div role="gridcell" className="cell cell--flags">
        {flags.length > 0 && (
          <span
            className={`flag-count flag-count--${worst}`}
            aria-label={t('row.flagCount', { count: flags.length })}
            title={t('row.flagCount', { count: flags.length })}
          >
            {flags.length}
          </span>
        )}
        <button
          type="button"
          className="icon-button flag-button"
          tabIndex={-1}
          aria-label={t('row.flag', { number })}
          title={t('row.flag', { number })}
          // Keep the reviewer's text selection: it becomes the flag's span.
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            event.stopPropagation()
            props.onFlag(row.index)
          }}
        >
          <Icon name="flag" />
        </button>
      </div>
    </div>
  )
})

function splitBySide(flags: readonly RowFlag[]): Record<Side, readonly RowFlag[]> {
  return {
    source: flags.filter((f) => f.flag.side === 'source'),
    target: flags.filter((f) => f.flag.side === 'target')
  }
}
