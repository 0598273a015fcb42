/**
 * Properties that hold for any text, whatever the rules decide: segmentation never throws, every
 * segment is an exact, trimmed slice of its paragraph, segments are in order and do not overlap, and
 * together they cover every non-whitespace character of the text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Language, TextDocument } from '@shared/domain/document'
import { buildDocument } from '@shared/segment/document'

const WHITESPACE = /\s/

function checkDocument(document: TextDocument): void {
  const { text, paragraphs, segments } = document
  const covered = new Uint8Array(text.length)
  let previousEnd = 0
  for (const segment of segments) {
    expect(segment.text).toBe(text.slice(segment.start, segment.end))
    expect(segment.end).toBeGreaterThan(segment.start)
    expect(WHITESPACE.test(segment.text[0]!)).toBe(false)
    expect(WHITESPACE.test(segment.text[segment.text.length - 1]!)).toBe(false)
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd)
    const paragraph = paragraphs[segment.paragraph]!
    expect(segment.start).toBeGreaterThanOrEqual(paragraph.start)
    expect(segment.end).toBeLessThanOrEqual(paragraph.end)
    covered.fill(1, segment.start, segment.end)
    previousEnd = segment.end
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !WHITESPACE.test(text[i]!)) {
      throw new Error(`character ${JSON.stringify(text[i])} at ${i} is in no segment`)
    }
  }
}

/** Pieces that reach the rules: abbreviations, initials, quotes, dashes, numbers, URLs, emoji. */
const tricky = fc.constantFrom(
  'Mr.',
  'U.S.',
  'e.g.',
  'etc.',
  'Jan.',
  'No.',
  'p.m.',
  'A.',
  'т. е.',
  'т. д.',
  'и др.',
  'г.',
  'гг.',
  'ул.',
  'млн.',
  'А. Г.',
  'Дж.',
  '2008',
  '3.5',
  '17.09.2019',
  '1.',
  '2)',
  '«',
  '»',
  '„',
  '“',
  '"',
  "'",
  '(',
  ')',
  '[…]',
  '...',
  '…',
  '..',
  '.».',
  '?!',
  '!!!',
  '?..',
  '.',
  '!',
  '?',
  ',',
  ':',
  ';',
  '—',
  '–',
  '-',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\n- ',
  '\t',
  'Слово',
  'слово',
  'Word',
  'word',
  'В',
  'The',
  'www.tut.by',
  'a@b.ru',
  'report.pdf',
  '😀',
  '👍🏽',
  ':)',
  'ё',
  '\u00a0',
  '\u2028',
  '\ud83d',
  'x'
)
const trickyText = fc.array(tricky, { maxLength: 60 }).map((pieces) => pieces.join(''))
const anyText = fc.string({ unit: 'binary', maxLength: 200 })
const paragraphsOf = (piece: fc.Arbitrary<string>) =>
  fc
    .array(fc.tuple(piece, fc.constantFrom('\n\n', '\n', ' \n \n', '\n\n\n', '')), { maxLength: 8 })
    .map((parts) => parts.map(([text, separator]) => text + separator).join(''))
const language = fc.constantFrom<Language>('ru', 'en')

describe('segmentation properties', () => {
  it('hold for arbitrary Unicode', () => {
    fc.assert(
      fc.property(anyText, language, (text, lang) => checkDocument(buildDocument(text, lang))),
      { numRuns: 300 }
    )
  })

  it('hold for arbitrary Unicode in paragraphs', () => {
    fc.assert(
      fc.property(paragraphsOf(anyText), language, (text, lang) =>
        checkDocument(buildDocument(text, lang))
      ),
      { numRuns: 200 }
    )
  })

  it('hold for text built from the pieces the rules look at', () => {
    fc.assert(
      fc.property(paragraphsOf(trickyText), language, (text, lang) =>
        checkDocument(buildDocument(text, lang))
      ),
      { numRuns: 500 }
    )
  })

  it('hold for presegmented text, one segment per non-blank line', () => {
    fc.assert(
      fc.property(paragraphsOf(trickyText), language, (text, lang) => {
        const document = buildDocument(text, lang, { presegmented: true })
        checkDocument(document)
        const lines = text.split('\n').filter((line) => line.trim() !== '')
        expect(document.segments).toHaveLength(lines.length)
      }),
      { numRuns: 200 }
    )
  })
})
