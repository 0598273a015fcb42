/**
 * Russian test texts of every length, cut from the WMT RU-EN documents (Russian originals: a different
 * corpus from the one the detector's tables were built from), for the encoding-detection accuracy table.
 * Windows are drawn with a fixed seed, so the table is the same on every run.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { corporaDir } from '../../../helpers/paths'

export const wmtTsv = join(corporaDir, 'wmt_ruen_docs/wmt21-23_ru-en_docs.tsv')
export const hasWmt = existsSync(wmtTsv)

export const BUCKETS = [
  '1 word',
  '2 words',
  '3 words',
  '4-6 words',
  '7-15 words',
  'sentence',
  'document',
  'CAPS 2-6 words'
] as const
export type Bucket = (typeof BUCKETS)[number]

const CYRILLIC = /\p{Script=Cyrillic}/u

/** A word here is a token holding Cyrillic; the window keeps whatever lies between its words. */
function windowOf(tokens: readonly string[], words: number, random: () => number): string | null {
  const positions = tokens.flatMap((token, i) => (CYRILLIC.test(token) ? [i] : []))
  if (positions.length < words) return null
  const first = Math.floor(random() * (positions.length - words + 1))
  return tokens.slice(positions[first]!, positions[first + words - 1]! + 1).join(' ')
}

export function corpusSamples(): Record<Bucket, string[]> {
  const random = seededRandom(20240917)
  const samples = Object.fromEntries(BUCKETS.map((bucket) => [bucket, [] as string[]])) as Record<
    Bucket,
    string[]
  >
  const documents = new Map<string, string[]>()
  for (const row of readFileSync(wmtTsv, 'utf8').split('\n').slice(1)) {
    if (row === '') continue
    const [id, , ru] = row.split('\t') as [string, string, string]
    documents.set(id, [...(documents.get(id) ?? []), ru])
    const tokens = ru.split(/\s+/).filter(Boolean)
    const word = windowOf(tokens, 1, random)
    if (word) samples['1 word'].push(word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    const windows: [Bucket, number][] = [
      ['2 words', 2],
      ['3 words', 3],
      ['4-6 words', 4 + Math.floor(random() * 3)],
      ['7-15 words', 7 + Math.floor(random() * 9)]
    ]
    for (const [bucket, words] of windows) {
      const text = windowOf(tokens, words, random)
      if (text) samples[bucket].push(text)
    }
    samples.sentence.push(ru)
    const headline = windowOf(tokens, 2 + Math.floor(random() * 5), random)
    if (headline) samples['CAPS 2-6 words'].push(headline.toUpperCase())
  }
  for (const segments of documents.values()) samples.document.push(segments.join('\n'))
  return samples
}

/** mulberry32: a small seeded generator. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
