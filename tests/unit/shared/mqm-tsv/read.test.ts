import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMqmTsvReader, mqmAnnotationsOf, parseMqmTsv } from '@shared/mqm-tsv'

const HEADER = 'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity'
// Lines in the shape of the WMT21 en-ru file: Python csv quoting on a field holding quotes.
const UNBABEL = [
  HEADER,
  'Online-W\tstandard.co.uk.57834\t4\t-1\trater1\t"The country had been on a list of ""travel corridor"" nations."\tСтрана была в списке стран <v>«путешествующего</v> коридора».\tLexical Selection\tmajor',
  'Online-W\tstandard.co.uk.57834\t4\t-1\trater1\t"The country had been on a list of ""travel corridor"" nations."\tСтрана <v>была</v> в списке стран «путешествующего коридора».\tTense_Mood_Aspect\tminor',
  'Online-W\tstandard.co.uk.57834\t5\t-1\trater1\tOn Sunday.\tВ воскресенье.\tNo-error\tNo-error'
].join('\n')

describe('reading MQM TSV', () => {
  it('reads Unbabel-style lines: header, "" quoting, spans, one line per error', () => {
    const { records, issues, hasHeader } = parseMqmTsv(UNBABEL + '\n')
    expect({ issues, hasHeader }).toEqual({ issues: [], hasHeader: true })
    expect(records).toHaveLength(3)
    const first = records[0]!
    expect(first).toMatchObject({
      line: 2,
      system: 'Online-W',
      doc: 'standard.co.uk.57834',
      docSegId: '4',
      globalSegId: '-1',
      rater: 'rater1',
      source: 'The country had been on a list of "travel corridor" nations.',
      target: 'Страна была в списке стран «путешествующего коридора».',
      targetSpans: [[27, 43]],
      sourceSpans: [],
      category: 'Lexical Selection',
      severity: 'major',
      metadata: null,
      note: ''
    })
    expect(records[1]!.target).toBe(first.target)
  })

  it('keeps a field that only starts with a quote as it is, without swallowing the next lines', () => {
    const text = [
      'sys\tdoc\t1\t1\tr1\t"Hello," he said.\tTarget one.\tStyle/Awkward\tMinor',
      'sys\tdoc\t2\t2\tr1\t"Freedom" is a word.\tTarget two.\tNo-error\tNo-error'
    ].join('\n')
    const { records, hasHeader } = parseMqmTsv(text)
    expect(hasHeader).toBe(false)
    expect(records.map((r) => r.source)).toEqual(['"Hello," he said.', '"Freedom" is a word.'])
  })

  it('reads the 10th column as JSON metadata or as a legacy note', () => {
    const text = [
      'sys\tdoc\t1\t1\tr1\tsrc\t<v>tgt</v>\tOther\tMinor\t{"note":"odd word","corrected_translation":"target","timestamp":1}',
      'sys\tdoc\t2\t2\tr1\tsrc\ttgt\tOther\tMinor\tcheck the name',
      'sys\tdoc\t3\t3\tr1\tsrc\ttgt\tOther\tMinor\t{not json'
    ].join('\n')
    const [json, note, broken] = parseMqmTsv(text).records
    expect(json!.metadata).toEqual({
      note: 'odd word',
      corrected_translation: 'target',
      timestamp: 1
    })
    expect(json!.note).toBe('odd word')
    expect(note).toMatchObject({ metadata: null, note: 'check the name' })
    expect(broken).toMatchObject({ metadata: null, note: '{not json' })
  })

  it('tolerates a BOM, CRLF, blank lines and reports short lines without stopping', () => {
    const text =
      '\uFEFF' +
      HEADER +
      '\r\n\r\nsys\tdoc\t1\t1\tr1\ts\tt\tNo-error\tNo-error\r\nbroken line\r\nsys\tdoc\t2\t2\tr1\ts\tt\tOther\tMinor'
    const { records, issues, hasHeader } = parseMqmTsv(text)
    expect(hasHeader).toBe(true)
    expect(records.map((r) => [r.line, r.docSegId, r.severity])).toEqual([
      [3, '1', 'No-error'],
      [5, '2', 'Minor']
    ])
    expect(issues).toEqual([{ line: 4, problem: 'too-few-columns', columns: 1 }])
  })

  it('reads a file fed in chunks of any size exactly as in one piece', () => {
    const text =
      UNBABEL + '\n' + 'sys\tdoc\t9\t9\tr2\tс\tт <v>ошибка</v>\tOther\tMajor\t{"note":"ё"}\n'
    const whole = parseMqmTsv(text).records
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b)
        const reader = createMqmTsvReader()
        const records = []
        let from = 0
        for (const cut of [...points, text.length]) {
          records.push(...reader.push(text.slice(from, cut)))
          from = cut
        }
        records.push(...reader.end())
        expect(records).toEqual(whole)
      })
    )
  })

  it('turns error lines into annotations for the tracker, with MQM Core categories', () => {
    const annotations = mqmAnnotationsOf(parseMqmTsv(UNBABEL).records)
    expect(annotations).toHaveLength(2)
    expect(annotations[0]).toMatchObject({
      side: 'target',
      span: [27, 43],
      category: 'Lexical Selection',
      coreCategory: 'accuracy/mistranslation',
      severity: 'major',
      calqueSeverity: 'major'
    })
    expect(annotations[1]!.coreCategory).toBe('linguistic-conventions/grammar')
  })
})
