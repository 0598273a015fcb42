import { memo, useMemo } from 'react'
import type { Language } from '@shared/domain/document'
import type { Flag } from '@shared/domain/review'
import { useUiText } from '../../i18n/ui-text'
import { decorate, type Decoration } from './decorations'
import type { DiffPart } from './diff-parts'

interface DiffTextProps {
  readonly rowId: string
  readonly parts: readonly DiffPart[]
  /** The MT (flags index it). */
  readonly mt: string
  readonly flags: readonly Flag[]
  /** Automatic suggestions on the MT (dashed underlines on the words they judge). */
  readonly suggestions?: readonly (Decoration & {
    readonly id: string
    readonly focused: boolean
  })[]
  readonly language: Language
  readonly describe: (flagIds: readonly string[]) => string
}

/**
 * The post-edit as track changes over the MT: deletions struck, insertions underlined, flags drawn on
 * the MT words they judge (unchanged or deleted). Insertions are not MT text: they are skipped when a
 * mouse selection is turned into offsets (`data-skip-offset`), so flagging still indexes the MT.
 */
export const DiffText = memo(function DiffText({
  rowId,
  parts,
  mt,
  flags,
  suggestions,
  language,
  describe
}: DiffTextProps): React.JSX.Element {
  const { t } = useUiText()
  const runs = useMemo(
    () => decorate(mt.length, { flags, ...(suggestions ? { suggestions } : {}) }),
    [mt, flags, suggestions]
  )
  return (
    <span
      className="row-text row-text--diff"
      data-row-id={rowId}
      data-side="target"
      lang={language}
    >
      {parts.map((part, i) => {
        if (part.kind === 'inserted') {
          return (
            <ins key={i} className="diff-ins" data-skip-offset="" title={t('diff.inserted')}>
              {part.text}
            </ins>
          )
        }
        const [start, end] = part.mt!
        const pieces = runs.filter((r) => r.end > start && r.start < end)
        const content = pieces.map((r) => {
          const from = Math.max(r.start, start)
          const to = Math.min(r.end, end)
          const text = mt.slice(from, to)
          const suggested =
            r.suggestionIds.length > 0
              ? ` suggestion-mark${r.suggestionFocused ? ' suggestion-mark--focused' : ''}`
              : ''
          const ids = suggested ? r.suggestionIds.join(' ') : undefined
          return r.severity === null ? (
            <span key={from} className={suggested.trim() || undefined} data-suggestion-ids={ids}>
              {text}
            </span>
          ) : (
            <mark
              key={from}
              className={`flag-mark flag-mark--${r.severity}${r.settled ? ' flag-mark--settled' : ''}${suggested}`}
              data-suggestion-ids={ids}
              title={describe(r.flagIds)}
            >
              {text}
            </mark>
          )
        })
        return part.kind === 'deleted' ? (
          <del key={i} className="diff-del" title={t('diff.deleted')}>
            {content}
          </del>
        ) : (
          <span key={i}>{content}</span>
        )
      })}
    </span>
  )
})
