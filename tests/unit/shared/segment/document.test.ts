import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TextDocument } from '@shared/domain/document'
import { buildDocument } from '@shared/segment/document'
import { createSegmenter } from '@shared/segment/segmenter'
import { sampleEn } from '../../../helpers/paths'

const en = buildDocument(readFileSync(sampleEn, 'utf8'), 'en')

function expectExactSlices(document: TextDocument): void {
  let previousEnd = 0
  for (const segment of document.segments) {
    expect(segment.text).toBe(document.text.slice(segment.start, segment.end))
    expect(segment.text).toBe(segment.text.trim())
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd)
    const paragraph = document.paragraphs[segment.paragraph]!
    expect(segment.start).toBeGreaterThanOrEqual(paragraph.start)
    expect(segment.end).toBeLessThanOrEqual(paragraph.end)
    previousEnd = segment.end
  }
}

describe('buildDocument, presegmented', () => {
  it('makes every non-blank line a segment, blank-line groups its paragraphs', () => {
    const text = 'Первое. Всё ещё первое.\n  Второе  \n\n\nТретье.\n'
    const doc = buildDocument(text, 'ru', { presegmented: true })
    expect(doc.segments.map(({ text: t, paragraph }) => [t, paragraph])).toEqual([
      ['Первое. Всё ещё первое.', 0],
      ['Второе', 0],
      ['Третье.', 1]
    ])
    expect(doc.paragraphs).toHaveLength(2)
    expectExactSlices(doc)
  })

  it('makes each line its own paragraph when there are no blank lines', () => {
    const doc = buildDocument('One. Two.\nThree.\nFour.', 'en', { presegmented: true })
    expect(doc.segments.map((s) => [s.text, s.paragraph])).toEqual([
      ['One. Two.', 0],
      ['Three.', 1],
      ['Four.', 2]
    ])
  })

  it('gives the same segments as the sentence splitter would, when the lines are its sentences', () => {
    const lines = en.segments.map((s) => s.text).join('\n')
    const doc = buildDocument(lines, 'en', { presegmented: true })
    expect(doc.segments.map((s) => s.text)).toEqual(en.segments.map((s) => s.text))
  })
})

describe('buildDocument with a segmenter', () => {
  it('segments with the rules the segmenter was built from', () => {
    const text = 'Он живёт в пос. Колодищи.\n\nВторой абзац.'
    expect(buildDocument(text, 'ru').segments.map((s) => s.text)).toEqual([
      'Он живёт в пос. Колодищи.',
      'Второй абзац.'
    ])
    const segmenter = createSegmenter('ru', {
      rules: [{ id: 'split-after-пос', break: true, before: 'пос\\.', after: '\\s' }]
    })
    const doc = buildDocument(text, 'ru', { segmenter })
    expect(doc.segments.map((s) => [s.text, s.paragraph])).toEqual([
      ['Он живёт в пос.', 0],
      ['Колодищи.', 0],
      ['Второй абзац.', 1]
    ])
    expectExactSlices(doc)
  })

  it('refuses a segmenter of the other language', () => {
    expect(() => buildDocument('Text.', 'en', { segmenter: createSegmenter('ru') })).toThrow(
      /ru segmenter for en text/
    )
  })
})

describe('buildDocument on empty input', () => {
  it('has no paragraphs and no segments', () => {
    expect(buildDocument('  \n\n', 'ru')).toEqual({
      language: 'ru',
      text: '  \n\n',
      paragraphs: [],
      segments: []
    })
  })
})
