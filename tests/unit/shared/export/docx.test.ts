/**
 * The DOCX itself, unzipped (fflate) and read with the safe XML reader: paragraphs and headings as the
 * corrected text has them; with track changes, struck MT words and underlined post-edit words. That it
 * opens in a real word processor is tests/unit/main/export/docx-libreoffice.test.ts.
 */
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { correctedParagraphs } from '@shared/export/corrected-text'
import { writeDocx } from '@shared/export/docx'
import type { XmlElement } from '@shared/import/readers/xml'
import { sampleArticle } from './sample-article'
import { all, attrOf, textOf, xmlTree } from './xml-tree'

async function body(trackChanges: boolean): Promise<XmlElement[]> {
  const zip = unzipSync(await writeDocx([sampleArticle], { trackChanges }))
  expect(Object.keys(zip)).toContain('word/document.xml')
  return all(xmlTree(strFromU8(zip['word/document.xml']!)), 'p')
}

const style = (p: XmlElement) => {
  const pStyle = all(p, 'pStyle')[0]
  return pStyle ? attrOf(pStyle, 'val') : undefined
}
const runs = (p: XmlElement) =>
  all(p, 'r').map((r) => ({
    text: all(r, 't').map(textOf).join(''),
    strike: all(r, 'strike').length > 0,
    underline: all(r, 'u').length > 0
  }))

describe('the corrected English as DOCX', () => {
  it('has the corrected paragraphs, headline as Heading 1 and the subheading as Heading 2', async () => {
    const paragraphs = await body(false)
    expect(paragraphs.map((p) => all(p, 't').map(textOf).join(''))).toEqual(
      correctedParagraphs(sampleArticle).map((p) => p.text)
    )
    expect(style(paragraphs[0]!)).toBe('Heading1')
    expect(
      paragraphs.filter((p) => style(p) === 'Heading2').map((p) => all(p, 't').map(textOf).join(''))
    ).toEqual(['Commentary from politicians'])
    expect(paragraphs.flatMap(runs).some((r) => r.strike || r.underline)).toBe(false)
  })

  it('with track changes: deleted MT words struck, inserted words underlined, the rest plain', async () => {
    const paragraphs = await body(true)
    const b3 = paragraphs[2]!
    const changed = runs(b3).filter((r) => r.strike || r.underline)
    expect(changed).toEqual([
      { text: 'Deputy', strike: true, underline: false },
      { text: 'Under', strike: false, underline: true },
      { text: '.', strike: true, underline: false }
    ])
    // Reading only the plain and underlined runs gives the post-edit; plain and struck, the MT.
    const plainAndInserted = runs(b3)
      .filter((r) => !r.strike)
      .map((r) => r.text)
      .join('')
    expect(plainAndInserted).toContain(sampleArticle.rows[3]!.edit!)
    const plainAndDeleted = runs(b3)
      .filter((r) => !r.underline)
      .map((r) => r.text)
      .join('')
    expect(plainAndDeleted).toContain(sampleArticle.rows[3]!.target)
  })
})
