import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bead } from '@shared/domain/alignment'
import type { Flag } from '@shared/domain/review'
import type { ReviewBase } from '@shared/review/apply'
import type { ReviewState } from '@shared/review/state'
import type { Typology } from '@shared/typology/profile'
import type { Cursor } from '../../../store/app-store'
import type { DisplayMode } from '../../../store/prefs'
import { NO_FLAGS, rowInfo, type FlagsByRow } from '../../../store/rows'
import {
  ReviewRow,
  rowElementId,
  type RowHandlers,
  type RowHits,
  type RowSuggestionMarks
} from './ReviewRow'
import type { RowSuggestion } from '../../suggestions/use-suggestions'

interface ReviewGridProps {
  /** The rows to show (all of them, or those a filter keeps), in article order. */
  readonly rows: readonly Bead[]
  /** 1-based article row number of each row id (the same in a filtered view). */
  readonly numbers: ReadonlyMap<string, number>
  readonly total: number
  readonly base: ReviewBase
  readonly review: ReviewState
  readonly flags: FlagsByRow
  readonly savingFlags: ReadonlySet<string>
  readonly cursor: Cursor
  readonly editing: string | null
  readonly display: DisplayMode
  readonly hits: ReadonlyMap<string, RowHits>
  readonly suggestions: { get(rowId: string): RowSuggestionMarks | undefined }
  /** The current row's suggestions, listed under it. */
  readonly currentSuggestions?: readonly RowSuggestion[]
  readonly readOnly?: boolean
  readonly languages: { readonly source: 'ru' | 'en'; readonly target: 'ru' | 'en' }
  readonly typology: Typology
  readonly handlers: RowHandlers
  readonly gridRef: Ref<HTMLDivElement>
  /** Bumped to scroll the current row into view even when it did not change (e.g. after a filter). */
  readonly revealToken: number
}

/** Rows drawn beyond the visible ones, above and below, so scrolling never shows a gap. */
const OVERSCAN = 6

/**
 * The aligned rows as an ARIA grid with one tab stop (the current row is the active descendant).
 * Virtualised: only the rows in view (plus a small overscan) are in the DOM at any article size, each
 * measured as it renders, so wrapped text of any length keeps its real height.
 */
export function ReviewGrid(props: ReviewGridProps): React.JSX.Element {
  const { rows, review, flags, cursor, handlers } = props
  const { t } = useTranslation('workspace')
  const scroller = useRef<HTMLDivElement | null>(null)
  const body = useRef<HTMLDivElement>(null)
  // The app does not use the React Compiler, whose memoisation this hook's API defeats.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: OVERSCAN,
    // The header row scrolls with the body (sticky): the list starts below it, and a row brought into
    // view at the top goes below it too, not under it.
    scrollMargin: body.current?.offsetTop ?? 0,
    scrollPaddingStart: body.current?.offsetTop ?? 0,
    getItemKey: (index) => rows[index]!.id,
    // React 19 batches the scroll updates itself; flushSync from a layout effect only warns.
    useFlushSync: false
  })
  const currentIndex = cursor.row === null ? -1 : rows.findIndex((b) => b.id === cursor.row)

  // Keep the current row in view when it changes (keyboard moves, jumps, undo). Rows drawn on the way
  // are measured only after the next layout (their real heights replace the estimates, and the current
  // row grows by its list of suggestions), which moves the row: once more two frames later, when those
  // measurements are in.
  useLayoutEffect(() => {
    if (currentIndex < 0) return
    virtualizer.scrollToIndex(currentIndex, { align: 'auto' })
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() =>
        virtualizer.scrollToIndex(currentIndex, { align: 'auto' })
      )
    })
    return () => cancelAnimationFrame(frame)
  }, [currentIndex, props.revealToken, virtualizer])

  // Re-measure every row when the display mode changes (heights change with the text shown).
  useEffect(() => virtualizer.measure(), [props.display, virtualizer])

  if (rows.length === 0) {
    return (
      <p className="review-grid__empty" role="status">
        {props.total === 0 ? t('grid.empty') : t('grid.noneFiltered')}
      </p>
    )
  }

  const items = virtualizer.getVirtualItems()
  const margin = virtualizer.options.scrollMargin
  // The grid is its own scroll container, so the one focusable element is also what scrolls (keys
  // and assistive technology reach the region); the header row sticks to its top.
  return (
    <div
      ref={(element) => {
        scroller.current = element
        if (typeof props.gridRef === 'function') props.gridRef(element)
        else if (props.gridRef)
          (props.gridRef as { current: HTMLDivElement | null }).current = element
      }}
      className="review-grid"
      role="grid"
      aria-label={t('grid.label')}
      aria-rowcount={props.total + 1}
      aria-colcount={4}
      aria-activedescendant={cursor.row && currentIndex >= 0 ? rowElementId(cursor.row) : undefined}
      aria-multiselectable={false}
      tabIndex={0}
      data-testid="grid-scroller"
    >
      <div role="rowgroup" className="review-grid__head">
        <div role="row" aria-rowindex={1} className="review-row review-row--head">
          <div role="columnheader" className="cell cell--number">
            <span aria-hidden="true">#</span>
            <span className="visually-hidden">{t('grid.number')}</span>
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
        </div>
      </div>
      <div
        ref={body}
        role="rowgroup"
        className="review-grid__body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const bead = rows[item.index]!
          const current = bead.id === cursor.row
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="review-grid__item"
              style={{ transform: `translateY(${item.start - margin}px)` }}
            >
              <ReviewRow
                bead={bead}
                number={props.numbers.get(bead.id) ?? item.index + 1}
                info={rowInfo(bead, props.base)}
                notes={review.notes.get(bead.id)}
                flags={flags.get(bead.id) ?? (NO_FLAGS as readonly Flag[])}
                saving={props.savingFlags}
                current={current}
                cursor={current ? cursor : null}
                editing={props.editing === bead.id}
                display={props.display}
                hits={props.hits.get(bead.id)}
                suggestions={props.suggestions.get(bead.id)}
                suggestionList={current ? props.currentSuggestions : undefined}
                readOnly={props.readOnly ?? false}
                languages={props.languages}
                typology={props.typology}
                handlers={handlers}
              />
            </div>
          )
        })}
      </div>
    </div>
  )
}
