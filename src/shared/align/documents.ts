/**
 * Sentence alignment of two segmented documents: one DP over the sentences, scored by length, lexical
 * anchors and paragraph breaks (see `anchored-scorer.ts`).
 *
 * Paragraph breaks are soft evidence rather than hard walls: a bead that starts a paragraph on one side
 * only, or runs across a break on one side only, pays a little. So an ambiguous stretch of sentences
 * is pulled into line with the paragraphs, while a translation that merged or lost paragraphs (or
 * lost its blank lines altogether) pays the same on every path and is aligned on the other evidence.
 * A document whose every segment is its own paragraph (one sentence per line) says nothing about
 * paragraphs, and is aligned without them.
 */
import type { Bead } from '../domain/alignment'
import type { TextDocument } from '../domain/document'
import { alignPair, toLinks, type AlignOptions, type SegmentLink } from './segments'

export function alignDocuments(
  source: TextDocument,
  target: TextDocument,
  options: AlignOptions = {}
): Bead[] {
  return toBeads(alignDocumentLinks(source, target, options))
}

export function toBeads(links: readonly SegmentLink[]): Bead[] {
  return links.map((link, k) => ({
    id: `b${k}`,
    source: link.source,
    target: link.target,
    confidence: link.confidence,
    origin: 'auto'
  }))
}

export function alignDocumentLinks(
  source: TextDocument,
  target: TextDocument,
  options: AlignOptions = {}
): SegmentLink[] {
  const sourceTexts = source.segments.map((segment) => segment.text)
  const targetTexts = target.segments.map((segment) => segment.text)
  const sourceParagraphs = source.segments.map((segment) => segment.paragraph)
  const targetParagraphs = target.segments.map((segment) => segment.paragraph)
  const informative = hasParagraphs(sourceParagraphs) && hasParagraphs(targetParagraphs)
  const { result } = alignPair(
    {
      sourceLengths: sourceTexts.map((text) => text.length),
      targetLengths: targetTexts.map((text) => text.length),
      sourceTexts,
      targetTexts,
      paragraphs: informative ? { source: sourceParagraphs, target: targetParagraphs } : undefined
    },
    options
  )
  return toLinks(result)
}

/** True when some paragraph holds more than one segment. */
function hasParagraphs(paragraphOf: readonly number[]): boolean {
  return paragraphOf.some((paragraph, k) => k > 0 && paragraph === paragraphOf[k - 1])
}
