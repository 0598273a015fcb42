import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTextDocument } from '@shared/import/monolingual'
import { readPlainText } from '@shared/import/readers/text'
import { buildDocument } from '@shared/segment/document'
import { sampleEn, sampleRu } from '../../../helpers/paths'
import { hasWmt, wmtTsv } from '../text/corpus-samples'

const ru = readFileSync(sampleRu, 'utf8')
const en = readFileSync(sampleEn, 'utf8')

/** Paragraphs hard-wrapped at `width` columns, as e-mail and old editors save them. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n\n')
    .map((paragraph) => {
      const lines: string[] = []
      let line = ''
      for (const word of paragraph.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line)
          line = word
        } else line = line ? `${line} ${word}` : word
      }
      return [...lines, line].join('\n')
    })
    .join('\n\n')
}

const segmentTexts = (text: string, language: 'ru' | 'en' = 'ru') =>
  readTextDocument(text, { format: 'txt', language }).document.segments.map((s) => s.text)

describe('plain text: paragraphs and soft line breaks', () => {
  it('reads the sample pair as 50 segments each, as v1 did', () => {
    expect(segmentTexts(ru)).toEqual(buildDocument(ru, 'ru').segments.map((s) => s.text))
    expect(segmentTexts(ru)).toHaveLength(50)
    expect(segmentTexts(en, 'en')).toHaveLength(50)
  })

  it('joins a hard-wrapped paragraph into one, so its sentences are the same', () => {
    const wrapped = hardWrap(ru, 72)
    expect(wrapped.split('\n').length).toBeGreaterThan(ru.split('\n').length + 40)
    const reading = readPlainText(wrapped)
    expect(reading.sentencePerLine).toBe(false)
    expect(segmentTexts(wrapped)).toEqual(segmentTexts(ru))
  })

  it('reads CRLF files and indented or trailing-space lines the same way', () => {
    const messy = hardWrap(ru, 60)
      .split('\n')
      .map((line, i) => (i % 3 === 0 ? `  ${line}   ` : line))
      .join('\r\n')
    expect(segmentTexts(messy)).toEqual(segmentTexts(ru))
  })

  it('maps every segment back to its words in the decoded file', () => {
    const decoded = hardWrap(ru, 50).replace(/\n/g, '\r\n').replace(/ В /g, ' В\u00a0')
    const { document, map } = readTextDocument(decoded, { format: 'txt', language: 'ru' })
    for (const segment of document.segments) {
      const original = decoded.slice(map.toOriginal(segment.start), map.toOriginalEnd(segment.end))
      expect(original.replace(/\s+/g, ' ')).toBe(segment.text)
    }
  })

  it('presegmented: one segment per line exactly as given, never split or joined', () => {
    const lines = 'Мистер Смит пришел. Он сел.\nА. Г. Лукашенко\n\nТретья строка'
    const { document } = readTextDocument(lines, {
      format: 'txt',
      language: 'ru',
      presegmented: true
    })
    expect(document.segments.map((s) => s.text)).toEqual([
      'Мистер Смит пришел. Он сел.',
      'А. Г. Лукашенко',
      'Третья строка'
    ])
  })
})

describe('plain text: one sentence per line', () => {
  it('is detected in the sample turned one sentence per line, and keeps each line', () => {
    const sentences = segmentTexts(ru)
    const perLine = sentences.join('\n')
    expect(readPlainText(perLine).sentencePerLine).toBe(true)
    expect(segmentTexts(perLine)).toEqual(sentences)
  })

  it('keeps headings without final punctuation off the next line', () => {
    const text =
      'США и Беларусь готовы восстановить отношения\nМинск и Вашингтон договорились.\nЭто стало известно 17 сентября.'
    expect(segmentTexts(text)).toEqual([
      'США и Беларусь готовы восстановить отношения',
      'Минск и Вашингтон договорились.',
      'Это стало известно 17 сентября.'
    ])
  })

  it.skipIf(!hasWmt)(
    `is detected in every WMT document of several lines${hasWmt ? '' : ` (skipped: ${wmtTsv} absent)`}`,
    () => {
      const documents = new Map<string, string[]>()
      for (const row of readFileSync(wmtTsv, 'utf8').split('\n').slice(1)) {
        const [id, , sentence] = row.split('\t')
        if (id && sentence) documents.set(id, [...(documents.get(id) ?? []), sentence])
      }
      let multiLine = 0
      let detected = 0
      let keptLines = 0
      for (const sentences of documents.values()) {
        if (sentences.length < 3) continue
        multiLine++
        const text = sentences.join('\n')
        if (readPlainText(text).sentencePerLine) detected++
        if (segmentTexts(text).length >= sentences.length) keptLines++
      }
      expect(detected / multiLine).toBeGreaterThan(0.97)
      expect(keptLines / multiLine).toBeGreaterThan(0.97)
    }
  )
})
