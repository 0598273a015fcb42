/**
 * Normalised text -> `TextDocument` (paragraphs and segments with offsets into the text).
 *
 * Presegmented input (one sentence per line, as aligners and corpora exchange it): every non-blank
 * line is one segment, never split further. Paragraphs follow `splitParagraphs`: blank-line separated
 * groups of lines when the file has blank lines, otherwise each line is its own paragraph. So a
 * one-sentence-per-line file with blank lines between paragraphs keeps its paragraph structure for
 * display, export and `alignDocuments`; without blank lines, paragraphs carry no extra information.
 */
import type { Language, Paragraph, Segment, TextDocument } from '../domain/document'
import { tooManySegments } from '../import/limits'
import { nonBlankLines, splitParagraphs, type LineRange } from './paragraphs'
import { defaultSegmenter, type Segmenter } from './segmenter'

export interface BuildOptions {
  /** One segment per non-blank line, no sentence splitting. */
  readonly presegmented?: boolean
  /**
   * The segmenter to use, for rules the user has extended (`createSegmenter(language, userRules)`);
   * the built-in rules of `language` by default. Its language must be `language`.
   */
  readonly segmenter?: Segmenter
  /**
   * Refuse (`too-many-segments`) a text with more segments than this, as soon as the count passes it:
   * the work and memory spent on a hostile file stay proportional to the limit.
   */
  readonly maxSegments?: number
  /**
   * The kind of each paragraph, in order, as the reader found it (one block per paragraph): headings
   * and list items are marked in `Paragraph.kind`, anything else is an ordinary paragraph.
   */
  readonly paragraphKinds?: readonly string[]
}

export function buildDocument(
  text: string,
  language: Language,
  options: BuildOptions = {}
): TextDocument {
  const segmenter = options.segmenter ?? defaultSegmenter(language)
  if (segmenter.language !== language) {
    throw new Error(`buildDocument: a ${segmenter.language} segmenter for ${language} text`)
  }
  const limit = options.maxSegments ?? Infinity
  const paragraphs = withKinds(splitParagraphs(text, limit), options.paragraphKinds)
  const segments: Segment[] = []
  paragraphs.forEach((paragraph, index) => {
    const ranges = options.presegmented
      ? linesWithin(text, paragraph)
      : segmenter.split(text, paragraph.start, paragraph.end, limit - segments.length)
    for (const { start, end } of ranges) {
      segments.push({ text: text.slice(start, end), start, end, paragraph: index })
    }
    if (segments.length > limit) throw tooManySegments(limit)
  })
  return { language, text, paragraphs, segments }
}

function withKinds(paragraphs: Paragraph[], kinds: readonly string[] | undefined): Paragraph[] {
  if (!kinds) return paragraphs
  return paragraphs.map((paragraph, k) => {
    const kind = kinds[k]
    return kind === 'heading' || kind === 'list-item' ? { ...paragraph, kind } : paragraph
  })
}

function linesWithin(text: string, paragraph: Paragraph): LineRange[] {
  return nonBlankLines(text.slice(paragraph.start, paragraph.end)).map(({ start, end }) => ({
    start: paragraph.start + start,
    end: paragraph.start + end
  }))
}
