/** Readers for the third-party corpora beside the repo, and a seeded perturbation for alignment tests. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseGoldLinks, type Link } from '@shared/align/score'
import { corporaDir } from '../../../helpers/paths'

export const wmtTsv = join(corporaDir, 'wmt_ruen_docs/wmt21-23_ru-en_docs.tsv')
export const textBergDir = join(corporaDir, 'textberg_defr_align_gold')
export const hasWmt = existsSync(wmtTsv)
export const hasTextBerg = existsSync(textBergDir)

export interface WmtDoc {
  readonly id: string
  readonly ru: string[]
  readonly en: string[]
  /** Paragraph index of each segment (the `para_idx` column). */
  readonly paragraph: number[]
}

/** The 496 RU-EN documents, segments 1-1 aligned. Columns: doc_id, seg_id, ru, en, testset, domain, para_idx, en_refB. */
export function loadWmtDocs(): WmtDoc[] {
  const docs = new Map<string, WmtDoc>()
  const rows = readFileSync(wmtTsv, 'utf8').split('\n').slice(1)
  for (const row of rows) {
    if (row === '') continue
    const [id, , ru, en, , , paragraph] = row.split('\t')
    let doc = docs.get(id!)
    if (!doc) docs.set(id!, (doc = { id: id!, ru: [], en: [], paragraph: [] }))
    doc.ru.push(ru!)
    doc.en.push(en!)
    doc.paragraph.push(Number(paragraph))
  }
  return [...docs.values()]
}

export interface TextBergDoc {
  readonly id: string
  readonly source: string[]
  readonly target: string[]
  readonly gold: Link[]
}

/** Seven German-French documents, one sentence per line, with gold links `[src]:[tgt]`. */
export function loadTextBerg(): TextBergDoc[] {
  const lines = (file: string) =>
    readFileSync(join(textBergDir, file), 'utf8').replace(/\n$/, '').split('\n')
  return ['001', '002', '003', '004', '005', '006', '007'].map((id) => ({
    id,
    source: lines(`de_${id}.txt`),
    target: lines(`fr_${id}.txt`),
    gold: parseGoldLinks(readFileSync(join(textBergDir, `gold_${id}.txt`), 'utf8'))
  }))
}

/** mulberry32: a tiny seeded generator, so a perturbed corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Perturbed {
  readonly target: string[]
  readonly gold: Link[]
}

/**
 * Damages a 1-1 aligned document the way MT and segmenters do: with probability `merge` two adjacent
 * target sentences become one (gold 2-1), with probability `drop` a target sentence is lost (gold 1-0).
 */
export function perturb(
  source: readonly string[],
  target: readonly string[],
  random: () => number,
  merge: number,
  drop: number
): Perturbed {
  const out: string[] = []
  const gold: Link[] = []
  for (let i = 0; i < source.length;) {
    const r = random()
    if (r < merge && i + 1 < source.length) {
      gold.push({ source: [i, i + 1], target: [out.length] })
      out.push(`${target[i]} ${target[i + 1]}`)
      i += 2
    } else if (r < merge + drop) {
      gold.push({ source: [i], target: [] })
      i += 1
    } else {
      gold.push({ source: [i], target: [out.length] })
      out.push(target[i]!)
      i += 1
    }
  }
  return { target: out, gold }
}

export const lengths = (segments: readonly string[]): number[] => segments.map((s) => s.length)
