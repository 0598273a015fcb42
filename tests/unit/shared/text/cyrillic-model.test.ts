import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  FREQUENT_WORD_COUNT,
  FREQUENT_WORD_COVERAGE,
  FREQUENT_WORD_LEVELS
} from '@shared/text/frequent-words'
import {
  BIGRAM_ALPHABET,
  BIGRAM_ROWS,
  bigramLogProbability,
  bigramSymbol
} from '@shared/text/letter-bigrams'
import { charModel, logLikelihood } from '@shared/text/cyrillic-model'
import {
  BIGRAM_SOURCES,
  buildBigramRows,
  buildFrequentWords,
  russianSegments
} from './build-model-tables'

const hasSources = BIGRAM_SOURCES.every((path) => existsSync(path))

describe('the Russian letter model', () => {
  it('has a row and a column for the boundary and every Russian letter', () => {
    expect(BIGRAM_ROWS).toHaveLength(BIGRAM_ALPHABET.length)
    for (const row of BIGRAM_ROWS) expect(row).toHaveLength(BIGRAM_ALPHABET.length)
    expect(FREQUENT_WORD_LEVELS.join(' ').split(/\s+/).filter(Boolean)).toHaveLength(
      FREQUENT_WORD_COUNT
    )
  })

  it('knows what Russian spelling looks like', () => {
    const p = (pair: string) => bigramLogProbability(bigramSymbol(pair[0]!), bigramSymbol(pair[1]!))
    expect(p('ст')).toBeGreaterThan(p('тс'))
    expect(p('ов')).toBeGreaterThan(p('оь'))
    expect(bigramLogProbability(0, bigramSymbol('ь'))).toBeLessThan(-10) // no word starts with ь
    expect(bigramSymbol('і')).toBe(bigramSymbol('и')) // Belarusian і spelled like и
    expect(bigramSymbol('x')).toBe(0)
  })

  it('scores a word above its reading in another codepage', () => {
    /** The text as if each of its characters were one byte of a codepage, scored by the model. */
    const score = (text: string): number => {
      const chars = [...new Set(text)]
      const models = Array.from({ length: 256 }, (_, byte) =>
        charModel(chars[byte - 0x80] ?? String.fromCharCode(byte))
      )
      return logLikelihood(
        Uint8Array.from([...text], (char) => 0x80 + chars.indexOf(char)),
        models
      )
    }
    // «Минск» in KOI8-R read as Windows-1251, in Windows-1251 read as ISO-8859-5, and as CP866.
    expect(score('Минск')).toBeGreaterThan(score('нХМЯЙ'))
    expect(score('Минск')).toBeGreaterThan(score('ЬшэёЪ'))
    expect(score('Минск')).toBeGreaterThan(score('╠шэё╩'))
  })
})

describe.skipIf(!hasSources)(
  `the embedded tables are what the WMT21 en-ru MQM corpus gives${hasSources ? '' : ` (skipped: ${BIGRAM_SOURCES[0]} absent)`}`,
  () => {
    const segments = hasSources ? russianSegments() : []
    it('letter bigrams', () => {
      expect(buildBigramRows(segments)).toEqual(BIGRAM_ROWS)
    })
    it('frequent words', () => {
      const { levels, coverage } = buildFrequentWords(segments)
      expect(levels).toEqual(FREQUENT_WORD_LEVELS)
      expect(coverage).toBe(FREQUENT_WORD_COVERAGE)
    })
  }
)
