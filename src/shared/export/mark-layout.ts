/**
 * Where a row's flags go in XML inline content. Flags may overlap in any way; XML elements must nest.
 *
 * - Flags with exactly the same span form one group (one mark carrying several issues).
 * - Groups that nest or are disjoint become nested elements (`<mrk>`).
 * - A group that crosses another (each starts inside the other and ends outside it) cannot nest:
 *   XLIFF 2.x writes it as a pair of empty markers (`<sm/>` … `<em/>`), XLIFF 1.2 has no such pair and
 *   cuts it into pieces at every boundary inside it (the reader joins the pieces again by flag).
 *
 * Offsets are UTF-16 units of the row text, as flag spans are.
 */
import { escapeText } from './xml'

export interface SpanGroup<T> {
  readonly start: number
  readonly end: number
  readonly items: readonly T[]
}

/** One mark to write: `nested` pieces are elements around their text, the others marker pairs. */
export interface MarkPiece<T> {
  readonly group: SpanGroup<T>
  readonly start: number
  readonly end: number
  readonly nested: boolean
}

/** Groups items by identical span, in text order (start, then longer first); items keep their order. */
export function groupBySpan<T>(
  items: readonly T[],
  spanOf: (item: T) => readonly [number, number]
): SpanGroup<T>[] {
  const byKey = new Map<string, { start: number; end: number; items: T[] }>()
  for (const item of items) {
    const [start, end] = spanOf(item)
    const key = `${start}:${end}`
    const group = byKey.get(key)
    if (group) group.items.push(item)
    else byKey.set(key, { start, end, items: [item] })
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || b.end - a.end)
}

export function crosses(
  a: { readonly start: number; readonly end: number },
  b: { readonly start: number; readonly end: number }
): boolean {
  return (
    (a.start < b.start && b.start < a.end && a.end < b.end) ||
    (b.start < a.start && a.start < b.end && b.end < a.end)
  )
}

/** XLIFF 2.x: crossing groups become marker pairs, the rest nest. */
export function layoutWithMarkers<T>(groups: readonly SpanGroup<T>[]): MarkPiece<T>[] {
  return groups.map((group) => ({
    group,
    start: group.start,
    end: group.end,
    nested: !groups.some((other) => other !== group && crosses(group, other))
  }))
}

/**
 * XLIFF 1.2: a crossing group is cut at every group boundary strictly inside it. The pieces then form
 * a properly nested family (a piece holds no boundary of any group inside it, so nothing can cross it).
 */
export function layoutWithSplits<T>(groups: readonly SpanGroup<T>[]): MarkPiece<T>[] {
  const pieces: MarkPiece<T>[] = []
  for (const group of groups) {
    if (!groups.some((other) => other !== group && crosses(group, other))) {
      pieces.push({ group, start: group.start, end: group.end, nested: true })
      continue
    }
    const cuts = new Set<number>()
    for (const other of groups) {
      for (const at of [other.start, other.end])
        if (at > group.start && at < group.end) cuts.add(at)
    }
    const points = [group.start, ...[...cuts].sort((a, b) => a - b), group.end]
    for (let k = 0; k + 1 < points.length; k++) {
      pieces.push({ group, start: points[k]!, end: points[k + 1]!, nested: true })
    }
  }
  return pieces
}

export interface MarkTags<T> {
  /** Start tag of a nested piece, or the start marker of a pair. */
  readonly open: (piece: MarkPiece<T>, index: number) => string
  /** End tag of a nested piece, or the end marker of a pair. */
  readonly close: (piece: MarkPiece<T>, index: number) => string
}

/**
 * The text, escaped, with every piece's tags in place. `index` is the piece's position in `pieces`
 * (writers use it for ids).
 */
export function renderMarked<T>(
  text: string,
  pieces: readonly MarkPiece<T>[],
  tags: MarkTags<T>
): string {
  const indexed = pieces.map((piece, index) => ({ piece, index }))
  const nested = indexed
    .filter(({ piece }) => piece.nested)
    .sort((a, b) => a.piece.start - b.piece.start || b.piece.end - a.piece.end || a.index - b.index)
  // A marker pair's two tags are independent points in the text; the start marker comes first.
  const points = indexed
    .filter(({ piece }) => !piece.nested)
    .flatMap(({ piece, index }) => [
      { at: piece.start, tag: tags.open(piece, index), order: 2 * index },
      { at: piece.end, tag: tags.close(piece, index), order: 2 * index + 1 }
    ])
    .sort((a, b) => a.at - b.at || a.order - b.order)

  let out = ''
  let pos = 0
  let next = 0
  const advance = (to: number): void => {
    while (next < points.length && points[next]!.at <= to) {
      const point = points[next++]!
      out += escapeText(text.slice(pos, point.at)) + point.tag
      pos = point.at
    }
    out += escapeText(text.slice(pos, to))
    pos = to
  }
  const stack: { piece: MarkPiece<T>; index: number }[] = []
  const closeTop = (): void => {
    const top = stack.pop()!
    advance(top.piece.end)
    out += tags.close(top.piece, top.index)
  }
  for (const entry of nested) {
    while (stack.length > 0 && !contains(stack[stack.length - 1]!.piece, entry.piece)) closeTop()
    advance(entry.piece.start)
    out += tags.open(entry.piece, entry.index)
    stack.push(entry)
  }
  while (stack.length > 0) closeTop()
  advance(text.length)
  return out
}

function contains(
  outer: { readonly start: number; readonly end: number },
  inner: { readonly start: number; readonly end: number }
): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/**
 * A span made safe to write: clamped into the text, and widened to whole code points (a span that cut
 * an emoji in half would leave half a surrogate pair, which XML cannot hold).
 */
export function snapSpan(text: string, span: readonly [number, number]): [number, number] {
  let start = Math.max(0, Math.min(span[0], text.length))
  let end = Math.max(start, Math.min(span[1], text.length))
  if (
    start > 0 &&
    isLowSurrogate(text.charCodeAt(start)) &&
    isHighSurrogate(text.charCodeAt(start - 1))
  )
    start--
  if (
    end < text.length &&
    isLowSurrogate(text.charCodeAt(end)) &&
    isHighSurrogate(text.charCodeAt(end - 1))
  )
    end++
  return [start, end]
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
