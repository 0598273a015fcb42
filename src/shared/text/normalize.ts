/**
 * Decoded text -> the normalised text every later step works on, with a map back to the decoded text
 * (the original bytes are kept by the project and never modified):
 *
 * - line breaks: CRLF and lone CR become LF; VT, FF, NEL and U+2028 (line breaks from Word and old
 *   systems) become LF, U+2029 (paragraph separator) a blank line;
 * - spaces: NBSP, narrow NBSP, figure, en, em, thin, hair and ideographic spaces (every Unicode space
 *   separator) become a plain space, so that `5 сотрудников` and `5\u00a0сотрудников` are one string
 *   for search, checks and alignment;
 * - removed: soft hyphens and zero-width characters (U+200B-U+200D, U+2060, U+FEFF inside the text),
 *   invisible in print and breaking every word comparison; control characters other than tab and LF;
 * - Unicode NFC, so that `й` typed as `и` + combining breve equals the precomposed `й`.
 */
import { OffsetMapBuilder, composeMaps, identityMap, type OffsetMap } from './offset-map'

export interface NormalizedText {
  readonly text: string
  /** Offsets in `text` -> offsets in the decoded text it was made from. */
  readonly map: OffsetMap
}

const SPECIAL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /\r\n?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g

function replacementFor(match: string): string {
  switch (match) {
    case '\r\n':
    case '\r':
    case '\u000b':
    case '\u000c':
    case '\u0085':
    case '\u2028':
      return '\n'
    case '\u2029':
      return '\n\n'
  }
  const code = match.charCodeAt(0)
  if (code === 0x00a0 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0x3000) {
    return ' '
  }
  if (code >= 0x2000 && code <= 0x200a) return ' '
  // Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM, other control characters.
  return ''
}

export function normalizeText(original: string): NormalizedText {
  const characters = replaceCharacters(original)
  const composed = composeNfc(characters.text)
  return { text: composed.text, map: composeMaps(composed.map, characters.map) }
}

function replaceCharacters(original: string): NormalizedText {
  const builder = new OffsetMapBuilder()
  const parts: string[] = []
  let last = 0
  for (const match of original.matchAll(SPECIAL)) {
    const replacement = replacementFor(match[0])
    parts.push(original.slice(last, match.index), replacement)
    builder.keep(match.index - last)
    builder.replace(match[0].length, replacement.length)
    last = match.index + match[0].length
  }
  if (last === 0) return { text: original, map: identityMap }
  parts.push(original.slice(last))
  builder.keep(original.length - last)
  return { text: parts.join(''), map: builder.build() }
}

/**
 * What NFC can change, one cluster at a time: a character with the combining marks after it (and Hangul
 * vowel and final jamo, which compose with the syllable before them), or a lone non-ASCII character
 * (singletons like U+212B ANGSTROM SIGN -> Å). Nothing composes across a cluster boundary, so each
 * changed cluster becomes one replaced run and every other character keeps its own offset.
 */
const COMPOSING_CLUSTER = /[^\p{M}\u1160-\u11ff]?[\p{M}\u1160-\u11ff]+|[\u0080-\u{10ffff}]/gu

function composeNfc(text: string): NormalizedText {
  const whole = text.normalize('NFC')
  if (whole === text) return { text, map: identityMap }
  const builder = new OffsetMapBuilder()
  const parts: string[] = []
  let last = 0
  for (const match of text.matchAll(COMPOSING_CLUSTER)) {
    const cluster = match[0]
    const composed = cluster.normalize('NFC')
    if (composed === cluster) continue
    parts.push(text.slice(last, match.index), composed)
    builder.keep(match.index - last)
    builder.replace(cluster.length, composed.length)
    last = match.index + cluster.length
  }
  parts.push(text.slice(last))
  builder.keep(text.length - last)
  const joined = parts.join('')
  if (joined === whole) return { text: whole, map: builder.build() }
  // Not expected; if some composition did cross a cluster boundary, stay correct at a coarser grain.
  const coarse = new OffsetMapBuilder()
  coarse.replace(text.length, whole.length)
  return { text: whole, map: coarse.build() }
}
