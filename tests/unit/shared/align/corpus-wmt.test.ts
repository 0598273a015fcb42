/**
 * Real RU-EN news (WMT21-23 test sets, 496 documents, 1-1 aligned by the organisers): the aligner must
 * recover the gold pairing, and stay good when the English is damaged the way MT and segmenters damage
 * it (merged sentences, lost sentences). Each test prints its figures; the floors sit just under
 * what was measured when they were written.
 *
 * Strict F1 "all links" counts every link, 1-0 included, in precision and recall; "Vecalign" is the
 * scoring of the Vecalign and Bertalign papers (recall over links with both sides); lax counts a
 * predicted link that overlaps a gold one.
 */
import { describe, expect, it } from 'vitest'
import { naiveGaleChurch } from '../../../../bench/naive-gale-church'
import {
  alignDocuments,
  alignSegments,
  alignTexts,
  linkKey,
  strictScore,
  sumScores,
  vecalignCounts,
  vecalignScore,
  type Link
} from '@shared/align'
import type { TextDocument } from '@shared/domain/document'
import { SKIP_NO_CORPORA } from '../../../helpers/paths'
import { hasWmt, lengths, loadWmtDocs, perturb, seededRandom, type WmtDoc } from './corpora'

const f = (value: number) => value.toFixed(4)
const oneToOne = (doc: WmtDoc): Link[] => doc.ru.map((_, i) => ({ source: [i], target: [i] }))

interface Case {
  readonly source: string[]
  readonly target: string[]
  readonly gold: Link[]
}

interface Figures {
  readonly strictAll: number
  readonly strict: number
  readonly lax: number
  /** Gold 1-0 links found exactly, of all gold 1-0 links. */
  readonly lost: { readonly found: number; readonly of: number }
}

function measure(cases: readonly Case[], align: (c: Case) => Link[]): Figures {
  const all = []
  const vecalign = []
  let found = 0
  let of = 0
  for (const c of cases) {
    const links = align(c)
    all.push(strictScore(links, c.gold))
    vecalign.push(vecalignCounts(links, c.gold))
    const predicted = new Set(links.map(linkKey))
    for (const link of c.gold.filter((g) => g.target.length === 0)) {
      of++
      if (predicted.has(linkKey(link))) found++
    }
  }
  const score = vecalignScore(vecalign)
  return {
    strictAll: sumScores(all).f1,
    strict: score.strict.f1,
    lax: score.lax.f1,
    lost: { found, of }
  }
}

function row(name: string, figures: Figures): string {
  const lost = figures.lost.of > 0 ? `${figures.lost.found}/${figures.lost.of}` : '-'
  return `${name.padEnd(34)} ${f(figures.strictAll)}      ${f(figures.strict)}   ${f(figures.lax)}   ${lost}`
}
const HEADER = `${'aligner'.padEnd(34)} strict(all) strict   lax      lost sentences found as 1-0`

const anchored = (c: Case) => alignTexts(c.source, c.target)
const lengthOnly = (c: Case) => alignSegments(lengths(c.source), lengths(c.target))
const plainGaleChurch = (c: Case) => naiveGaleChurch(lengths(c.source), lengths(c.target))

describe.skipIf(!hasWmt)(
  `WMT RU-EN documents (${hasWmt ? 'wmt21-23_ru-en_docs.tsv' : SKIP_NO_CORPORA})`,
  () => {
    const docs = hasWmt ? loadWmtDocs() : []
    const clean: Case[] = docs.map((doc) => ({
      source: doc.ru,
      target: doc.en,
      gold: oneToOne(doc)
    }))
    // About 15 % of rows touched: 10 % of English sentences merged into the next, 5 % lost. The seed
    // is not one of the two the weights were tuned on (7 and 11).
    const random = seededRandom(2024)
    const damaged: Case[] = docs.map((doc) => {
      const { target, gold } = perturb(doc.ru, doc.en, random, 0.1, 0.05)
      return { source: doc.ru, target, gold }
    })

    it('reads all 496 documents', () => {
      expect(docs).toHaveLength(496)
      expect(docs.reduce((n, d) => n + d.ru.length, 0)).toBe(4739)
    })

    it('recovers the 1-1 gold pairing of the clean documents, presegmented', () => {
      const figures = measure(clean, anchored)
      const plain = measure(clean, plainGaleChurch)
      console.log(
        `WMT RU-EN clean (4739 links)\n${HEADER}\n${row('Calque (length + anchors)', figures)}\n${row('plain Gale–Church (full matrix)', plain)}`
      )
      // Measured 1.0000 (lax 1.0000) when written.
      expect(figures.strict).toBeGreaterThanOrEqual(0.999)
      expect(figures.lax).toBeGreaterThanOrEqual(0.999)
    })

    it('recovers it through alignDocuments too, with the corpus paragraphs', () => {
      const document = (segments: string[], paragraph: number[], language: 'ru' | 'en') => {
        let offset = 0
        const out = segments.map((text, k) => {
          const segment = {
            text,
            start: offset,
            end: offset + text.length,
            paragraph: paragraph[k]!
          }
          offset += text.length + 1
          return segment
        })
        const paragraphs = [...new Set(paragraph)].map(() => ({ start: 0, end: 0 }))
        return { language, text: segments.join('\n'), paragraphs, segments: out } as TextDocument
      }
      const figures = measure(clean, (c) => {
        const doc = docs[clean.indexOf(c)]!
        const ids = doc.paragraph.map((p) => [...new Set(doc.paragraph)].indexOf(p))
        return alignDocuments(document(doc.ru, ids, 'ru'), document(doc.en, ids, 'en'))
      })
      console.log(
        `WMT RU-EN clean, alignDocuments with para_idx paragraphs\n${HEADER}\n${row('Calque', figures)}`
      )
      expect(figures.strict).toBeGreaterThanOrEqual(0.999)
    })

    it('stays above 0.97 strict F1 when 10 % of English sentences are merged and 5 % lost', () => {
      const figures = measure(damaged, anchored)
      const length = measure(damaged, lengthOnly)
      const plain = measure(damaged, plainGaleChurch)
      console.log(
        `WMT RU-EN perturbed (seed 2024: ${damaged.reduce((n, c) => n + c.gold.length, 0)} gold links)\n${HEADER}\n${row('Calque (length + anchors)', figures)}\n${row('Calque, length only', length)}\n${row('plain Gale–Church (full matrix)', plain)}`
      )
      // Measured 0.9727 / 0.9782 / 0.9918, 219 of 272 lost sentences found, when written.
      expect(figures.strictAll).toBeGreaterThanOrEqual(0.97)
      expect(figures.strict).toBeGreaterThanOrEqual(0.975)
      expect(figures.lax).toBeGreaterThanOrEqual(0.99)
      expect(figures.lost.found / figures.lost.of).toBeGreaterThanOrEqual(0.78)
      // The anchors are what beats a length-based aligner.
      expect(figures.strictAll).toBeGreaterThan(length.strictAll + 0.02)
      expect(figures.strictAll).toBeGreaterThan(plain.strictAll + 0.1)
    })

    it('is confident where it is right and not where it is wrong (the rows the app marks)', () => {
      const bins = Array.from({ length: 5 }, () => ({ beads: 0, right: 0 }))
      let rightOneToOne = 0
      let sureOneToOne = 0
      let wrong = 0
      let wrongMarked = 0
      for (const c of damaged) {
        const gold = new Set(c.gold.map(linkKey))
        for (const link of anchored(c)) {
          const right = gold.has(linkKey(link))
          const bin = bins[Math.min(4, Math.floor(link.confidence * 5))]!
          bin.beads++
          if (right) bin.right++
          const oneToOne = link.source.length === 1 && link.target.length === 1
          if (right && oneToOne) {
            rightOneToOne++
            if (link.confidence >= 0.9) sureOneToOne++
          }
          if (!right) {
            wrong++
            if (link.confidence < 0.5 || !oneToOne) wrongMarked++
          }
        }
      }
      console.log(
        `Confidence on the perturbed set (bin: beads, share right)\n${bins
          .map(
            (b, k) =>
              `  ${(k / 5).toFixed(1)}-${((k + 1) / 5).toFixed(1)}: ${b.beads}, ${b.beads ? f(b.right / b.beads) : '-'}`
          )
          .join(
            '\n'
          )}\n  right 1-1 beads at 0.9 or more: ${sureOneToOne}/${rightOneToOne}; wrong beads below 0.5 or not 1-1: ${wrongMarked}/${wrong}`
      )
      // Measured: 95.2 % of right 1-1 beads at 0.9 or more; 99.6 % of beads at 0.8 or more right.
      expect(sureOneToOne / rightOneToOne).toBeGreaterThanOrEqual(0.94)
      expect(bins[4]!.right / bins[4]!.beads).toBeGreaterThanOrEqual(0.99)
      expect(bins[2]!.right / bins[2]!.beads).toBeLessThan(0.8)
    })
  }
)
