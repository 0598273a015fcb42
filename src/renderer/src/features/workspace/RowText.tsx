import { Fragment, useMemo } from 'react'
import type { Language } from '@shared/domain/document'
import type { Side } from '@shared/domain/review'
import type { RowFlag } from './flags-by-row'
import { highlightRuns } from './highlight-runs'
import { useFlagLabels } from './useFlagLabels'

interface RowTextProps {
  /** Bead id: selection.ts finds the row text by it. */
  readonly rowId: string
  readonly side: Side
  /** The row text of this side (segments joined by one space): flag spans index into it. */
  readonly text: string
  /** Flags on this side of the row; their spans are highlighted in their severity colour. */
  readonly flags: readonly RowFlag[]
  /** Language of the text, for screen readers, hyphenation and spell checking. */
  readonly language: Language
}

/**
 * A row's text with flagged spans marked. The element's text content must stay exactly `text`:
 * selections are turned into flag spans by counting characters inside it.
 */
export function RowText({ rowId, side, text, flags, language }: RowTextProps): React.JSX.Element {
  const labels = useFlagLabels()
  const runs = useMemo(
    () =>
      highlightRuns(
        text.length,
        flags.map((f) => f.flag)
      ),
    [text, flags]
  )
  const byId = useMemo(() => new Map(flags.map((f) => [f.flag.id, f])), [flags])
  return (
    <span className="row-text" data-row-id={rowId} data-side={side} lang={language}>
      {runs.map((run) => {
        const piece = text.slice(run.start, run.end)
        if (run.severity === null) return <Fragment key={run.start}>{piece}</Fragment>
        const covering = run.flagIds.flatMap((id) => byId.get(id) ?? [])
        const saving = covering.some((f) => f.saving)
        const title = covering.map(({ flag }) => labels.summary(flag)).join('\n')
        return (
          <mark
            key={run.start}
            className={`flag-mark flag-mark--${run.severity}${saving ? ' flag-mark--saving' : ''}`}
            title={title}
          >
            {piece}
          </mark>
        )
      })}
    </span>
  )
}
