/**
 * The MT and its post-edit as track changes, on the sample's calque: a word-level diff with each part's
 * offsets in the MT (flags index the MT), how much changed, and which flags' words were all rewritten.
 */
import { describe, expect, it } from 'vitest'
import {
  changedShare,
  diffParts,
  isRewritten
} from '../../../../src/renderer/src/features/text/diff-parts'
import { rowWith, sampleArticle } from '../helpers/sample-project'

const mt = rowWith(sampleArticle(), 'morning chairs').texts.target
const IDIOM = 'morning chairs –money in the evening'
const edit = mt.replace('states', 'says').replace(IDIOM, 'cash up front')
const span = (phrase: string): [number, number] => {
  const start = mt.indexOf(phrase)
  expect(start).toBeGreaterThanOrEqual(0)
  return [start, start + phrase.length]
}

describe('diffParts', () => {
  const parts = diffParts(mt, edit)

  it('gives back the MT from its same and deleted parts, and the post-edit from same and inserted', () => {
    expect(
      parts
        .filter((p) => p.kind !== 'inserted')
        .map((p) => p.text)
        .join('')
    ).toBe(mt)
    expect(
      parts
        .filter((p) => p.kind !== 'deleted')
        .map((p) => p.text)
        .join('')
    ).toBe(edit)
  })

  it('places every same or deleted part at its offsets in the MT; insertions have none', () => {
    for (const part of parts) {
      if (part.kind === 'inserted') expect(part.mt).toBeNull()
      else expect(mt.slice(...part.mt!)).toBe(part.text)
    }
    const deleted = parts.filter((p) => p.kind === 'deleted').map((p) => p.text)
    expect(deleted).toEqual(['states', 'morning chairs –money in the evening'])
    const inserted = parts.filter((p) => p.kind === 'inserted').map((p) => p.text)
    expect(inserted).toEqual(['says', 'cash up front'])
  })

  it('diffs the same pair once (rows re-render while scrolling)', () => {
    expect(diffParts(mt, edit)).toBe(parts)
  })

  it('measures the share of MT words changed', () => {
    expect(changedShare(diffParts(mt, mt))).toBe(0)
    const oneWord = changedShare(diffParts(mt, mt.replace('states', 'says')))
    const idiom = changedShare(parts)
    expect(oneWord).toBeGreaterThan(0)
    expect(idiom).toBeGreaterThan(oneWord)
    expect(idiom).toBeLessThan(1)
    expect(changedShare(diffParts(mt, 'Cash up front.'))).toBe(1)
    expect(changedShare(diffParts('', 'Added.'))).toBe(1)
  })
})

describe('isRewritten', () => {
  const parts = diffParts(mt, edit)

  it('is true for a flag whose words are all gone from the post-edit', () => {
    expect(isRewritten({ side: 'target', span: span(IDIOM) }, parts)).toBe(true)
    expect(isRewritten({ side: 'target', span: span('states') }, parts)).toBe(true)
  })

  it('is false while any of its words survives, for the Russian side, and for an empty span', () => {
    expect(isRewritten({ side: 'target', span: span('Washington states') }, parts)).toBe(false)
    // The quotation marks around the idiom are still there.
    expect(isRewritten({ side: 'target', span: span(`"${IDIOM}"`) }, parts)).toBe(false)
    expect(isRewritten({ side: 'target', span: span('accessible language') }, parts)).toBe(false)
    expect(isRewritten({ side: 'source', span: span(IDIOM) }, parts)).toBe(false)
    expect(isRewritten({ side: 'target', span: [4, 4] }, parts)).toBe(false)
  })
})
