import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectDelimiter, readDelimited } from '@shared/import/readers/delimited'
import { failureOf, onlyCalqueFailures, sampleSentences } from './helpers'
import { anyText } from './xml-arbitraries'

const ru = sampleSentences('ru')
const en = sampleSentences('en')

/** A CSV field as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
function field(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value
}
const row = (values: readonly string[], delimiter = ','): string =>
  values.map((value) => field(value, delimiter)).join(delimiter)

describe('CSV/TSV: delimiter and header', () => {
  it('reads a comma CSV with a source/target header; quoted commas stay in the text', () => {
    const text = [row(['source', 'target']), row([ru[3]!, en[3]!]), row([ru[4]!, en[4]!])].join(
      '\n'
    )
    expect(readDelimited(text, 'pairs.csv')).toEqual({
      format: 'csv',
      units: [
        { source: [ru[3]], target: [en[3]] },
        { source: [ru[4]], target: [en[4]] }
      ],
      warnings: []
    })
  })

  it('reads a semicolon CSV as Excel writes it in a Russian locale, header in Russian', () => {
    const text = [
      row(['№', 'Исходный текст', 'Машинный перевод'], ';'),
      row(['1', ru[2]!, en[2]!], ';'),
      row(['2', ru[4]!, en[4]!], ';')
    ].join('\r\n')
    expect(readDelimited(text, 'review.csv')).toEqual({
      format: 'csv',
      units: [
        { id: '1', source: [ru[2]], target: [en[2]] },
        { id: '2', source: [ru[4]], target: [en[4]] }
      ],
      warnings: []
    })
  })

  it('reads a .tsv as tab-separated even when commas are everywhere', () => {
    const text = [row(['Original', 'Translation'], '\t'), row([ru[4]!, en[4]!], '\t')].join('\n')
    expect(readDelimited(text, 'pairs.TSV')).toEqual({
      format: 'tsv',
      units: [{ source: [ru[4]], target: [en[4]] }],
      warnings: []
    })
  })

  it('detects a tab delimiter in a .csv, and honours a sep= line', () => {
    expect(readDelimited(`${ru[2]}\t${en[2]}\n${ru[3]}\t${en[3]}`, 'x.csv')).toMatchObject({
      format: 'tsv',
      units: [{ source: [ru[2]] }, { source: [ru[3]] }]
    })
    // Without the hint this would split on the commas inside the sentences.
    const hinted = `sep=|\n`.replace('|', ';') + `ru;en\n${ru[4]};${en[4]}`
    expect(readDelimited(hinted, 'x.csv').units).toEqual([{ source: [ru[4]], target: [en[4]] }])
  })

  it('picks columns by language name: the Russian column is the source', () => {
    const text = [
      row(['id', 'English', 'Russian', 'score']),
      row(['s1', en[2]!, ru[2]!, '0.93'])
    ].join('\n')
    expect(readDelimited(text, 'x.csv')).toEqual({
      format: 'csv',
      sourceLanguage: 'ru',
      targetLanguage: 'en',
      units: [{ id: 's1', source: [ru[2]], target: [en[2]] }],
      warnings: []
    })
  })

  it('takes languages from role names that carry them', () => {
    const text = [row(['Source (RU)', 'Target (EN)']), row([ru[2]!, en[2]!])].join('\n')
    expect(readDelimited(text, 'x.csv')).toMatchObject({
      sourceLanguage: 'ru',
      targetLanguage: 'en'
    })
  })

  it('without a header, uses the first two text columns, skipping numbers and ids', () => {
    const text = [
      row(['1', 's-001', ru[2]!, '0.5', en[2]!]),
      row(['2', 's-002', ru[3]!, '0.7', en[3]!])
    ].join('\n')
    expect(readDelimited(text, 'x.csv').units).toEqual([
      { source: [ru[2]], target: [en[2]] },
      { source: [ru[3]], target: [en[3]] }
    ])
  })

  it('does not take a sentence that mentions a "source" for a header', () => {
    const sentence =
      'The source of the translation said so in English, citing Russian media reports today.'
    const text = [row([sentence, 'Источник перевода сказал так.']), row([ru[2]!, en[2]!])].join(
      '\n'
    )
    expect(readDelimited(text, 'x.csv').units).toHaveLength(2)
  })

  it('prefers the delimiter that splits every row the same way', () => {
    expect(detectDelimiter(`ru;en\n${ru[4]};${en[4]}\nДа;Yes`)).toBe(';')
    expect(detectDelimiter(`ru,en\n"${ru[4]}","${en[4]}"`)).toBe(',')
    expect(detectDelimiter('a\tb;c\nd\te;f')).toBe('\t')
  })
})

describe('CSV/TSV: rows', () => {
  it('keeps line breaks inside quoted fields and trims the ends', () => {
    const text = `source,target\n"  ${ru[2]}\n${ru[3]} ",${en[2]}`
    expect(readDelimited(text, 'x.csv').units).toEqual([
      { source: [`${ru[2]}\n${ru[3]}`], target: [en[2]] }
    ])
  })

  it('counts rows without a target or without a source, and leaves out blank rows', () => {
    const text = [
      'source,target',
      row([ru[2]!, '']),
      ',',
      '',
      row([ru[3]!, en[3]!]),
      row([ru[4]!]),
      row(['  ', en[5]!])
    ].join('\n')
    expect(readDelimited(text, 'x.csv')).toEqual({
      format: 'csv',
      units: [
        { source: [ru[2]], target: [] },
        { source: [ru[3]], target: [en[3]] },
        { source: [ru[4]], target: [] },
        { source: [], target: [en[5]] }
      ],
      warnings: [
        { code: 'empty-targets', side: 'target', count: 2 },
        { code: 'empty-targets', side: 'source', count: 1 }
      ]
    })
  })

  it('refuses an unterminated quote at the line and column of the opening quote', () => {
    // Any later quote followed by a delimiter would close it: the broken field is the file's last.
    const broken = `${field(ru[3]!, ',')},"${en[3]!.replace(/"/g, '')}`
    const text = ['source,target', row([ru[2]!, en[2]!]), broken, 'Да,Yes'].join('\n')
    expect(failureOf(() => readDelimited(text, 'x.csv'))).toEqual({
      code: 'file-malformed',
      format: 'CSV',
      line: 3,
      column: [...field(ru[3]!, ',')].length + 2,
      detail: 'a quoted field is never closed'
    })
  })

  it('counts the sep= line in the line number', () => {
    const text = `sep=,\nsource,target\n"${ru[2]},${en[2]}`
    expect(failureOf(() => readDelimited(text, 'x.csv'))).toMatchObject({ line: 3, column: 1 })
  })

  it('refuses plain text (no delimiter splits the rows alike), one text column, and no text', () => {
    expect(
      failureOf(() => readDelimited(sampleSentences('en').slice(0, 8).join('\n'), 'x.csv'))
    ).toEqual({
      code: 'file-format-unsupported',
      format: 'CSV',
      detail: 'no comma, semicolon or tab splits the rows into the same columns'
    })
    expect(failureOf(() => readDelimited(`1\t${en[2]}\n2\t${en[3]}`, 'x.tsv'))).toEqual({
      code: 'file-format-unsupported',
      format: 'CSV',
      detail: 'one text column; a bilingual table needs a source and a target column'
    })
    expect(failureOf(() => readDelimited('source,target\n,\n', 'x.csv'))).toEqual({
      code: 'file-no-text',
      format: 'CSV',
      detail: 'no row holds any text'
    })
    expect(failureOf(() => readDelimited('', 'x.tsv')).code).toBe('file-format-unsupported')
  })
})

describe('CSV/TSV: properties', () => {
  it('throws nothing but CalqueFailure on arbitrary text', () => {
    const csvish = fc
      .array(
        fc.oneof(anyText, fc.constantFrom(',', ';', '\t', '"', '\n', '\r\n', 'source', 'перевод')),
        {
          maxLength: 30
        }
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(anyText, csvish), fc.constantFrom('a.csv', 'a.tsv'), (text, name) =>
        onlyCalqueFailures(() => readDelimited(text, name))
      ),
      { numRuns: 400 }
    )
  })

  it('gives back the cells that were written, whatever they hold', () => {
    const cell = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 40 })
      .filter((text) => /\p{L}/u.test(text) && text.trim() === text && !text.includes('\r'))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        (rows, delimiter) => {
          const text = [
            row(['source', 'target'], delimiter),
            ...rows.map((r) => row(r, delimiter))
          ].join('\n')
          const name =
            delimiter === '\t' ? 'pairs.tsv' : delimiter === ';' ? 'pairs.csv' : 'pairs.csv'
          const result = readDelimited(delimiter === ';' ? `sep=;\n${text}` : text, name)
          expect(result.units).toEqual(
            rows.map(([source, target]) => ({
              source: [source.replace(/^[ \t\n]+|[ \t\n]+$/g, '')],
              target: [target.replace(/^[ \t\n]+|[ \t\n]+$/g, '')]
            }))
          )
        }
      ),
      { numRuns: 200 }
    )
  })
})
