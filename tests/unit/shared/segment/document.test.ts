import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TextDocument } from '../../../../src/shared/domain/document'
import { buildDocument } from '../../../../src/shared/segment/document'
import { sampleEn, sampleRu } from '../../../helpers/paths'

const en = buildDocument(readFileSync(sampleEn, 'utf8'), 'en')
const ru = buildDocument(readFileSync(sampleRu, 'utf8'), 'ru')

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

describe('buildDocument on the sample article', () => {
  it('splits en.txt into 50 segments in 26 paragraphs', () => {
    expect(en.paragraphs).toHaveLength(26)
    expect(en.segments).toHaveLength(50)
    expectExactSlices(en)
  })

  it('splits ru.txt into 50 segments, paragraph for paragraph like the English', () => {
    expect(ru.paragraphs).toHaveLength(26)
    expect(ru.segments).toHaveLength(50)
    expectExactSlices(ru)
    const perParagraph = (d: TextDocument) =>
      d.paragraphs.map((_, p) => d.segments.filter((s) => s.paragraph === p).length)
    expect(perParagraph(ru)).toEqual(perParagraph(en))
  })

  it('keeps "…which ended on September 17.." as one segment', () => {
    expect(en.segments[3]!.text).toBe(
      'This became known following the visit of US Deputy Secretary of State for Political Affairs David Hale to Belarus, which ended on September 17..'
    )
  })

  it('keeps each direct-speech paragraph «….», – he said. as one segment', () => {
    const speech = en.segments.filter(
      (s) => s.text.startsWith('«I am pleased') || s.text.startsWith('«As for our')
    )
    expect(speech.map((s) => s.text.slice(s.text.indexOf('»')))).toEqual([
      '», – he said.',
      '», – he told an American diplomat.'
    ])
    expect(en.segments[8]!.text).toBe(
      '«I am pleased to take part in the announcement of readiness for an exchange of ambassadors as the next step to normalize our relations.», – he said.'
    )
    expect(ru.segments[8]!.text).toBe(
      '«Я рад принять участие в объявлении о готовности к обмену послами как следующем шаге к нормализации наших отношений», — сказал он.'
    )
  })

  it('does not split at the initial in "George W. Bush"', () => {
    expect(en.segments[12]!.text).toContain('by the George W. Bush administration against')
    expect(en.segments[12]!.text.endsWith('officials..')).toBe(true)
  })

  it('keeps the stray .». with its sentence', () => {
    expect(en.segments[9]!.text.endsWith('independence of Belarus.».')).toBe(true)
    expect(en.segments[29]!.text).toBe(
      'Therefore, here I would still note the different strategies of Washington and Brussels.».'
    )
  })

  it('starts a new segment at "». – He also …" on both sides', () => {
    expect(en.segments[37]!.text.startsWith('– He also will not give up preliminary voting')).toBe(
      true
    )
    expect(ru.segments[37]!.text.startsWith('— Также он не откажется')).toBe(true)
  })

  it('keeps headings whole', () => {
    expect(en.segments.map((s) => s.text)).toContain('Commentary from politicians')
    expect(en.segments[49]!.text).toBe('Other news')
    expect(ru.segments[16]!.text).toBe('Комментарии политиков')
  })
})

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
