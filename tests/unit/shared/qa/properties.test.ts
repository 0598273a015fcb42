/** Whatever the text, the checks finish, keep their spans inside it and offer fixes that apply. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFix, runChecks, type QaRow } from '@shared/qa'
import { englishSpeller } from './helpers'

const alphabet = fc.constantFrom(
  ...'aeiouxyz ABC Lukashenko Лукашенко . , ; : ! ? … « » „ “ ” " ( ) [ ] – — - 17 сентября September 1,5 млн % № ё х W Н'.split(
    ' '
  ),
  ' ',
  '  ',
  '..',
  '.».',
  '», – ',
  'the the',
  'aware and aware'
)
const text = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''))

const rowsArb = fc
  .array(fc.tuple(text, text, fc.integer({ min: 0, max: 3 })), { maxLength: 12 })
  .map((pairs) =>
    pairs.map(([source, target, paragraph], index): QaRow => ({
      id: `b${index}`,
      index,
      source,
      target,
      sourceSegments: source === '' ? [] : [index],
      targetSegments: target === '' ? [] : [index],
      confidence: 1,
      sourceParagraph: paragraph,
      targetParagraph: paragraph
    }))
  )

describe('runChecks on arbitrary text', () => {
  it('never throws, keeps spans and fixes inside the text, and is deterministic', () => {
    const spelling = englishSpeller()
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const findings = runChecks(rows, { spelling })
        expect(runChecks(rows, { spelling }).map((f) => f.id)).toEqual(findings.map((f) => f.id))
        for (const f of findings) {
          const row = rows[f.row]!
          const side = f.side === 'source' ? row.source : row.target
          expect(f.span[0]).toBeGreaterThanOrEqual(0)
          expect(f.span[1]).toBeLessThanOrEqual(side.length)
          expect(f.span[0]).toBeLessThan(f.span[1])
          if (f.fix) expect(typeof applyFix(row.target, f.fix)).toBe('string')
        }
      }),
      { numRuns: 300 }
    )
  })
})
