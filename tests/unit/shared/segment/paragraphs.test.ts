import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nonBlankLines, splitParagraphs } from '@shared/segment/paragraphs'
import { sampleEn, sampleRu } from '../../../helpers/paths'

const texts = (text: string) =>
  splitParagraphs(text).map(({ start, end }) => text.slice(start, end))

describe('splitParagraphs', () => {
  it('splits at blank lines and trims each paragraph', () => {
    const text = '  Заголовок  \n\nПервый абзац.\nЕго вторая строка.\n \t \n\tВторой абзац. \n'
    expect(texts(text)).toEqual(['Заголовок', 'Первый абзац.\nЕго вторая строка.', 'Второй абзац.'])
  })

  it('treats several blank lines as one break', () => {
    expect(texts('One.\n\n\n\nTwo.')).toEqual(['One.', 'Two.'])
  })

  it('reads a text without any blank line as one paragraph per line', () => {
    expect(texts('Heading\nFirst paragraph. Second sentence.\nLast paragraph.')).toEqual([
      'Heading',
      'First paragraph. Second sentence.',
      'Last paragraph.'
    ])
  })

  it('returns nothing for an empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([])
    expect(splitParagraphs(' \n\n \t')).toEqual([])
  })

  it('finds the 26 paragraphs of both sample files', () => {
    const en = readFileSync(sampleEn, 'utf8')
    const ru = readFileSync(sampleRu, 'utf8')
    expect(splitParagraphs(en)).toHaveLength(26)
    expect(splitParagraphs(ru)).toHaveLength(26)
    expect(texts(en)[25]).toBe('Other news')
    expect(texts(ru)[25]).toBe('Другие новости')
  })
})

describe('nonBlankLines', () => {
  it('gives trimmed ranges of the lines that hold text', () => {
    const text = ' a \n\n  b\n'
    expect(nonBlankLines(text)).toEqual([
      { start: 1, end: 2 },
      { start: 7, end: 8 }
    ])
  })
})
