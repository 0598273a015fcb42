/**
 * Rebuilds the tables embedded in `src/shared/text/letter-bigrams.ts` and `frequent-words.ts` from
 * Russian text, so their provenance can be checked (`cyrillic-model.test.ts` does, when the corpora are present): the
 * Russian side of the WMT21 English->Russian MQM data (news and TED, every system and reference). That
 * corpus is NOT the one the detector is evaluated on (`wmt_ruen_docs`, Russian originals).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import {
  BIGRAM_ALPHABET,
  BIGRAM_LEVELS,
  MAX_BIGRAM_LEVEL,
  bigramSymbol
} from '@shared/text/letter-bigrams'
import { FREQUENT_WORD_COUNT } from '@shared/text/frequent-words'
import { corporaDir } from '../../../helpers/paths'

export const BIGRAM_SOURCES = [
  join(corporaDir, 'mqm_wmt21_enru/mqm_newstest2021_enru.tsv'),
  join(corporaDir, 'mqm_wmt21_enru/mqm_tedtalks2021_enru.tsv')
]

/** Distinct Russian target segments of the MQM files, error-span tags removed. */
export function russianSegments(): string[] {
  const segments = new Set<string>()
  for (const path of BIGRAM_SOURCES) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      delimiter: '\t',
      header: true,
      quoteChar: '"',
      skipEmptyLines: true
    })
    for (const row of parsed.data) {
      const target = row.target?.replace(/<\/?v>/g, '')
      if (target) segments.add(target)
    }
  }
  return [...segments]
}

/** The table rows as `letter-bigrams.ts` stores them: one string per previous symbol. */
export function buildBigramRows(segments: readonly string[]): string[] {
  const size = BIGRAM_ALPHABET.length
  const counts = Array.from({ length: size }, () => new Float64Array(size))
  for (const segment of segments) {
    let previous = 0
    for (const char of segment.toLowerCase()) {
      const next = bigramSymbol(char)
      if (next !== 0 || previous !== 0) counts[previous]![next]!++
      previous = next
    }
    if (previous !== 0) counts[previous]![0]!++
  }
  return counts.map((row) => {
    const total = row.reduce((sum, count) => sum + count, 0)
    return Array.from(row, (count) => {
      // Add-half smoothing: an unseen pair is rare, not impossible (names, loanwords).
      const probability = (count + 0.5) / (total + 0.5 * size)
      const level = Math.min(MAX_BIGRAM_LEVEL, Math.round(-2 * Math.log(probability)))
      return BIGRAM_LEVELS[level]!
    }).join('')
  })
}

/** The frequent-word table as `frequent-words.ts` stores it: words grouped by level. */
export function buildFrequentWords(segments: readonly string[]): {
  levels: string[]
  coverage: number
} {
  const counts = new Map<string, number>()
  let tokens = 0
  for (const segment of segments) {
    for (const [word] of segment.toLowerCase().matchAll(/\p{Script=Cyrillic}+/gu)) {
      counts.set(word, (counts.get(word) ?? 0) + 1)
      tokens++
    }
  }
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, FREQUENT_WORD_COUNT)
  const covered = top.reduce((sum, [, count]) => sum + count, 0)
  const levels: string[] = []
  for (const [word, count] of top) {
    const level = Math.round(-2 * Math.log(count / covered))
    while (levels.length <= level) levels.push('')
    levels[level] = levels[level] ? `${levels[level]} ${word}` : word
  }
  return { levels, coverage: Math.round((covered / tokens) * 100) / 100 }
}
