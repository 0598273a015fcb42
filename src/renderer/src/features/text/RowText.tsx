import { Fragment, memo, useMemo } from 'react'
import type { Language } from '@shared/domain/document'
import type { Flag, Side } from '@shared/domain/review'
import { decorate, type Decoration, type TextRun } from './decorations'

export interface RowTextProps {
  /** Bead id and side: the mouse selection is read back from these attributes (selection.ts). */
  readonly rowId: string
  readonly side: Side
  /** The text flag spans index into (the row's segments joined by one space). */
  readonly text: string
  readonly flags: readonly Flag[]
  readonly language: Language
  readonly hits?: readonly (Decoration & { readonly current: boolean })[]
  readonly suggestions?: readonly (Decoration & {
    readonly id: string
    readonly focused: boolean
  })[]
  /** The keyboard caret (current row, active side only). */
  readonly caret?: number | null
  readonly selection?: Decoration | null
  /** Tooltip text of each flag, by id (hovering a highlight shows its flags). */
  readonly describe: (flagIds: readonly string[]) => string
}

/**
 * A row's text with its flags highlighted (overlapping flags stay readable: the most severe colours
 * the run, every flag is underlined in its own pass), find hits, suggestions (dashed underline), and the
 * keyboard caret and selection. The element's text content is exactly `text`.
 */
export const RowText = memo(function RowText(props: RowTextProps): React.JSX.Element {
  const { text, flags, hits, suggestions, caret, selection, describe } = props
  const runs = useMemo(
    () =>
      decorate(text.length, {
        flags,
        ...(hits ? { hits } : {}),
        ...(suggestions ? { suggestions } : {}),
        selection: selection ?? null
      }),
    [text, flags, hits, suggestions, selection]
  )
  const showCaret = caret !== undefined && caret !== null
  return (
    <span
      className="row-text"
      data-row-id={props.rowId}
      data-side={props.side}
      lang={props.language}
    >
      {runs.map((run) => (
        <Fragment key={run.start}>
          {showCaret && caret === run.start && <span className="caret" aria-hidden="true" />}
          <Run run={run} text={text.slice(run.start, run.end)} describe={describe} />
        </Fragment>
      ))}
      {showCaret && caret === text.length && <span className="caret" aria-hidden="true" />}
    </span>
  )
})

function Run({
  run,
  text,
  describe
}: {
  run: TextRun
  text: string
  describe: (ids: readonly string[]) => string
}): React.JSX.Element {
  const classes = [
    run.hit ? `find-hit${run.hit === 'current' ? ' find-hit--current' : ''}` : '',
    run.suggestionIds.length > 0
      ? `suggestion-mark${run.suggestionFocused ? ' suggestion-mark--focused' : ''}`
      : '',
    run.selected ? 'key-selection' : ''
  ]
    .filter(Boolean)
    .join(' ')
  // A click on an underline focuses its suggestion (ReviewRow reads the ids back).
  const suggestions = run.suggestionIds.length > 0 ? run.suggestionIds.join(' ') : undefined
  if (run.severity === null)
    return classes ? (
      <span className={classes} data-suggestion-ids={suggestions}>
        {text}
      </span>
    ) : (
      <>{text}</>
    )
  const layers = Math.min(run.flagIds.length, 3)
  return (
    <mark
      className={`flag-mark flag-mark--${run.severity}${run.settled ? ' flag-mark--settled' : ''} flag-mark--layers-${layers}${classes ? ` ${classes}` : ''}`}
      data-flag-ids={run.flagIds.join(' ')}
      data-suggestion-ids={suggestions}
      title={describe(run.flagIds)}
    >
      {text}
    </mark>
  )
}
