import { describe, expect, it } from 'vitest'
import type { ReviewedArticle } from '@shared/domain/article'
import { MQM_TSV_HEADER, mqmAnnotationsOf, parseMqmTsv, writeMqmTsv } from '@shared/mqm-tsv'
import {
  MQM_CORE_PROFILE,
  scoreInput,
  scoringInputFromArticles,
  scoringInputFromMqmRecords
} from '@shared/scoring'
import { SAMPLE_FLAGS, sampleArticle, type FlagSpec } from '../scoring/sample-article'

const FLAGS: readonly FlagSpec[] = [
  ...SAMPLE_FLAGS,
  // An omission is marked on the Russian side.
  {
    row: 5,
    phrase: 'Дэвид Хейл',
    side: 'source',
    category: 'accuracy/omission',
    severity: 'major',
    author: 'boris',
    comment: 'name\tdropped\nhere'
  }
]

describe('writing the MQM Viewer TSV from a Calque article', () => {
  const fixed = sampleArticle().rows[15]!.target.replace(
    'morning chairs –money in the evening',
    'cash on delivery'
  )
  const article = sampleArticle(FLAGS, { 15: fixed })
  const tsv = writeMqmTsv([article], { system: 'Online-X' })
  const lines = tsv.trimEnd().split('\n')

  it('writes a header and 10 columns on every line: one per counted flag, one No-error per other row', () => {
    expect(lines[0]).toBe(MQM_TSV_HEADER.join('\t'))
    for (const line of lines) expect(line.split('\t')).toHaveLength(10)
    // 26 rows; rows 2, 5 and 15 carry 1, 1 and 2 counted flags; row 3's only flag is rejected.
    expect(lines).toHaveLength(1 + 23 + 4)
    const noError = lines.filter((l) => l.includes('\tNo-error\tNo-error\t'))
    expect(noError).toHaveLength(23)
  })

  it('reads back to the same flags: side, span, category, severity, note, author, status', () => {
    const { records, issues } = parseMqmTsv(tsv)
    expect(issues).toEqual([])
    const annotations = mqmAnnotationsOf(records)
    const counted = article.rows.flatMap((row) =>
      row.flags.filter((f) => f.status !== 'rejected').map((flag) => ({ row, flag }))
    )
    expect(annotations).toHaveLength(counted.length)
    annotations.forEach((annotation, i) => {
      const { row, flag } = counted[i]!
      expect(annotation).toMatchObject({
        system: 'Online-X',
        doc: article.id,
        docSegId: String(row.index + 1),
        rater: 'calque',
        side: flag.side,
        span: flag.span,
        category: flag.category,
        coreCategory: flag.category,
        calqueSeverity: flag.severity,
        note: flag.comment,
        author: flag.author
      })
      expect(annotation.metadata).toMatchObject({ flag_id: flag.id, status: flag.status })
    })
    // Texts come back without the marks, exactly as the rows have them.
    expect(records.find((r) => r.docSegId === '6')!.source).toBe(article.rows[5]!.source)
    expect(records.find((r) => r.docSegId === '16')!.metadata).toMatchObject({
      corrected_translation: fixed
    })
  })

  it('scores the same when read back as when scored from the article', () => {
    const direct = scoreInput(scoringInputFromArticles([article]), MQM_CORE_PROFILE).totals
    const viaTsv = scoreInput(
      scoringInputFromMqmRecords(parseMqmTsv(tsv).records, 'x'),
      MQM_CORE_PROFILE
    ).totals
    for (const key of [
      'score',
      'penalty',
      'words',
      'sourceWords',
      'targetWords',
      'errors',
      'ratedSegments',
      'flaggedSegments'
    ] as const) {
      expect(viaTsv[key], key).toEqual(direct[key])
    }
    expect(viaTsv.errorsByCategory).toEqual(direct.errorsByCategory)
  })

  it('keeps texts that look like quoted fields, and takes TABs and line breaks out of texts', () => {
    const base = sampleArticle()
    const odd: ReviewedArticle = {
      ...base,
      rows: [
        { ...base.rows[0]!, source: '"Свобода"', target: '"Freedom"' },
        { ...base.rows[1]!, index: 1, source: 'a\tb', target: 'c\nd' }
      ]
    }
    const records = parseMqmTsv(writeMqmTsv([odd], { header: false })).records
    expect(records.map((r) => [r.source, r.target])).toEqual([
      ['"Свобода"', '"Freedom"'],
      ['a b', 'c d']
    ])
  })

  it('includes rejected flags only when asked', () => {
    const withRejected = writeMqmTsv([article], { includeRejected: true })
    expect(tsv).not.toContain('"status":"rejected"')
    // Row 3 had only the rejected flag: its No-error line becomes the flag's line.
    const row3 = withRejected.split('\n').filter((l) => l.split('\t')[2] === '4')
    expect(row3).toHaveLength(1)
    expect(row3[0]).toContain('"status":"rejected"')
    expect(row3[0]).toContain('<v>chargé d’affaires</v>')
  })
})
