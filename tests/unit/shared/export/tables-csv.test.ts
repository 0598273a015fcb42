import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { writeCsv } from '@shared/export/csv'
import { flagsTable, rowsTable } from '@shared/export/tables'
import { sampleArticle, sampleRowText } from './sample-article'

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
}

describe('rows and flags as CSV', () => {
  it('one line per row, texts intact (quotes, commas, newlines, Cyrillic)', () => {
    const lines = parse(writeCsv(rowsTable([sampleArticle])))
    expect(lines[0]).toEqual([
      'Article',
      'Row',
      'No.',
      'Status',
      'Source',
      'MT',
      'Post-edit',
      'Corrected',
      'Open flags',
      'Flags',
      'Source paragraph',
      'MT paragraph',
      'Heading',
      'Alignment confidence'
    ])
    expect(lines).toHaveLength(51)
    const b25 = lines.find((l) => l[1] === 'b25')!
    expect(b25.slice(3, 10)).toEqual([
      'confirmed',
      sampleRowText('b25', 'source'),
      sampleRowText('b25', 'target'),
      sampleArticle.rows[25]!.edit,
      sampleArticle.rows[25]!.edit,
      '3',
      '4'
    ])
    const b20 = lines.find((l) => l[1] === 'b20')!
    expect(b20[6]).toBe('') // no post-edit
    expect(b20[12]).toBe('false')
  })

  it('one line per flag with its text, ITS mapping, people and dates', () => {
    const lines = parse(writeCsv(flagsTable([sampleArticle])))
    expect(lines).toHaveLength(1 + 9)
    const calque = lines.find((l) => l[2] === 'f-calque')!
    expect(calque.slice(1, 13)).toEqual([
      'b25',
      'f-calque',
      'target',
      ...sampleArticle.rows[25]!.flags[0]!.span.map(String),
      'morning chairs –money in the evening',
      'accuracy/mistranslation',
      'mistranslation',
      'major',
      '70',
      'open',
      sampleArticle.rows[25]!.flags[0]!.comment
    ])
    const voices = lines.find((l) => l[2] === 'f-voices')!
    expect(voices.at(-1)).toBe('2') // replies
    const style = lines.find((l) => l[2] === 'f-calque-style')!
    expect(style.slice(17, 20)).toEqual([
      'Covered by the mistranslation flag',
      'anna',
      '2026-11-28T09:00:00.000Z'
    ])
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const row = {
      ...sampleArticle.rows[0]!,
      target: '=HYPERLINK("http://x","y")',
      source: '+7 495',
      edit: '@SUM(A1)'
    }
    const lines = parse(writeCsv(rowsTable([{ ...sampleArticle, rows: [row] }])))
    expect(lines[1]!.slice(4, 7)).toEqual(["'+7 495", '\'=HYPERLINK("http://x","y")', "'@SUM(A1)"])
  })

  it('has Russian headers for a Russian export', () => {
    expect(rowsTable([sampleArticle], { language: 'ru' }).header.slice(0, 4)).toEqual([
      'Статья',
      'Строка',
      '№',
      'Статус'
    ])
  })
})
