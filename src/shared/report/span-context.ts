/**
 * A flag's words with a little of the text around them, as the tracker and the report quote it:
 * "…the words before [the span] the words after…". The context is cut at a word boundary so a quote
 * never starts or ends in the middle of a word.
 */

export interface SpanContext {
  /** Text before the span (with a leading "…" when cut). */
  readonly before: string
  /** The span itself (empty for an empty span, e.g. an omission marked at one point). */
  readonly text: string
  /** Text after the span (with a trailing "…" when cut). */
  readonly after: string
}

const ELLIPSIS = '…'

/**
 * `width` characters of context at most on each side. A span outside the text (a stale flag) is
 * clamped to it, so the result is always a real piece of the text.
 */
export function spanContext(
  text: string,
  span: readonly [number, number] | null,
  width = 40
): SpanContext {
  if (span === null) return { before: '', text: cut(text, width * 2 + 20, 'end'), after: '' }
  const start = clamp(span[0], 0, text.length)
  const end = clamp(span[1], start, text.length)
  return {
    before: cut(text.slice(0, start), width, 'start'),
    text: text.slice(start, end),
    after: cut(text.slice(end), width, 'end')
  }
}

/** Keeps the `width` characters next to the span (`drop`: which end goes); a word cut in two is dropped. */
function cut(part: string, width: number, drop: 'start' | 'end'): string {
  if (part.length <= width) return part
  if (drop === 'start') {
    const from = part.length - width
    const kept = part.slice(from)
    // Cut inside a word: drop that word's tail, unless it is all that is left.
    if (SPACE.test(part[from - 1]!)) return ELLIPSIS + kept
    const space = kept.search(SPACE)
    return ELLIPSIS + (space >= 0 && space < kept.length - 1 ? kept.slice(space + 1) : kept)
  }
  const kept = part.slice(0, width)
  if (SPACE.test(part[width]!)) return kept + ELLIPSIS
  let space = -1
  for (let i = kept.length - 1; i > 0 && space < 0; i--) if (SPACE.test(kept[i]!)) space = i
  return (space > 0 ? kept.slice(0, space) : kept) + ELLIPSIS
}

const SPACE = /\s/u

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

/** A shorter quote of the same span (a narrow table cell): the context cut again to `width`. */
export function trimContext(context: SpanContext, width: number): SpanContext {
  const before = context.before.startsWith(ELLIPSIS) ? context.before.slice(1) : context.before
  const after = context.after.endsWith(ELLIPSIS) ? context.after.slice(0, -1) : context.after
  const cutBefore = cut(before, width, 'start')
  const cutAfter = cut(after, width, 'end')
  return {
    before: cutBefore === before && context.before !== before ? ELLIPSIS + before : cutBefore,
    text: context.text,
    after: cutAfter === after && context.after !== after ? after + ELLIPSIS : cutAfter
  }
}
