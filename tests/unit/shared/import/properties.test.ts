import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importFile } from '@shared/import'
import { readTextDocument } from '@shared/import/monolingual'
import { CalqueFailure } from '@shared/domain/errors'
import { normalizeText } from '@shared/text/normalize'

/** Text shaped like documents: words, sentence ends, line breaks, blank lines, markup, odd spaces. */
const documentLike = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(
        'Минск',
        'Вашингтон',
        'Mr.',
        'т. е.',
        '«Голос Америки»',
        '. ',
        '! ',
        '? ',
        '…',
        ' ',
        '\n',
        '\n\n',
        '\r\n',
        '\r',
        '\u00a0',
        '\u00ad',
        '\u200b',
        'и\u0306',
        '# ',
        '- ',
        '1. ',
        '> ',
        '**',
        '_',
        '`',
        '```\n',
        '[ссылка](http://x)',
        '![img](a.png)',
        '<!-- c -->',
        '---\n',
        '| a | b |\n',
        '&nbsp;',
        '\\*',
        '\t'
      )
    ),
    { maxLength: 40 }
  )
  .map((parts) => parts.join(''))

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), documentLike)
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('text readers: properties', () => {
  it('plain text: never throws; every segment maps back onto its own words in the original', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (original, presegmented) => {
        const { document, map } = readTextDocument(original, {
          format: 'txt',
          language: 'ru',
          presegmented
        })
        let previousEnd = 0
        for (const segment of document.segments) {
          expect(document.text.slice(segment.start, segment.end)).toBe(segment.text)
          const from = map.toOriginal(segment.start)
          const to = map.toOriginalEnd(segment.end)
          expect(from).toBeGreaterThanOrEqual(previousEnd)
          expect(to).toBeLessThanOrEqual(original.length)
          previousEnd = to
          expect(collapse(normalizeText(original.slice(from, to)).text)).toBe(
            collapse(segment.text)
          )
        }
      }),
      { numRuns: 300 }
    )
  })

  it('Markdown: never throws; segments map, in order, into the original', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { document, map } = readTextDocument(original, { format: 'md', language: 'en' })
        let previousEnd = 0
        for (const segment of document.segments) {
          expect(document.text.slice(segment.start, segment.end)).toBe(segment.text)
          const from = map.toOriginal(segment.start)
          const to = map.toOriginalEnd(segment.end)
          expect(from).toBeGreaterThanOrEqual(previousEnd)
          expect(from).toBeLessThanOrEqual(to)
          expect(to).toBeLessThanOrEqual(original.length)
          previousEnd = to
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('importFile: properties', () => {
  const names = fc.constantFrom(
    'a.txt',
    'a.md',
    'a.html',
    'a.xlf',
    'a.tmx',
    'a.csv',
    'a.tsv',
    'a.docx',
    'a'
  )

  it('never throws anything but a CalqueFailure, on arbitrary bytes or text under any name', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      anyText.map((text) => new TextEncoder().encode(text))
    )
    fc.assert(
      fc.property(
        bytes,
        names,
        fc.constantFrom('ru', 'en') as fc.Arbitrary<'ru' | 'en'>,
        (input, name, language) => {
          try {
            const result = importFile(input, name, { language })
            const documents =
              result.kind === 'monolingual' ? [result.document] : [result.source, result.target]
            for (const document of documents) {
              expect(document.segments.length).toBeGreaterThan(0)
              for (const segment of document.segments) {
                expect(document.text.slice(segment.start, segment.end)).toBe(segment.text)
              }
            }
          } catch (error) {
            if (!(error instanceof CalqueFailure)) throw error
          }
        }
      ),
      { numRuns: 400 }
    )
  })
})
