/** Output formats of `calque align`. */
import type { Bead } from '@shared/domain/alignment'
import type { TextDocument } from '@shared/domain/document'

/** Three decimals are plenty for a confidence and keep the output stable across platforms. */
export function roundConfidence(confidence: number): number {
  return Math.round(confidence * 1000) / 1000
}

/**
 * The Text+Berg / Bertalign gold format, one bead per line: `[0]:[0, 1]`, then a TAB and the
 * confidence. `[]:[5]` is a target segment with no source.
 */
export function formatBeadLines(beads: readonly Bead[]): string {
  return beads
    .map(
      (bead) =>
        `[${bead.source.join(', ')}]:[${bead.target.join(', ')}]\t${roundConfidence(bead.confidence).toFixed(3)}\n`
    )
    .join('')
}

/** `{"source":{"segments":[…]},"target":{…},"beads":[{"source":[0],"target":[0,1],"confidence":0.93}]}` */
export function formatJson(
  source: TextDocument,
  target: TextDocument,
  beads: readonly Bead[]
): string {
  const side = (document: TextDocument) => ({
    segments: document.segments.map(({ text, start, end, paragraph }) => ({
      text,
      start,
      end,
      paragraph
    }))
  })
  const json = {
    source: side(source),
    target: side(target),
    beads: beads.map((bead) => ({
      source: bead.source,
      target: bead.target,
      confidence: roundConfidence(bead.confidence)
    }))
  }
  return `${JSON.stringify(json)}\n`
}
