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
  /** Called now and then with the share of the text segmented so far (0..1), for progress bars. */
  readonly onProgress?: (fraction: number) => void
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
  const report = progressReporter(text.length, options.onProgress)
  paragraphs.forEach((paragraph, index) => {
    report(paragraph.start)
    const ranges = options.presegmented
      ? linesWithin(text, paragraph)
      : segmenter.split(text, paragraph.start, paragraph.end, limit - segments.length)
    for (const { start, end } of ranges) {
      segments.push({ text: text.slice(start, end), start, end, paragraph: index })
    }
    if (segments.length > limit) throw tooManySegments(limit)
  })
  report(text.length)
  return { language, text, paragraphs, segments }
}

/** Reports progress at most every 2 % of the text (a million paragraphs must not mean a million calls). */
function progressReporter(
  length: number,
  onProgress: ((fraction: number) => void) | undefined
): (offset: number) => void {
  if (!onProgress || length === 0) return () => {}
  let next = 0
  return (offset) => {
    const fraction = offset / length
    if (fraction < next && fraction < 1) return
    onProgress(fraction)
    next = fraction + 0.02
  }
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
