/**
 * Benchmark inputs built from the real RU-EN corpus beside the repo (`../shared/corpora`, read from
 * there, never copied): whole documents concatenated, the corpus cycled until the size asked for.
 * The perturbed variant damages each document's English the way MT output is damaged (10 % of
 * sentences merged into the next, 5 % lost; seeded), and keeps the gold links, so the benchmark also
 * reports how right each aligner is at that size.
 */
import type { Link } from '@shared/align/score'
import {
  hasWmt,
  loadWmtDocs,
  perturb,
  seededRandom,
  wmtTsv,
  type WmtDoc
} from '../tests/unit/shared/align/corpora'

export { hasWmt, wmtTsv }

export type Variant = 'clean' | 'perturbed'

export interface AlignInput {
  readonly source: string[]
  readonly target: string[]
  readonly gold: Link[]
}

/** At least `size` source segments (whole documents), with the target and the gold links. */
export function alignInput(size: number, variant: Variant): AlignInput {
  const docs = loadWmtDocs()
  const random = seededRandom(42)
  const source: string[] = []
  const target: string[] = []
  const gold: Link[] = []
  for (let d = 0; source.length < size; d = (d + 1) % docs.length) {
    const doc = docs[d]!
    const damaged =
      variant === 'perturbed'
        ? perturb(doc.ru, doc.en, random, 0.1, 0.05)
        : { target: doc.en, gold: doc.ru.map((_, i) => ({ source: [i], target: [i] })) }
    const sourceOffset = source.length
    const targetOffset = target.length
    source.push(...doc.ru)
    target.push(...damaged.target)
    for (const link of damaged.gold) {
      gold.push({
        source: link.source.map((i) => i + sourceOffset),
        target: link.target.map((j) => j + targetOffset)
      })
    }
  }
  return { source, target, gold }
}

/** The corpus as running text, one side: documents and their paragraphs (`para_idx`) as blank lines. */
export function corpusText(side: 'ru' | 'en'): string {
  return loadWmtDocs()
    .map((doc: WmtDoc) => {
      const paragraphs: string[][] = []
      doc.paragraph.forEach((p, k) => {
        if (k === 0 || p !== doc.paragraph[k - 1]) paragraphs.push([])
        paragraphs[paragraphs.length - 1]!.push(doc[side][k]!)
      })
      return paragraphs.map((sentences) => sentences.join(' ')).join('\n\n')
    })
    .join('\n\n')
}
