/** Headings and list items keep their kind in the document's paragraphs, for exports. */
import { describe, expect, it } from 'vitest'
import { importFile } from '@shared/import'
import type { ImportResult } from '@shared/import/types'
import type { TextDocument } from '@shared/domain/document'
import { buildDocx, paragraphStyle, wp } from './readers/helpers'

const documentOf = (result: ImportResult): TextDocument => {
  if (result.kind !== 'monolingual') throw new Error('expected a monolingual import')
  return result.document
}
const kinds = (document: TextDocument) => document.paragraphs.map((p) => p.kind ?? 'paragraph')
const encode = (text: string) => new TextEncoder().encode(text)

describe('Paragraph.kind', () => {
  it('comes from Markdown headings and list items', () => {
    const document = documentOf(
      importFile(encode('# Title\n\nBody text. More.\n\n- one\n- two'), 'a.md', { language: 'en' })
    )
    expect(kinds(document)).toEqual(['heading', 'paragraph', 'list-item', 'list-item'])
    expect(document.paragraphs[1]).toEqual({ start: 7, end: 23 }) // no kind: an ordinary paragraph
  })

  it('comes from HTML headings and list items', () => {
    const html =
      '<html><body><h1>Title</h1><p>Body.</p><ul><li>One.</li><li>Two.</li></ul></body></html>'
    expect(kinds(documentOf(importFile(encode(html), 'a.html', { language: 'en' })))).toEqual([
      'heading',
      'paragraph',
      'list-item',
      'list-item'
    ])
  })

  it('comes from DOCX heading styles and numbering, empty paragraphs left out', () => {
    const docx = buildDocx({
      body: wp('Title', { style: 'Heading1' }) + wp('') + wp('Body.') + wp('Item.', { numId: 1 }),
      styles: paragraphStyle('Heading1', 'heading 1')
    })
    expect(kinds(documentOf(importFile(docx, 'a.docx', { language: 'en' })))).toEqual([
      'heading',
      'paragraph',
      'list-item'
    ])
  })

  it('is absent from plain text', () => {
    const document = documentOf(importFile(encode('Title\n\nBody.'), 'a.txt', { language: 'en' }))
    expect(document.paragraphs.every((p) => !('kind' in p))).toBe(true)
  })
})
