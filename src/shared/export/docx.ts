/**
 * The corrected English as a Word document, with the `docx` package. `Packer.pack(doc, 'uint8array')`
 * builds the ZIP with fflate and needs nothing from Node, so this writer stays pure (src/shared).
 *
 * Paragraphs as in `correctedParagraphs` (the source's paragraphs); heading rows keep Word's heading
 * styles (the article's first heading is Heading 1, later ones Heading 2). A project's articles each
 * start a new section (a new page).
 *
 * With `trackChanges`, every post-edited row shows how the MT was changed, word by word (jsdiff):
 * deleted MT words struck through in red, inserted words underlined in blue — a visual "track
 * changes" an editor can read on paper or in any viewer. They are plain formatting, not Word
 * revisions, so accepting them is not needed (the plain export is the clean text).
 */
import { diffWordsWithSpace } from 'diff'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { correctedText, type ReviewedArticle, type ReviewedRow } from '../domain/article'
import { correctedParagraphs } from './corrected-text'

export interface DocxExportOptions {
  readonly trackChanges?: boolean
}

const DELETED = 'C62828'
const INSERTED = '1565C0'

export async function writeDocx(
  articles: readonly ReviewedArticle[],
  options: DocxExportOptions = {}
): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Calque',
    title: articles.length === 1 ? articles[0]!.name : '',
    styles: {
      default: {
        document: {
          run: { font: 'Liberation Serif', size: 24, language: { value: 'en-US' } },
          paragraph: { spacing: { after: 160, line: 288 } }
        }
      }
    },
    sections: articles.map((article) => ({ children: paragraphs(article, options) }))
  })
  return Packer.pack(document, 'uint8array')
}

function paragraphs(article: ReviewedArticle, options: DocxExportOptions): Paragraph[] {
  let headings = 0
  return correctedParagraphs(article).map((paragraph) => {
    const children = paragraph.rows.flatMap((row, k) => [
      ...(k === 0 ? [] : [new TextRun(' ')]),
      ...rowRuns(row, options.trackChanges === true)
    ])
    if (!paragraph.heading) return new Paragraph({ children })
    const heading = headings++ === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2
    return new Paragraph({ heading, children })
  })
}

function rowRuns(row: ReviewedRow, trackChanges: boolean): TextRun[] {
  if (!trackChanges || row.edit === null) return textRuns(correctedText(row).trim(), {})
  return diffWordsWithSpace(row.target.trim(), row.edit.trim()).flatMap((change) => {
    if (change.removed) return textRuns(change.value, { strike: true, color: DELETED })
    if (change.added) return textRuns(change.value, { underline: {}, color: INSERTED })
    return textRuns(change.value, {})
  })
}

type RunStyle = { strike?: boolean; underline?: object; color?: string }

/** A line break inside a post-edit stays a line break in Word (not a new paragraph). */
function textRuns(text: string, style: RunStyle): TextRun[] {
  return text
    .split('\n')
    .map((line, k) => new TextRun({ text: line, ...style, ...(k > 0 ? { break: 1 } : {}) }))
}
