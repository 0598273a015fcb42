/**
 * Paragraphs of plain text: blocks separated by blank lines (lines holding only whitespace).
 *
 * Fallback: a text with several lines but no blank line at all is read as one paragraph per line.
 * Web pages and MT output saved as text usually look like that, and reading the whole article as a
 * single paragraph would glue every heading to the sentence after it. Hard-wrapped prose without
 * blank lines is the price (rare for the news articles this tool reviews).
 */
import type { Paragraph } from '../domain/document'
import { tooManySegments } from '../import/limits'

export interface LineRange {
  /** Offset of the first non-whitespace character of the line. */
  readonly start: number
  /** Offset just past the last non-whitespace character of the line. */
  readonly end: number
}

/**
 * Non-blank lines, each trimmed of surrounding whitespace. With `limit`, a text with more lines than
 * that is refused (`too-many-segments`: every line holds at least one segment) before the rest is read.
 */
export function nonBlankLines(text: string, limit = Infinity): LineRange[] {
  const lines: LineRange[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const range = trimRange(text, lineStart, lineEnd)
    if (range) {
      lines.push(range)
      if (lines.length > limit) throw tooManySegments(limit)
    }
    if (newline === -1) break
    lineStart = newline + 1
  }
  return lines
}

/**
 * With `limit`: refused (`too-many-segments`) once the text has more non-blank lines than that. The
 * readers hand `buildDocument` one line per block (a hard-wrapped paragraph is already joined), and
 * every block holds a segment, so this refuses exactly the texts with too many segments, early.
 */
export function splitParagraphs(text: string, limit = Infinity): Paragraph[] {
  const lines = nonBlankLines(text, limit)
  if (lines.length === 0) return []
  const groups: LineRange[][] = [[lines[0]!]]
  let sawBlankLine = false
  for (let k = 1; k < lines.length; k++) {
    const previous = lines[k - 1]!
    const line = lines[k]!
    if (hasBlankLineBetween(text, previous.end, line.start)) {
      sawBlankLine = true
      groups.push([line])
    } else groups[groups.length - 1]!.push(line)
  }
  if (!sawBlankLine) return lines.map(({ start, end }) => ({ start, end }))
  return groups.map((group) => ({ start: group[0]!.start, end: group[group.length - 1]!.end }))
}

/** The gap between two non-blank lines is all whitespace: two line breaks in it mean a blank line. */
function hasBlankLineBetween(text: string, from: number, to: number): boolean {
  const first = text.indexOf('\n', from)
  if (first === -1 || first >= to) return false
  const second = text.indexOf('\n', first + 1)
  return second !== -1 && second < to
}

const WHITESPACE = /\s/

/** `[start, end)` shrunk to exclude surrounding whitespace; `null` if nothing is left. */
export function trimRange(text: string, start: number, end: number): LineRange | null {
  let s = start
  let e = end
  while (s < e && WHITESPACE.test(text[s]!)) s++
  while (e > s && WHITESPACE.test(text[e - 1]!)) e--
  return s < e ? { start: s, end: e } : null
}
