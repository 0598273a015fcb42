/**
 * One side's file -> its `TextDocument`. Plain text and Markdown keep offsets all the way back to the
 * decoded file (`map`); web pages and Word documents arrive as blocks from their readers, whose text is
 * normalised, put on one line and joined by blank lines.
 */
import type { Language, TextDocument } from '../domain/document'
import { buildDocument } from '../segment/document'
import type { Segmenter } from '../segment/segmenter'
import { composeMaps, identityMap, type OffsetMap } from '../text/offset-map'
import { normalizeText } from '../text/normalize'
import { readMarkdown } from './readers/markdown'
import { tooManySegments } from './limits'
import { textShape, type TextShape } from './readers/lines'
import { readPlainText } from './readers/text'
import type { Block } from './readers/types'
import type { ImportWarning } from './types'

export interface TextDocumentReading {
  readonly document: TextDocument
  /** Offsets in `document.text` -> offsets in the decoded text of the file. */
  readonly map: OffsetMap
  readonly warnings: readonly ImportWarning[]
}

export interface TextReadOptions {
  readonly format: 'txt' | 'md'
  readonly language: Language
  /** One segment per line exactly as given (plain text only). */
  readonly presegmented?: boolean
  readonly segmenter?: Segmenter
  /** Refuse a text with more segments (`too-many-segments`), as early as that is known. */
  readonly maxSegments?: number
  /** Segmentation progress, 0..1 (see `BuildOptions.onProgress`). */
  readonly onSegmenting?: (fraction: number) => void
}

/** Decoded plain text or Markdown -> document, with a map back to the decoded text. */
export function readTextDocument(decoded: string, options: TextReadOptions): TextDocumentReading {
  const normalized = normalizeText(decoded)
  const limit = {
    ...(options.maxSegments === undefined ? {} : { maxSegments: options.maxSegments }),
    ...(options.onSegmenting ? { onProgress: options.onSegmenting } : {})
  }
  const shape = textShape(normalized.text)
  if (options.maxSegments !== undefined) refuseEarly(shape, options, options.maxSegments)
  if (options.format === 'txt' && options.presegmented) {
    const document = buildDocument(normalized.text, options.language, {
      presegmented: true,
      ...limit
    })
    return { document, map: normalized.map, warnings: [] }
  }
  const maxBlocks = options.maxSegments ?? Infinity
  const reading =
    options.format === 'md'
      ? readMarkdown(normalized.text, maxBlocks)
      : readPlainText(normalized.text, shape.sentencePerLine, maxBlocks)
  return {
    document: buildDocument(reading.text, options.language, {
      ...segmenterOption(options.segmenter),
      ...limit,
      paragraphKinds: reading.kinds
    }),
    map: composeMaps(reading.map, normalized.map),
    warnings: 'warnings' in reading ? reading.warnings : []
  }
}

/**
 * A text whose paragraphs alone (or lines, one sentence or segment per line) pass the limit is refused
 * before a reader builds anything per line: the readers' work and memory grow with the number of
 * lines, and a file of two million tiny lines would cost gigabytes to refuse later. (In Markdown a
 * paragraph of pure markup holds no segment; a file of 250,000 such is refused as well.)
 */
function refuseEarly(shape: TextShape, options: TextReadOptions, limit: number): void {
  const perLine = options.format === 'txt' && (options.presegmented || shape.sentencePerLine)
  if ((perLine ? shape.nonBlankLines : shape.paragraphs) > limit) throw tooManySegments(limit)
}

/**
 * Blocks from the HTML or DOCX reader -> document: each block normalised, its whitespace (line breaks
 * included) collapsed to single spaces, empty blocks dropped, blocks separated by a blank line so that
 * each is a paragraph of its own.
 */
export function documentFromBlocks(
  blocks: readonly Block[],
  language: Language,
  segmenter?: Segmenter,
  maxSegments?: number,
  onSegmenting?: (fraction: number) => void
): TextDocumentReading {
  const kept = blocks
    .map((block) => ({
      text: normalizeText(block.text).text.replace(/\s+/g, ' ').trim(),
      kind: block.kind
    }))
    .filter((block) => block.text !== '')
  return {
    document: buildDocument(kept.map((block) => block.text).join('\n\n'), language, {
      ...segmenterOption(segmenter),
      ...(maxSegments === undefined ? {} : { maxSegments }),
      ...(onSegmenting ? { onProgress: onSegmenting } : {}),
      paragraphKinds: kept.map((block) => block.kind)
    }),
    map: identityMap,
    warnings: []
  }
}

function segmenterOption(segmenter: Segmenter | undefined): { segmenter?: Segmenter } {
  return segmenter ? { segmenter } : {}
}
