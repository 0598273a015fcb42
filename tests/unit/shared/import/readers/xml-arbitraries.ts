/**
 * fast-check generators shared by the XML reader tests: arbitrary text, text that XML can carry, and
 * token soups that look enough like XLIFF/TMX to get past the first characters of the parser.
 */
import fc from 'fast-check'

/** Any Unicode text: every code point, astral planes included (fast-check's "binary" unit). */
export const anyText = fc.string({ unit: 'binary', maxLength: 200 })

/** Characters XML 1.0 allows in content (no C0 controls but tab, LF, CR; no U+FFFE/U+FFFF). */
const xmlChar = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 1 })
  .filter((c) => /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]$/u.test(c))

/** Segment-like text: XML-safe characters, mixed with the letters and marks of real news text. */
export const segmentText = fc
  .array(
    fc.oneof(
      xmlChar,
      fc.constantFrom(
        'Минск',
        ' ',
        'Washington',
        '«',
        '»',
        ' — ',
        '&',
        '<',
        '>',
        '"',
        '\n',
        '\r',
        '17.09.2019',
        '\u00a0'
      )
    ),
    { minLength: 1, maxLength: 24 }
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '') !== '')

/** Text content escaped so that an XML parser gives back exactly `text` (CR survives as &#13;). */
export function escapeContent(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
}

/** What a reader returns for a segment: trimmed of XML whitespace. */
export function trimXml(text: string): string {
  return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')
}

/** Random sequences of markup pieces: mostly broken documents that reach deep into the readers. */
export function tokenSoup(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...tokens), anyText), { maxLength: 40 })
    .map((parts) => parts.join(''))
}
