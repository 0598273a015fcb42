/**
 * Sentence alignment of two documents, in two levels as Gale & Church did: paragraphs first (the same
 * DP on paragraph lengths), then sentences inside each aligned paragraph block. Paragraph breaks are
 * strong anchors in news, so an ambiguous stretch of sentences cannot drag the alignment across them.
 *
 * A sentence bead's confidence is P(its paragraph block is right) × P(the bead | the block).
 *
 * Paragraph structure is trusted only as far as the sentence lengths agree with it. The sentence
 * alignment is also run over the whole document without paragraph constraints; if that path is much
 * cheaper than the best path that respects the paragraph blocks (say the translation merged
 * paragraphs, or lost its blank lines), the paragraph level is misleading and the unconstrained
 * alignment is used instead.
 */
import type { Bead } from '../domain/alignment'
import type { TextDocument } from '../domain/document'
import { alignLattice } from './banded-dp'
import { lengthScorer } from './gale-church'
import {
  alignLengths,
  fitAndAlign,
  DEFAULT_BEAD_SHAPES,
  toLinks,
  type AlignOptions,
  type SegmentLink
} from './segments'

/** Nats by which the paragraph-constrained path may cost more than the free one and still be used. */
const PARAGRAPH_TRUST_MARGIN = 10

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
  const sourceLengths = source.segments.map((segment) => segment.text.length)
  const targetLengths = target.segments.map((segment) => segment.text.length)
  // One length model for the whole pair (a paragraph holds too few sentences to fit one), fitted
  // while aligning the sentences without paragraph constraints.
  const { model, result: free } = fitAndAlign(sourceLengths, targetLengths, options)
  const sentenceOptions: AlignOptions = { ...options, model }

  const sourceBlocks = paragraphBlocks(source)
  const targetBlocks = paragraphBlocks(target)
  const oneSegmentPerParagraph = [...sourceBlocks, ...targetBlocks].every(
    (b) => b.end - b.start <= 1
  )
  if (oneSegmentPerParagraph) return toLinks(free)

  const paragraphs = alignLattice(
    sourceBlocks.length,
    targetBlocks.length,
    lengthScorer(
      blockLengths(sourceBlocks, sourceLengths),
      blockLengths(targetBlocks, targetLengths),
      model,
      DEFAULT_BEAD_SHAPES
    ),
    options
  )

  const links: SegmentLink[] = []
  let constrainedCost = 0
  for (const block of paragraphs.beads) {
    const s = spanOf(sourceBlocks, block.sourceStart, block.sourceEnd)
    const t = spanOf(targetBlocks, block.targetStart, block.targetEnd)
    const inner = alignLengths(
      sourceLengths.slice(s.start, s.end),
      targetLengths.slice(t.start, t.end),
      sentenceOptions
    )
    constrainedCost += inner.cost
    links.push(...toLinks(inner, s.start, t.start, block.posterior))
  }
  return constrainedCost - free.cost > PARAGRAPH_TRUST_MARGIN ? toLinks(free) : links
}

interface Span {
  /** First segment index. */
  readonly start: number
  /** One past the last segment index. */
  readonly end: number
}

/** Segment index range of each paragraph (paragraphs without segments are skipped). */
function paragraphBlocks(document: TextDocument): Span[] {
  const blocks: Span[] = []
  document.segments.forEach((segment, index) => {
    const last = blocks[blocks.length - 1]
    if (last && document.segments[last.start]!.paragraph === segment.paragraph) {
      blocks[blocks.length - 1] = { start: last.start, end: index + 1 }
    } else blocks.push({ start: index, end: index + 1 })
  })
  return blocks
}

function blockLengths(blocks: readonly Span[], segmentLengths: readonly number[]): number[] {
  return blocks.map(({ start, end }) => {
    let total = 0
    for (let k = start; k < end; k++) total += segmentLengths[k]!
    return total
  })
}

/** Segments covered by paragraph blocks `[from, to)`; an empty span sits where the next block starts. */
function spanOf(blocks: readonly Span[], from: number, to: number): Span {
  if (from === to) {
    const at = blocks[from]?.start ?? blocks[blocks.length - 1]?.end ?? 0
    return { start: at, end: at }
  }
  return { start: blocks[from]!.start, end: blocks[to - 1]!.end }
}
