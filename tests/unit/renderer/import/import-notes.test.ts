/** Which notes a project's import warnings become, in which order, and how duplicates merge. */
import { describe, expect, it } from 'vitest'
import {
  importNotes,
  isEncodingUnsure,
  LOW_ENCODING_CONFIDENCE
} from '../../../../src/renderer/src/features/import/import-notes'
import { sampleArticle } from '../helpers/sample-project'
import { misreadSample, pairedSample, warned, withSide } from './import-fixtures'

describe('import notes', () => {
  it('has nothing to say about the clean sample pair', () => {
    expect(importNotes(sampleArticle())).toEqual([])
  })

  it('names the file and the language for a side in the wrong language', () => {
    const project = warned(sampleArticle(), 'target', { code: 'looks-russian', side: 'target' })
    expect(importNotes(project)).toEqual([{ kind: 'looks-russian', file: 'en.txt' }])
  })

  it('says "swapped" once when each side looks like the other language', () => {
    const project = warned(warned(sampleArticle(), 'source', { code: 'looks-english' }), 'target', {
      code: 'looks-russian'
    })
    expect(importNotes(project)).toEqual([{ kind: 'swapped', source: 'ru.txt', target: 'en.txt' }])
  })

  it('puts the language problem first and skipped trivia last', () => {
    const project = warned(
      warned(misreadSample(), 'target', { code: 'content-skipped', detail: 'script', count: 3 }),
      'target',
      { code: 'looks-russian' }
    )
    expect(importNotes(project).map((n) => n.kind)).toEqual([
      'looks-russian',
      'encoding-uncertain',
      'content-skipped'
    ])
    expect(importNotes(project)[1]).toEqual({
      kind: 'encoding-uncertain',
      side: 'source',
      file: 'ru.txt',
      encoding: 'koi8-r',
      language: 'ru'
    })
  })

  it('adds up skipped content of one kind within a side, and names unknown kinds as given', () => {
    const project = warned(
      withSide(sampleArticle(), 'target', { fileName: 'en.html', format: 'html' }),
      'target',
      { code: 'content-skipped', detail: 'script', count: 2 },
      { code: 'content-skipped', detail: 'navigation', count: 1 },
      { code: 'content-skipped', detail: 'script', count: 1 },
      { code: 'content-skipped', detail: 'embedded', count: 2 },
      { code: 'content-skipped', detail: 'iframe', count: 2 },
      // An older reader's label: not a kind, shown as written.
      { code: 'content-skipped', detail: 'hidden (3), role=banner (1)', count: 4 },
      { code: 'content-skipped' }
    )
    expect(importNotes(project)).toEqual([
      {
        kind: 'content-skipped',
        file: 'en.html',
        items: [
          { kind: 'script', count: 3 },
          { kind: 'navigation', count: 1 },
          { kind: 'embedded', count: 2 },
          { kind: 'other', detail: 'iframe', count: 2 },
          { kind: 'other', detail: 'hidden (3), role=banner (1)', count: 4 },
          { kind: 'item', count: undefined }
        ]
      }
    ])
  })

  it('reports a bilingual file once, though both of its sides carry the warnings', () => {
    // The pair as a TMX file, which skips units in neither Russian nor English.
    const TMX_NAME = 'belarus-usa-ambassadors.tmx'
    const tmx = { fileName: TMX_NAME, format: 'tmx' } as const
    const warnings = [
      { code: 'empty-targets', count: 12 },
      { code: 'content-skipped', detail: 'other-language', count: 4 },
      { code: 'encoding-uncertain' }
    ] as const
    const project = withSide(withSide(pairedSample([...warnings]), 'source', tmx), 'target', tmx)
    expect(importNotes(project)).toEqual([
      {
        kind: 'encoding-uncertain',
        side: 'source',
        file: TMX_NAME,
        encoding: 'utf-8',
        language: 'ru'
      },
      { kind: 'empty-targets', file: TMX_NAME, count: 12, unit: 'unit' },
      { kind: 'content-skipped', file: TMX_NAME, items: [{ kind: 'other-language', count: 4 }] }
    ])
  })

  it('counts rows, not units, in a CSV file, and drops an empty count of zero', () => {
    const csv = withSide(sampleArticle(), 'target', { fileName: 'pairs.csv', format: 'csv' })
    expect(importNotes(warned(csv, 'target', { code: 'empty-targets', count: 2 }))).toEqual([
      { kind: 'empty-targets', file: 'pairs.csv', count: 2, unit: 'row' }
    ])
    expect(importNotes(warned(csv, 'target', { code: 'empty-targets', count: 0 }))).toEqual([])
  })
})

describe('an unsure encoding', () => {
  const side = sampleArticle().source
  it('is a detected one below the threshold, or one the reader warned about', () => {
    const detected = (confidence: number) =>
      isEncodingUnsure({ ...side, encoding: { name: 'koi8-r', source: 'detected', confidence } })
    expect(detected(LOW_ENCODING_CONFIDENCE - 0.01)).toBe(true)
    expect(detected(0.95)).toBe(false)
    expect(isEncodingUnsure(misreadSample().source)).toBe(true)
  })

  it('is never one the user chose, a BOM gave or the file declared', () => {
    for (const source of ['user', 'bom', 'declared'] as const) {
      expect(
        isEncodingUnsure({
          ...side,
          encoding: { name: 'utf-8', source, confidence: 0.2 },
          warnings: [{ code: 'encoding-uncertain' }]
        })
      ).toBe(false)
    }
  })
})
