/**
 * Export -> import loses nothing, for random reviewed articles (arbitraries.ts). Each format carries:
 *
 * - Calque JSON: everything (every field of every article, row and flag).
 * - XLIFF 2.1: everything — texts, post-edits (segment target) beside the MT (mtc:match), statuses
 *   (state/subState), flags (ITS marks for spans, type, severity, comment, enabled; Calque's metadata
 *   for id, MQM category, severity name, status, origin, author, dates, resolution, thread), row
 *   structure and article names (Metadata module).
 * - XLIFF 1.2, `its` profile: everything, the same way (Okapi-style ITS marks, alt-trans for the MT,
 *   `calque:` extension attributes and elements).
 * - XLIFF 1.2, `strict` profile: texts, post-edits, statuses and row ids only (no marks: the strict
 *   schema allows no ITS), checked below.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writeCalqueJson } from '@shared/export/json'
import { writeXliff12 } from '@shared/export/xliff12'
import { writeXliff21 } from '@shared/export/xliff21'
import { readInterchange } from '@shared/interchange'
import { projectArbitrary } from './arbitraries'

const RUNS = 300

describe('round trip export -> import (property)', () => {
  it.each([
    ['XLIFF 2.1', 'xliff21', writeXliff21],
    ['XLIFF 1.2 (ITS)', 'xliff12', writeXliff12],
    [
      'Calque JSON',
      'json',
      (articles: Parameters<typeof writeXliff21>[0]) => writeCalqueJson(articles)
    ]
  ] as const)('%s gives back every article exactly', (_name, format, write) => {
    fc.assert(
      fc.property(projectArbitrary, (articles) => {
        const result = readInterchange(write(articles))
        expect(result.format).toBe(format)
        expect(result.articles).toStrictEqual(articles)
        // Calque's own files never need defaults or drop anything.
        expect(result.notices).toEqual([])
      }),
      { numRuns: RUNS }
    )
  })

  it('XLIFF 1.2 (strict) gives back texts, post-edits, statuses and row ids', () => {
    fc.assert(
      fc.property(projectArbitrary, (articles) => {
        const back = readInterchange(writeXliff12(articles, { profile: 'strict' })).articles
        const carried = (list: readonly (typeof articles)[number][]) =>
          list.map((a) => ({
            sourceFile: a.sourceFile,
            rows: a.rows.map(({ id, source, target, edit, status }) => ({
              id,
              source,
              target,
              edit,
              status
            }))
          }))
        expect(carried(back)).toEqual(carried(articles))
        for (const article of back) for (const row of article.rows) expect(row.flags).toEqual([])
      }),
      { numRuns: RUNS }
    )
  })
})
