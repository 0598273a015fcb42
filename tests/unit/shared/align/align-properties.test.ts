/**
 * Properties that hold for any input: every segment of both sides in exactly one bead, in order,
 * beads of the shapes asked for, confidences in 0..1, the same answer every time, and no exception,
 * for arbitrary lengths, arbitrary Unicode text (anchors and all) and arbitrary paragraph structure.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  alignDocuments,
  alignSegments,
  alignTexts,
  DEFAULT_SHAPES,
  shapesFromPriors,
  type SegmentLink
} from '@shared/align'
import type { TextDocument } from '@shared/domain/document'

function expectCover(
  links: readonly { source: readonly number[]; target: readonly number[]; confidence: number }[],
  n: number,
  m: number,
  shapes: readonly string[] = DEFAULT_SHAPES
): void {
  expect(links.flatMap((link) => link.source)).toEqual([...Array(n).keys()])
  expect(links.flatMap((link) => link.target)).toEqual([...Array(m).keys()])
  for (const link of links) {
    expect(shapes).toContain(`${link.source.length}-${link.target.length}`)
    expect(link.confidence).toBeGreaterThanOrEqual(0)
    expect(link.confidence).toBeLessThanOrEqual(1)
  }
}

/** Text that looks like news in either script, with the things anchors are made of. */
const newsWord = fc.constantFrom(
  'Лукашенко',
  'Lukashenka',
  'Минск',
  'Minsk',
  'США',
  'U.S.',
  '2019',
  '3,5',
  '1 000',
  '17 сентября',
  'September 17',
  '17.09.2019',
  'сказал',
  'said',
  'the',
  'и',
  '?',
  '!',
  '«',
  '»',
  '"'
)
const sentence = fc
  .array(fc.oneof(newsWord, fc.string({ maxLength: 10 }), fc.string({ unit: 'binary' })), {
    maxLength: 14
  })
  .map((words) => words.join(' '))

describe('alignment properties', () => {
  it('covers every segment once and in order, for any lengths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 80 }),
        (source, target) => expectCover(alignSegments(source, target), source.length, target.length)
      ),
      { numRuns: 150 }
    )
  })

  it('covers every segment once and in order, for any text, deterministically', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 40 }),
        fc.array(sentence, { maxLength: 40 }),
        (source, target) => {
          const links = alignTexts(source, target)
          expectCover(links, source.length, target.length)
          expect(alignTexts(source, target)).toEqual(links)
        }
      ),
      { numRuns: 120 }
    )
  })

  it('keeps to the shapes it is given', () => {
    const shapes = ['1-1', '1-0', '0-1'] as const
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 25 }),
        fc.array(sentence, { maxLength: 25 }),
        (source, target) => {
          const links = alignTexts(source, target, { shapes: shapesFromPriors([...shapes]) })
          expectCover(links, source.length, target.length, shapes)
        }
      ),
      { numRuns: 60 }
    )
  })

  it('covers every segment of two documents with any paragraph structure', () => {
    const document = (texts: string[], breaks: boolean[], language: 'ru' | 'en'): TextDocument => {
      let paragraph = 0
      const segments = texts.map((text, k) => {
        if (k > 0 && breaks[k % breaks.length]) paragraph++
        return { text, start: 0, end: text.length, paragraph }
      })
      return { language, text: texts.join('\n'), paragraphs: [], segments }
    }
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 30 }),
        fc.array(sentence, { maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        (source, target, sourceBreaks, targetBreaks) => {
          const beads = alignDocuments(
            document(source, sourceBreaks, 'ru'),
            document(target, targetBreaks, 'en')
          )
          expectCover(beads, source.length, target.length)
        }
      ),
      { numRuns: 80 }
    )
  })

  it('finds the same beads in a narrow corridor as over the whole lattice', () => {
    // 700 sentences from a seeded stream of news words; the target keeps most, merges some, loses some.
    const source = fc.sample(sentence, { numRuns: 700, seed: 11 }).map((s, k) => `${s} ${k}`)
    const target: string[] = []
    source.forEach((text, k) => {
      if (k % 37 === 11) return
      if (k % 19 === 4 && target.length > 0) target[target.length - 1] += ` ${text}`
      else target.push(text)
    })
    const full = alignTexts(source, target, { fullLatticeCells: Infinity })
    const banded = alignTexts(source, target, { fullLatticeCells: 0, corridorMargin: 2 })
    expectCover(banded, source.length, target.length)
    const pairs = (links: SegmentLink[]) => links.map((link) => [link.source, link.target])
    expect(pairs(banded)).toEqual(pairs(full))
  })
})
