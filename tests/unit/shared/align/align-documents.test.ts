import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments } from '@shared/align'
import type { Bead } from '@shared/domain/alignment'
import { beadShape, LOW_CONFIDENCE } from '@shared/domain/alignment'
import type { TextDocument } from '@shared/domain/document'
import { buildDocument } from '@shared/segment/document'
import { sampleEn, sampleRu } from '../../../helpers/paths'

const ruText = readFileSync(sampleRu, 'utf8')
const enText = readFileSync(sampleEn, 'utf8')
const ru = buildDocument(ruText, 'ru')
const en = buildDocument(enText, 'en')

function expectCoverage(beads: readonly Bead[], source: TextDocument, target: TextDocument): void {
  expect(beads.flatMap((b) => b.source)).toEqual([...source.segments.keys()])
  expect(beads.flatMap((b) => b.target)).toEqual([...target.segments.keys()])
  beads.forEach((bead, k) => {
    expect(bead.id).toBe(`b${k}`)
    expect(bead.origin).toBe('auto')
  })
}

/** The text with paragraph `index` (0-based) removed. */
function withoutParagraph(document: TextDocument, index: number): string {
  const p = document.paragraphs[index]!
  return document.text.slice(0, p.start) + document.text.slice(p.end).replace(/^\n\n/, '')
}

describe('alignDocuments on the sample article', () => {
  const beads = alignDocuments(ru, en)

  it('pairs all 50 Russian and 50 English segments 1-1, in order, confidently', () => {
    expectCoverage(beads, ru, en)
    expect(beads).toHaveLength(50)
    for (const [k, bead] of beads.entries()) {
      expect([bead.source, bead.target]).toEqual([[k], [k]])
      expect(bead.confidence).toBeGreaterThan(0.9)
    }
  })

  it('has no bead that is not 1-1 end to end from the raw files, and none it doubts', () => {
    const unusual = beads.filter((b) => beadShape(b) !== '1-1' || b.confidence < LOW_CONFIDENCE)
    const lowest = beads.reduce((low, b) => (b.confidence < low.confidence ? b : low))
    console.log(
      `Sample pair: ${ru.segments.length} ru and ${en.segments.length} en segments, ${beads.length} beads; ` +
        `not 1-1 or below ${LOW_CONFIDENCE}: ${unusual.length}; lowest confidence ${lowest.confidence.toFixed(3)} (${lowest.id})`
    )
    expect(unusual).toEqual([])
    expect(lowest.confidence).toBeGreaterThan(0.95)
  })

  it('finds a sentence the MT lost and two it merged, inside paragraphs', () => {
    // Paragraph 3 (0-based) has four sentences: the English loses its second. Paragraph 10 has two:
    // the English runs them together as one sentence.
    const lost = en.segments.filter((s) => s.paragraph === 3)[1]!
    const [first, second] = en.segments.filter((s) => s.paragraph === 10)
    const damaged =
      enText.slice(0, lost.start) +
      enText
        .slice(lost.end, first!.end)
        .trimStart()
        .replace(/[.!?]+$/, '') +
      ', and ' +
      second!.text[0]!.toLowerCase() +
      enText.slice(second!.start + 1)
    const target = buildDocument(damaged, 'en')
    expect(target.segments).toHaveLength(48)
    const found = alignDocuments(ru, target)
    expectCoverage(found, ru, target)
    const lostIndex = en.segments.indexOf(lost)
    const mergedIndex = en.segments.indexOf(first!)
    expect(found.filter((b) => beadShape(b) !== '1-1').map((b) => [b.source, b.target])).toEqual([
      [[lostIndex], []],
      [[mergedIndex, mergedIndex + 1], [mergedIndex - 1]]
    ])
    for (const bead of found.filter((b) => beadShape(b) !== '1-1')) {
      expect(bead.confidence).toBeGreaterThan(0.5)
    }
  })

  it('survives the English losing its blank lines (paragraph structure no longer agrees)', () => {
    // One long English paragraph: headings now run into the next sentence, and the 26 Russian
    // paragraphs have nothing to pair with. The aligner must fall back to sentence lengths.
    const flat = buildDocument(enText.replace(/\n\n/g, ' '), 'en')
    expect(flat.paragraphs).toHaveLength(1)
    const flatBeads = alignDocuments(ru, flat)
    expectCoverage(flatBeads, ru, flat)
    const unaligned = flatBeads.filter((b) => b.source.length === 0 || b.target.length === 0)
    expect(unaligned.length).toBeLessThanOrEqual(2)
    expect(flatBeads.filter((b) => beadShape(b) === '1-1').length).toBeGreaterThanOrEqual(40)
  })

  it('marks the sentences of a paragraph the translation lost as 1-0, and nothing else', () => {
    // Paragraph 13 (0-based) has three sentences: "In short, …", "Now the ball …", "And what …".
    const shorter = buildDocument(withoutParagraph(en, 13), 'en')
    const lostBeads = alignDocuments(ru, shorter)
    expectCoverage(lostBeads, ru, shorter)
    const omissions = lostBeads.filter((b) => beadShape(b) === '1-0').map((b) => b.source[0])
    expect(omissions).toEqual([19, 20, 21])
    expect(lostBeads.filter((b) => beadShape(b) === '1-1')).toHaveLength(47)
  })

  it('still aligns 1-1 when the translation merged two paragraphs', () => {
    const p = en.paragraphs[3]!
    const merged = buildDocument(
      `${enText.slice(0, p.end)} ${enText.slice(p.end).replace(/^\n\n/, '')}`,
      'en'
    )
    expect(merged.paragraphs).toHaveLength(25)
    const mergedBeads = alignDocuments(ru, merged)
    expectCoverage(mergedBeads, ru, merged)
    expect(mergedBeads.every((b) => beadShape(b) === '1-1')).toBe(true)
  })

  it('aligns two empty documents to nothing and one empty side to 0-1 beads', () => {
    const empty = buildDocument('', 'ru')
    expect(alignDocuments(empty, buildDocument('', 'en'))).toEqual([])
    const onlyTarget = alignDocuments(empty, en)
    expect(onlyTarget).toHaveLength(50)
    expect(onlyTarget.every((b) => beadShape(b) === '0-1')).toBe(true)
  })
})
