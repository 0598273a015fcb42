import { memo, useMemo } from 'react'
import type { Bead } from '@shared/domain/alignment'
import type { Language } from '@shared/domain/document'
import type { Flag, Side } from '@shared/domain/review'
import type { RowNotes } from '@shared/review/state'
import type { Typology } from '@shared/typology/profile'
import { AlignmentMarker } from '../../../components/AlignmentMarker'
import { Icon } from '../../../components/Icon'
import { useUiText } from '../../../i18n/ui-text'
import type { Cursor } from '../../../store/app-store'
import type { DisplayMode } from '../../../store/prefs'
import type { RowInfo } from '../../../store/rows'
import { FlagChips } from '../../flags/FlagChips'
import { mostSevere } from '../../text/decorations'
import type { Decoration } from '../../text/decorations'
import { diffParts, isRewritten } from '../../text/diff-parts'
import { DiffText } from '../../text/DiffText'
import { RowText } from '../../text/RowText'
import { SuggestionList } from '../../suggestions/SuggestionList'
import type { RowSuggestion, SuggestionAction } from '../../suggestions/use-suggestions'
import { StatusBadge } from '../StatusBadge'
import { RowEditor } from './RowEditor'

export interface RowHits {
  readonly source: readonly (Decoration & { readonly current: boolean })[]
  readonly target: readonly (Decoration & { readonly current: boolean })[]
  /** Hits in the post-edit (shown when the row shows its post-edit). */
  readonly edit: readonly (Decoration & { readonly current: boolean })[]
}

export interface RowSuggestionMarks {
  readonly source: readonly (Decoration & { readonly id: string; readonly focused: boolean })[]
  readonly target: readonly (Decoration & { readonly id: string; readonly focused: boolean })[]
}

export interface RowHandlers {
  readonly select: (rowId: string) => void
  readonly edit: (rowId: string) => void
  readonly saveEdit: (rowId: string, text: string, then: 'stay' | 'confirm-next') => void
  readonly cancelEdit: () => void
  readonly openFlag: (flagId: string) => void
  readonly flagRow: (rowId: string) => void
  readonly contextMenu: (rowId: string, at: { readonly x: number; readonly y: number }) => void
  readonly describeFlags: (flagIds: readonly string[]) => string
  /** A suggestion's action from its button in the row's list. */
  readonly suggestion: (action: SuggestionAction, findingId: string) => void
  /** A click on a suggestion's underline focuses it. */
  readonly focusSuggestion: (findingId: string) => void
}

export interface ReviewRowProps {
  readonly bead: Bead
  /** 1-based row number in the article (not in a filtered view). */
  readonly number: number
  readonly info: RowInfo
  readonly notes: RowNotes | undefined
  readonly flags: readonly Flag[]
  readonly saving: ReadonlySet<string>
  readonly current: boolean
  readonly cursor: Cursor | null
  readonly editing: boolean
  readonly display: DisplayMode
  readonly hits: RowHits | undefined
  readonly suggestions: RowSuggestionMarks | undefined
  /** The current row's suggestions, listed under its texts (other rows: undefined). */
  readonly suggestionList?: readonly RowSuggestion[] | undefined
  /** Nothing can be recorded (suggestion buttons are disabled). */
  readonly readOnly?: boolean
  readonly languages: { readonly source: Language; readonly target: Language }
  readonly typology: Typology
  readonly handlers: RowHandlers
}

export function rowElementId(rowId: string): string {
  return `row-${rowId}`
}

const NONE: readonly never[] = []

/**
 * One aligned pair: number, Russian, English (MT, post-edit, or track changes), status and flags.
 * Memoised on stable props: the workspace passes the same objects for rows that did not change, so a
 * change to one row of 100,000 repaints that row only.
 */
export const ReviewRow = memo(function ReviewRow(props: ReviewRowProps): React.JSX.Element {
  const { bead, number, info, notes, flags, current, cursor, editing, display, hits, handlers } =
    props
  const { t } = useUiText()
  const status = notes?.status ?? 'unreviewed'
  const edit = notes?.edit
  const bySide = useMemo(() => splitBySide(flags), [flags])
  const parts = useMemo(
    () => (edit !== undefined ? diffParts(info.texts.target, edit) : null),
    [edit, info.texts.target]
  )
  const rewritten = useMemo(
    () => new Set(parts ? bySide.target.filter((f) => isRewritten(f, parts)).map((f) => f.id) : []),
    [parts, bySide.target]
  )
  const worst = mostSevere(flags.filter((f) => f.status === 'open'))
  const caretOn = (side: Side): number | null =>
    current && cursor && cursor.side === side ? cursor.caret : null
  const selectionOn = (side: Side): Decoration | null => {
    if (!current || !cursor || cursor.side !== side || cursor.anchor === null) return null
    return {
      start: Math.min(cursor.anchor, cursor.caret),
      end: Math.max(cursor.anchor, cursor.caret)
    }
  }

  const sourceCell = (
    <div role="gridcell" className="cell cell--text cell--source">
      {info.texts.source.length === 0 && info.issues.includes('missing-source') ? (
        <AlignmentMarker issue="missing-source" variant="inline" />
      ) : (
        <RowText
          rowId={bead.id}
          side="source"
          text={info.texts.source}
          flags={bySide.source}
          language={props.languages.source}
          hits={hits?.source ?? NONE}
          suggestions={props.suggestions?.source ?? NONE}
          caret={caretOn('source')}
          selection={selectionOn('source')}
          describe={handlers.describeFlags}
        />
      )}
      <FlagChips
        flags={bySide.source}
        rowNumber={number}
        tabbable={current}
        rewritten={EMPTY_SET}
        saving={props.saving}
        typology={props.typology}
        onOpen={handlers.openFlag}
      />
    </div>
  )

  const targetText = (): React.JSX.Element => {
    if (editing) {
      return (
        <RowEditor
          rowNumber={number}
          initial={edit ?? info.texts.target}
          mt={info.texts.target}
          onSave={(text, then) => handlers.saveEdit(bead.id, text, then)}
          onCancel={handlers.cancelEdit}
        />
      )
    }
    if (
      info.texts.target.length === 0 &&
      edit === undefined &&
      info.issues.includes('missing-target')
    ) {
      return <AlignmentMarker issue="missing-target" variant="inline" />
    }
    if (edit !== undefined && display === 'edit') {
      return (
        <span className="row-text row-text--edit" lang={props.languages.target}>
          <RowText
            rowId={`${bead.id}-edit`}
            side="target"
            text={edit}
            flags={NONE}
            language={props.languages.target}
            hits={hits?.edit ?? NONE}
            describe={handlers.describeFlags}
          />
        </span>
      )
    }
    if (edit !== undefined && display === 'diff' && parts) {
      return (
        <DiffText
          rowId={bead.id}
          parts={parts}
          mt={info.texts.target}
          flags={bySide.target}
          suggestions={props.suggestions?.target ?? NONE}
          language={props.languages.target}
          describe={handlers.describeFlags}
        />
      )
    }
    return (
      <RowText
        rowId={bead.id}
        side="target"
        text={info.texts.target}
        flags={bySide.target}
        language={props.languages.target}
        hits={hits?.target ?? NONE}
        suggestions={props.suggestions?.target ?? NONE}
        caret={caretOn('target')}
        selection={selectionOn('target')}
        describe={handlers.describeFlags}
      />
    )
  }

  return (
    <div
      id={rowElementId(bead.id)}
      role="row"
      aria-selected={current}
      aria-rowindex={number + 1}
      data-row={bead.id}
      className={`review-row review-row--${status}${current ? ' review-row--current' : ''}${edit !== undefined ? ' review-row--edited' : ''}`}
      onClick={(event) => {
        handlers.select(bead.id)
        const ids = (event.target as HTMLElement).closest<HTMLElement>('[data-suggestion-ids]')
          ?.dataset.suggestionIds
        if (ids) handlers.focusSuggestion(ids.split(' ')[0]!)
      }}
      onDoubleClick={(event) => {
        if ((event.target as HTMLElement).closest('.cell--target')) handlers.edit(bead.id)
      }}
      onContextMenu={(event) => {
        event.preventDefault()
        handlers.contextMenu(bead.id, { x: event.clientX, y: event.clientY })
      }}
    >
      <div role="gridcell" className="cell cell--number">
        <span className="row-number">{number}</span>
        {info.issues.includes('low-confidence') && (
          <AlignmentMarker issue="low-confidence" confidence={bead.confidence} variant="icon" />
        )}
        {bead.origin === 'manual' && (
          <span
            className="manual-mark"
            role="img"
            aria-label={t('alignment:marker.manual')}
            title={t('alignment:marker.manual')}
          >
            <Icon name="link" />
          </span>
        )}
      </div>
      {sourceCell}
      <div role="gridcell" className="cell cell--text cell--target">
        {targetText()}
        {edit !== undefined && !editing && display !== 'diff' && (
          <span className="edited-mark">
            {display === 'edit' ? t('edit.edited') : t('edit.hasEdit')}
          </span>
        )}
        <FlagChips
          flags={bySide.target}
          rowNumber={number}
          tabbable={current}
          rewritten={rewritten}
          saving={props.saving}
          typology={props.typology}
          onOpen={handlers.openFlag}
        />
      </div>
      <div role="gridcell" className="cell cell--status">
        <StatusBadge status={status} />
        {flags.length > 0 && (
          <span
            className={`flag-count flag-count--${worst ?? 'settled'}`}
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
            handlers.flagRow(bead.id)
          }}
        >
          <Icon name="flag" />
        </button>
      </div>
      {props.suggestionList && props.suggestionList.length > 0 && (
        <div role="gridcell" className="cell cell--suggestions">
          <SuggestionList
            suggestions={props.suggestionList}
            rowNumber={number}
            mt={info.texts.target}
            readOnly={props.readOnly ?? false}
            onAction={handlers.suggestion}
          />
        </div>
      )}
    </div>
  )
})

const EMPTY_SET: ReadonlySet<string> = new Set()

function splitBySide(flags: readonly Flag[]): Record<Side, readonly Flag[]> {
  return {
    source: flags.filter((f) => f.side === 'source'),
    target: flags.filter((f) => f.side === 'target')
  }
}
