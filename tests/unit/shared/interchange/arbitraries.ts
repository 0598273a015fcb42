/**
 * Random reviewed articles for property tests: texts mixing Latin, Cyrillic, XML specials, astral
 * characters (surrogate pairs), combining accents, tabs and line breaks; random post-edits and
 * statuses; flags with random spans on either side (overlapping, nested, crossing, identical, empty),
 * categories known and unknown, resolutions and threads.
 */
import fc from 'fast-check'
import type { ReviewedArticle, ReviewedRow } from '@shared/domain/article'
import type { Flag } from '@shared/domain/review'
import { FLAG_STATUSES, SEGMENT_STATUSES, SEVERITIES } from '@shared/domain/review'
import { flattenTypology, MQM_CORE } from '@shared/typology/profile'

const UNITS = [
  'a',
  'b',
  'Z',
  ' ',
  ' ',
  '.',
  ',',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '\n',
  '\t',
  '\r',
  'ж',
  'Щ',
  'ё',
  '«',
  '»',
  '—',
  '–',
  '„',
  '“',
  '😀',
  '𝔸',
  '\u0301',
  '\u00A0',
  '&amp;',
  '#its=x'
]

export const text = (maxLength = 30): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...UNITS), { maxLength }).map((parts) => parts.join(''))

const date = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true
  })
  .map((d) => d.toISOString())

const categories = [...flattenTypology(MQM_CORE).map((c) => c.id), 'other', 'house/custom-check']

/** Offsets of code point boundaries: a flag never cuts a surrogate pair. */
function boundaries(s: string): number[] {
  const out = [0]
  let at = 0
  for (const ch of s) out.push((at += ch.length))
  return out
}

function flagArbitrary(
  row: string,
  source: string,
  target: string,
  id: string
): fc.Arbitrary<Flag> {
  return fc
    .record({
      side: fc.constantFrom('source' as const, 'target' as const),
      a: fc.nat(),
      b: fc.nat(),
      empty: fc.boolean(),
      category: fc.constantFrom(...categories),
      severity: fc.constantFrom(...SEVERITIES),
      comment: text(20),
      status: fc.constantFrom(...FLAG_STATUSES),
      origin: fc.constantFrom('reviewer', 'check:doubled-punctuation', 'check:names'),
      author: fc.constantFrom('', 'anna', 'Борис', 'o"neil & <co>'),
      createdAt: date,
      updatedAt: date,
      resolution: fc.option(
        fc.record({ note: text(15), by: fc.constantFrom('anna', ''), at: date }),
        {
          nil: undefined
        }
      ),
      thread: fc.option(
        fc.array(
          fc.record({ author: fc.constantFrom('anna', 'boris'), at: date, text: text(15) }),
          {
            maxLength: 3
          }
        ),
        { nil: undefined }
      )
    })
    .map((r) => {
      const points = boundaries(r.side === 'source' ? source : target)
      const x = points[r.a % points.length]!
      const y = r.empty ? x : points[r.b % points.length]!
      const flag: Flag = {
        id,
        row,
        side: r.side,
        span: [Math.min(x, y), Math.max(x, y)],
        category: r.category,
        severity: r.severity,
        comment: r.comment,
        status: r.status,
        origin: r.origin,
        author: r.author,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        ...(r.resolution ? { resolution: r.resolution } : {}),
        ...(r.thread ? { thread: r.thread.map((c, k) => ({ id: `c${k + 1}`, ...c })) } : {})
      }
      return flag
    })
}

const natural = fc.nat({ max: 500 })

function rowArbitrary(index: number, id: string, articleKey: number): fc.Arbitrary<ReviewedRow> {
  return fc
    .record({
      source: text(),
      target: text(),
      edit: fc.option(text(), { nil: null }),
      status: fc.constantFrom(...SEGMENT_STATUSES),
      flagCount: fc.nat({ max: 5 }),
      sourceSegments: fc.array(natural, { maxLength: 3 }),
      targetSegments: fc.array(natural, { maxLength: 3 }),
      // -0 is not a confidence anyone writes; every format writes it as 0.
      confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((c) => (c === 0 ? 0 : c)),
      origin: fc.constantFrom('auto' as const, 'manual' as const),
      sourceParagraph: fc.option(natural, { nil: null }),
      targetParagraph: fc.option(natural, { nil: null }),
      heading: fc.boolean()
    })
    .chain((r) =>
      fc
        .tuple(
          ...Array.from({ length: r.flagCount }, (_, k) =>
            flagArbitrary(id, r.source, r.target, `a${articleKey}-${id}-f${k}`)
          )
        )
        .map((flags): ReviewedRow => {
          const { flagCount: _count, ...rest } = r
          return { id, index, ...rest, flags }
        })
    )
}

export function articleArbitrary(key: number): fc.Arbitrary<ReviewedArticle> {
  return fc
    .record({
      id: fc.constantFrom('belarus-usa-ambassadors-3f2a9c1d', 'статья-1', 'a b & <c>'),
      name: text(20),
      sourceFile: fc.constantFrom('ru.txt', 'статья «1».docx', ''),
      targetFile: fc.constantFrom('en.txt', 'a&b <c>.html'),
      rowCount: fc.nat({ max: 6 }),
      firstRow: fc.nat({ max: 40 })
    })
    .chain((a) =>
      fc
        .tuple(
          ...Array.from({ length: a.rowCount }, (_, k) =>
            rowArbitrary(k, `b${a.firstRow + k * 2}`, key)
          )
        )
        .map((rows): ReviewedArticle => ({
          id: `${a.id}-${key}`,
          name: a.name,
          sourceLanguage: 'ru',
          targetLanguage: 'en',
          sourceFile: a.sourceFile,
          targetFile: a.targetFile,
          rows
        }))
    )
}

export const projectArbitrary: fc.Arbitrary<ReviewedArticle[]> = fc
  .nat({ max: 2 })
  .chain((extra) => fc.tuple(...Array.from({ length: extra + 1 }, (_, k) => articleArbitrary(k))))
  // fast-check builds records without a prototype; the readers build plain objects.
  .map((articles) => structuredClone(articles))
