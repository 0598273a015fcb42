import { describe, expect, it } from 'vitest'
import { writeCalqueJson } from '@shared/export/json'
import { writeXliff12 } from '@shared/export/xliff12'
import { writeXliff21 } from '@shared/export/xliff21'
import { readInterchange } from '@shared/interchange'
import { edgeArticles } from '../export/edge-articles'
import { sampleArticle } from '../export/sample-article'

describe('round trip of the sample review and of the edge cases', () => {
  it.each([
    ['XLIFF 2.1', writeXliff21],
    ['XLIFF 1.2', writeXliff12],
    ['JSON', (a: typeof edgeArticles) => writeCalqueJson(a)]
  ] as const)('%s gives back the sample and the edge cases exactly', (_name, write) => {
    const result = readInterchange(write([sampleArticle, ...edgeArticles]))
    expect(result.articles).toStrictEqual([sampleArticle, ...edgeArticles])
    expect(result.notices).toEqual([])
  })

  it('rebuilds the calque flag on the MT, although the target holds the post-edit', () => {
    const row = readInterchange(writeXliff21([sampleArticle])).articles[0]!.rows[25]!
    const calque = row.flags.find((f) => f.id === 'f-calque')!
    expect(row.target.slice(...calque.span)).toBe('morning chairs –money in the evening')
    expect(row.edit).toContain('deliver first, get paid later')
  })
})
