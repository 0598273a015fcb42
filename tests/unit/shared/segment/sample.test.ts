/**
 * The sample pair, end to end from the raw files: both sides give 50 segments in 26 paragraphs with the
 * same count in every paragraph (so the aligner sees 50 1-1 beads), and the paragraphs that exercise the
 * hard rules (quotes inside quotes, „…“, `..`, `.».`, a dash after a closing quote) split exactly so.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TextDocument } from '@shared/domain/document'
import { buildDocument } from '@shared/segment/document'
import { sampleEn, sampleRu } from '../../../helpers/paths'

const en = buildDocument(readFileSync(sampleEn, 'utf8'), 'en')
const ru = buildDocument(readFileSync(sampleRu, 'utf8'), 'ru')

const perParagraph = (d: TextDocument) =>
  d.paragraphs.map((_, p) => d.segments.filter((s) => s.paragraph === p).length)
const paragraph = (d: TextDocument, p: number) =>
  d.segments.filter((s) => s.paragraph === p).map((s) => s.text)

describe('the sample article', () => {
  it('gives 50 segments in 26 paragraphs on both sides, paragraph for paragraph', () => {
    for (const d of [ru, en]) {
      expect(d.paragraphs).toHaveLength(26)
      expect(d.segments).toHaveLength(50)
    }
    expect(perParagraph(ru)).toEqual([
      1, 1, 2, 4, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3, 3, 5, 1, 2, 1, 2, 2, 4, 5, 1, 1, 1
    ])
    expect(perParagraph(en)).toEqual(perParagraph(ru))
  })

  it('gives every segment as an exact, trimmed slice of the text', () => {
    for (const d of [ru, en]) {
      for (const s of d.segments) {
        expect(s.text).toBe(d.text.slice(s.start, s.end))
        expect(s.text).toBe(s.text.trim())
      }
    }
  })

  it('keeps the doubled period "..", with its sentence', () => {
    expect(en.segments[3]!.text).toBe(
      'This became known following the visit of US Deputy Secretary of State for Political Affairs David Hale to Belarus, which ended on September 17..'
    )
    expect(paragraph(en, 3)[3]).toBe(
      'According to Hale, this is a historic moment in Belarusian-American relations..'
    )
  })

  it('keeps each direct-speech paragraph «…», – he said. as one segment', () => {
    expect(paragraph(en, 4)).toEqual([
      '«I am pleased to take part in the announcement of readiness for an exchange of ambassadors as the next step to normalize our relations.», – he said.'
    ])
    expect(paragraph(ru, 4)).toEqual([
      '«Я рад принять участие в объявлении о готовности к обмену послами как следующем шаге к нормализации наших отношений», — сказал он.'
    ])
  })

  it('does not split at the initial in "George W. Bush"', () => {
    expect(en.segments[12]!.text).toContain('by the George W. Bush administration against')
    expect(en.segments[12]!.text.endsWith('officials..')).toBe(true)
  })

  it('splits sentences inside a quotation that opens inside another one', () => {
    expect(paragraph(ru, 13)).toEqual([
      'Если коротко, оно таково: у Соединенных Штатов есть интерес к Беларуси, добавил он в комментарии для Русской службы «Голоса Америки»: «Это следует оценивать как позитивный фактор, потому что республика, которая выпадает из международной повестки, обречена на большие проблемы и трудности.',
      'Теперь мяч на белорусской половине.',
      'И что очень важно — улучшение отношений обусловлено рядом обстоятельств».'
    ])
    expect(paragraph(en, 13)).toEqual([
      'In short, it is as follows: the United States has an interest in Belarus, he added in a comment for the Russian service «Voices of America: «This should be assessed as a positive factor, because the republic, which falls out of the international agenda, is doomed to big problems and difficulties.',
      'Now the ball is in the Belarusian half.',
      'And what is very important – improvement in relations is due to a number of circumstances».'
    ])
  })

  it('ends sentences after „…“ and "…" and keeps the stray .». with its sentence', () => {
    expect(paragraph(ru, 15)).toEqual([
      'Белорусскому оппозиционеру такая связка представляется правильной: «Простым, доступным языком Вашингтон заявляет: „утром стулья — вечером деньги“.',
      'А Лукашенко, конечно, по крайней мере в отношениях с европейцами, навязывает свою повестку: „утром деньги — вечером деньги“.',
      'Пусть, может быть, и не в тех объемах, в которых ему хочется.',
      'Политическая повестка здесь очень сильно сузилась.',
      'Поэтому здесь я бы все-таки отметил разные стратегии Вашингтона и Брюсселя».'
    ])
    expect(paragraph(en, 15)).toEqual([
      'To the Belarusian oppositionist, such a combination seems to be correct: «In simple, accessible language, Washington states: "morning chairs –money in the evening".',
      'And Lukashenka, of course, at least in relations with the Europeans, imposes his own agenda: "money in the morning and money in the evening".',
      'Even if, perhaps, not in the volumes that he wants.',
      'The political agenda has shrunk very much here.',
      'Therefore, here I would still note the different strategies of Washington and Brussels.».'
    ])
  })

  it('starts a new segment at "». – He also …" on both sides', () => {
    expect(
      paragraph(ru, 20)[1]!.startsWith('— Также он не откажется от досрочного голосования')
    ).toBe(true)
    expect(paragraph(en, 20)[1]!.startsWith('– He also will not give up preliminary voting')).toBe(
      true
    )
    expect(paragraph(ru, 20)[0]!.endsWith('в комментарии Русской службе «Голоса Америки».')).toBe(
      true
    )
  })

  it('keeps headings whole', () => {
    expect(en.segments.map((s) => s.text)).toContain('Commentary from politicians')
    expect(en.segments[49]!.text).toBe('Other news')
    expect(ru.segments[16]!.text).toBe('Комментарии политиков')
    expect(ru.segments[49]!.text).toBe('Другие новости')
  })
})
