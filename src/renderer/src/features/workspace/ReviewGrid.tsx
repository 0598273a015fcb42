import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '@shared/domain/document'
import type { ReviewState } from '@shared/review/replay'
import { NO_FLAGS, type FlagsByRow } from './flags-by-row'
import type { RowModel } from './row-models'
import { ReviewRow, rowElementId } from './ReviewRow'
import './review-grid.css'

interface ReviewGridProps {
  readonly rows: readonly RowModel[]
  /** Visible review state (statuses), saved plus pending. */
  readonly review: ReviewState
  readonly flagsByRow: FlagsByRow
  /** Index of the current row. */
  readonly current: number
  readonly sourceLanguage: Language
  readonly targetLanguage: Language
  /** The grid element: the workspace focuses it so keys and focus rings work from the start. */
  readonly gridRef: Ref<HTMLDivElement>
  readonly onSelect: (index: number) => void
  readonly onFlag: (index: number) => void
  readonly onRemoveFlag: (flagId: string) => void
  readonly onContextMenu: (index: number, at: { readonly x: number; readonly y: number }) => void
}

/**
 * The aligned rows as an ARIA grid: one tab stop, the current row exposed as the active descendant.
 * Every row is rendered (the sample has ~50); rows are memoised and CSS skips painting off-screen
 * ones. A windowed list replaces this for 10,000-row articles.
 */
export function ReviewGrid({
  rows,
  review,
  flagsByRow,
  current,
  sourceLanguage,
  targetLanguage,
  gridRef,
  onSelect,
  onFlag,
  onRemoveFlag,
  onContextMenu
}: ReviewGridProps): React.JSX.Element {
  const { t } = useTranslation('workspace')
  const currentRow = rows[current]
  if (rows.length === 0) return <p className="review-grid__empty">{t('grid.empty')}</p>
  return (
    <div
      ref={gridRef}
      className="review-grid"
      role="grid"
      aria-label={t('grid.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={5}
      aria-activedescendant={currentRow ? rowElementId(currentRow.bead.id) : undefined}
      tabIndex={0}
    >
      <div role="rowgroup" className="review-grid__head">
        <div role="row" aria-rowindex={1} className="review-row review-row--head">
          <div role="columnheader" className="cell cell--number" aria-label={t('grid.number')}>
            #
          </div>
          <div role="columnheader" className="cell">
            {t('grid.source')}
          </div>
          <div role="columnheader" className="cell">
            {t('grid.target')}
          </div>
          <div role="columnheader" className="cell">
            {t('grid.status')}
          </div>
          <div role="columnheader" className="cell cell--flags">
            {t('grid.flags')}
          </div>
        </div>
      </div>
      <div role="rowgroup" className="review-grid__body">
        {rows.map((row) => (
          <ReviewRow
            key={row.bead.id}
            row={row}
            status={review.statuses[row.bead.id] ?? 'unreviewed'}
            flags={flagsByRow.get(row.bead.id) ?? NO_FLAGS}
            selected={row.index === current}
            sourceLanguage={sourceLanguage}
            targetLanguage={targetLanguage}
            onSelect={onSelect}
            onFlag={onFlag}
            onRemoveFlag={onRemoveFlag}
            onContextMenu={onContextMenu}
          />
        ))}
      </div>
    </div>
  )
}
