/**
 * Error spans in MQM TSV texts are marked inline: `The error is <v>here</v>.` These turn marked text
 * into plain text plus `[start, end)` offsets into it, and back.
 *
 * Tolerant of what annotation tools write: a `<v>` inside an open span and a `</v>` with no open span
 * are dropped; a span left open runs to the end of the text. Spans may be empty or all white space
 * (the viewer's README says tools allow it); they are kept as they are.
 */

export type Span = readonly [number, number]

export interface MarkedText {
  /** The text without the marks. */
  readonly text: string
  readonly spans: readonly Span[]
}

export const SPAN_OPEN = '<v>'
export const SPAN_CLOSE = '</v>'
const MARK = /<(\/?)v>/g

export function stripSpanMarks(marked: string): MarkedText {
  if (!marked.includes('<')) return { text: marked, spans: [] }
  const spans: Span[] = []
  let text = ''
  let from = 0
  let open: number | null = null
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(from, match.index)
    from = match.index + match[0].length
    const closing = match[1] === '/'
    if (!closing && open === null) open = text.length
    else if (closing && open !== null) {
      spans.push([open, text.length])
      open = null
    }
  }
  text += marked.slice(from)
  if (open !== null) spans.push([open, text.length])
  return { text, spans }
}

/** The text with one span marked (a span outside the text is clamped into it). */
export function markSpan(text: string, span: Span): string {
  const start = Math.max(0, Math.min(span[0], text.length))
  const end = Math.max(start, Math.min(span[1], text.length))
  return `${text.slice(0, start)}${SPAN_OPEN}${text.slice(start, end)}${SPAN_CLOSE}${text.slice(end)}`
}
