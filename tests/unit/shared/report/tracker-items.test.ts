import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMqmTsv } from '@shared/mqm-tsv'
import { trackerItemsFromMqm } from '@shared/report/tracker-items'
import { SKIP_NO_CORPORA, corporaDir, hasCorpora } from '../../../helpers/paths'
import { sampleItems } from './tracker-fixtures'

describe('tracker items of a project', () => {
  it('lists every flag article by article, row by row, with its words in context', () => {
    const items = sampleItems()
    expect(items.map((i) => [i.article.slice(0, 12), i.rowNumber, i.context.text])).toEqual([
      ['USA and Bela', 3, '..'],
      ['USA and Bela', 16, 'morning chairs –money in the evening'],
      ['USA and Bela', 16, 'Lukashenka'],
      ['Belarus, par', 4, 'chargé d’affaires'],
      ['Belarus, par', 21, 'Lukashenka']
    ])
    const calque = items.find((i) => i.category === 'style/unidiomatic')!
    expect(calque).toMatchObject({
      articleId: 'belarus-usa-ambassadors-1a2b3c4d',
      row: 'b15',
      side: 'target',
      severity: 'major',
      status: 'open',
      origin: 'reviewer',
      author: 'boris',
      coreCategory: 'style/unidiomatic',
      comment: 'calque of «утром стулья — вечером деньги»'
    })
    expect(calque.key).toBe(`belarus-usa-ambassadors-1a2b3c4d/${calque.flagId}`)
    expect(calque.target).toContain(calque.context.before.replace('…', ''))
    expect(items.map((i) => i.articleOrder)).toEqual([0, 0, 0, 1, 1])
  })
})

describe.skipIf(!hasCorpora)(
  `tracker items of the Google TED en-de evaluation (${hasCorpora ? corporaDir : SKIP_NO_CORPORA})`,
  () => {
    it('has one item per error line, none for No-error lines, spans from the <v> marks', () => {
      const text = readFileSync(
        join(corporaDir, 'mqm_google_ted2021_ende/mqm_ted_ende.tsv'),
        'utf8'
      )
      const { records } = parseMqmTsv(text)
      const items = trackerItemsFromMqm(records)
      const errorLines = text
        .split('\n')
        .slice(1)
        .filter((l) => /\t(Major|Minor)\t/.test(l)).length
      expect(items).toHaveLength(errorLines)
      const first = items[0]!
      expect(first).toMatchObject({
        system: 'Facebook-AI',
        article: 'talk.1',
        rowNumber: 1,
        side: 'target',
        status: null,
        origin: 'rater',
        author: 'rater1',
        flagId: null,
        articleId: null
      })
      expect(first.context.text).toBe('in Betracht zu ziehen')
      expect(new Set(items.map((i) => i.key)).size).toBe(items.length)
    })
  }
)
