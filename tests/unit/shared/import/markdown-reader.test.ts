import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTextDocument } from '@shared/import/monolingual'
import { readMarkdown } from '@shared/import/readers/markdown'
import { sampleRu } from '../../../helpers/paths'

const ru = readFileSync(sampleRu, 'utf8')
const paragraphs = ru.trimEnd().split('\n\n')

/** The sample article as a news site's Markdown export would hold it. */
function asMarkdown(): string {
  const body = paragraphs.map((paragraph, i) => {
    if (i === 0) return `# ${paragraph}`
    if (i === 1) return `**${paragraph}**`
    if (paragraph === 'Комментарии политиков') return `${paragraph}\n---------------------`
    return paragraph
      .replace('«Голоса Америки»', '[«Голоса Америки»](https://www.golosameriki.com "VOA")')
      .replace('Дэвида Хейла', '_Дэвида Хейла_')
      .replace('Александр Лукашенко', '**Александр** Лукашенко')
  })
  return [
    '---',
    'title: США и Беларусь',
    'date: 2019-09-17',
    '---',
    '',
    body.slice(0, 3).join('\n\n'),
    '',
    '![Хейл в Минске](hale.jpg)',
    '',
    '```',
    'embed(video)',
    '```',
    '',
    '<!-- реклама -->',
    '',
    body.slice(3).join('\n\n'),
    ''
  ].join('\n')
}

const segments = (text: string, format: 'txt' | 'md') =>
  readTextDocument(text, { format, language: 'ru' }).document.segments.map((s) => s.text)

describe('Markdown', () => {
  it('reads the sample as Markdown to exactly the sentences of the plain text', () => {
    expect(segments(asMarkdown(), 'md')).toEqual(segments(ru, 'txt'))
  })

  it('reports the code and the image it skipped', () => {
    expect(readMarkdown(asMarkdown()).warnings).toEqual([
      { code: 'content-skipped', detail: 'code', count: 1 },
      { code: 'content-skipped', detail: 'image', count: 1 }
    ])
  })

  it('makes headings and list items blocks of their own', () => {
    const reading = readMarkdown(
      '## Комментарии политиков\nСтаткевич настроен скептически.\n\n- первый пункт\n- второй\n  пункт\n\n1. третий'
    )
    expect(reading.text).toBe(
      'Комментарии политиков\n\nСтаткевич настроен скептически.\n\nпервый пункт\n\nвторой пункт\n\nтретий'
    )
    expect(reading.kinds).toEqual(['heading', 'paragraph', 'list-item', 'list-item', 'list-item'])
  })

  it('strips inline markup, keeps what it stands for', () => {
    const reading = readMarkdown(
      'Он сказал: *«да»*, __дважды__ и ~~нет~~. См. <https://tut.by>, `код` и \\*звезду\\*; 5&nbsp;%, snake_case, 2 * 3.'
    )
    expect(reading.text).toBe(
      'Он сказал: «да», дважды и нет. См. https://tut.by, код и *звезду*; 5 %, snake_case, 2 * 3.'
    )
  })

  it('reads block quotes and table cells as text', () => {
    expect(readMarkdown('> «Цитата,\n> вторая строка»').text).toBe('«Цитата, вторая строка»')
    expect(readMarkdown('| Минск | Вашингтон |\n|---|---|\n| 5 | 30 |').text).toBe(
      'Минск\n\nВашингтон\n\n5\n\n30'
    )
  })

  it('maps segments back into the decoded file', () => {
    const markdown = asMarkdown()
    const { document, map } = readTextDocument(markdown, { format: 'md', language: 'ru' })
    const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? []
    for (const segment of document.segments) {
      const original = markdown.slice(map.toOriginal(segment.start), map.toOriginalEnd(segment.end))
      // The source range starts and ends with the segment's words and holds them all, in order, with
      // only markup between them (a link's address, emphasis markers).
      const expected = words(segment.text)
      const found = words(original).filter(
        (word) => !/^(https|www|golosameriki|com|VOA)$/.test(word)
      )
      expect(found).toEqual(expected)
    }
  })
})
