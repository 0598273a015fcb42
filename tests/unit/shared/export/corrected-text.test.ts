import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { ReviewedArticle } from '@shared/domain/article'
import {
  correctedParagraphs,
  escapeMarkdown,
  writeCorrectedMarkdown,
  writeCorrectedText
} from '@shared/export/corrected-text'
import { sampleArticle, sampleEdits, sampleSource } from './sample-article'

const text = writeCorrectedText([sampleArticle])
const paragraphs = text.trimEnd().split('\n\n')

describe('the corrected English as plain text', () => {
  it('keeps the source’s paragraphs (the emptied boilerplate row leaves its paragraph out)', () => {
    const sourceParagraphs = new Set(sampleSource.segments.map((s) => s.paragraph)).size
    expect(sourceParagraphs).toBe(26)
    expect(paragraphs).toHaveLength(25)
    expect(paragraphs.at(-1)).toBe(
      'USA and Belarus ready to restore relations at the level of ambassadors'
    )
    expect(text).not.toContain('Other news')
  })

  it('takes the post-edit where there is one and the MT elsewhere, unreviewed rows included', () => {
    expect(paragraphs[2]).toBe(
      `Minsk and Washington agreed to restore diplomatic relations between the countries at the level of ambassadors. ${sampleEdits.b3}`
    )
    expect(paragraphs[4]).toBe(sampleEdits.b8)
    expect(text).toContain(sampleEdits.b25)
    expect(text).not.toContain('morning chairs')
    // b26 is unreviewed and unedited: its MT, calque and all.
    expect(text).toContain('"money in the morning and money in the evening"')
  })

  it('ends with one newline and separates a project’s articles by two blank lines', () => {
    expect(text.endsWith('ambassadors\n')).toBe(true)
    const two = writeCorrectedText([sampleArticle, { ...sampleArticle, id: 'second' }])
    expect(two).toBe(`${text.trimEnd()}\n\n\n${text}`)
  })

  it('starts a paragraph for an MT-only row where the MT did, and keeps one that continues it', () => {
    const base = sampleArticle.rows[2]!
    const article: ReviewedArticle = {
      ...sampleArticle,
      rows: [
        {
          ...base,
          id: 'b0',
          index: 0,
          target: 'One.',
          edit: null,
          sourceParagraph: 0,
          targetParagraph: 0
        },
        {
          ...base,
          id: 'b1',
          index: 1,
          source: '',
          target: 'Added.',
          edit: null,
          sourceParagraph: null,
          targetParagraph: 0
        },
        {
          ...base,
          id: 'b2',
          index: 2,
          source: '',
          target: 'New paragraph.',
          edit: null,
          sourceParagraph: null,
          targetParagraph: 1
        },
        {
          ...base,
          id: 'b3',
          index: 3,
          target: 'Two.',
          edit: null,
          sourceParagraph: 1,
          targetParagraph: 1
        }
      ]
    }
    // "New paragraph." opened the MT paragraph that holds "Two.": they stay together.
    expect(correctedParagraphs(article).map((p) => p.text)).toEqual([
      'One. Added.',
      'New paragraph. Two.'
    ])
    // A new source paragraph breaks even where the MT ran two paragraphs together.
    const merged = {
      ...article,
      rows: [article.rows[0]!, article.rows[1]!, { ...article.rows[3]!, targetParagraph: 0 }]
    }
    expect(correctedParagraphs(merged).map((p) => p.text)).toEqual(['One. Added.', 'Two.'])
  })
})

describe('the corrected English as Markdown', () => {
  const md = new MarkdownIt({ html: true })
  const markdown = writeCorrectedMarkdown([sampleArticle])

  it('renders back to exactly the corrected paragraphs, headings as headings', () => {
    const tokens = md.parse(markdown, {})
    const blocks = tokens
      .map((token, k) => ({ token, next: tokens[k + 1] }))
      .filter(({ token }) => token.type === 'heading_open' || token.type === 'paragraph_open')
      .map(({ token, next }) => [token.tag, next!.children!.map((c) => c.content).join('')])
    expect(blocks).toEqual(
      correctedParagraphs(sampleArticle).map((p, k) => [
        p.heading ? (k === 0 ? 'h1' : 'h2') : 'p',
        p.text
      ])
    )
    expect(blocks[0]![0]).toBe('h1')
    expect(blocks.find(([, t]) => t === 'Commentary from politicians')![0]).toBe('h2')
  })

  it('escapes any text so that Markdown shows it as written (property)', () => {
    const unit = fc.constantFrom(
      ...'ab Ж#>-+*_`[]()<>&!|~=.1)\\:'.split(''),
      '&amp;',
      '<b>',
      '1.',
      '- ',
      '---',
      '***',
      '\n'
    )
    const line = fc
      .array(unit, { minLength: 1, maxLength: 25 })
      .map((parts) => parts.join('').trim())
      .filter((s) => s !== '' && !s.includes('\n\n'))
    fc.assert(
      fc.property(line, (raw) => {
        const source = raw
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .join('\n')
        fc.pre(source !== '')
        const tokens = md.parse(escapeMarkdown(source), {})
        expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close'])
        const rendered = tokens[1]!
          .children!.map((c) => (c.type === 'softbreak' ? '\n' : c.content))
          .join('')
        expect(rendered).toBe(source)
      }),
      { numRuns: 500 }
    )
  })
})
