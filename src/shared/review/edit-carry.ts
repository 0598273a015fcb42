/**
 * Post-edits follow their words through an alignment fix, as flags do. The corrected English of the
 * replaced rows is lined up against their MT with a word diff; each new row takes the stretch of the
 * correction that lines up with its own MT sentences. A merge gets the whole correction; a split cuts
 * it where the MT sentences part; text the reviewer inserted between two sentences stays with the
 * sentence before it. Rows without English sentences get no post-edit.
 */
import { diffWordsWithSpace } from 'diff'
import type { Bead } from '../domain/alignment'
import { ROW_SEGMENT_JOINER } from './row-text'
import type { SegmentTexts } from './span-anchor'

/** The new rows' post-edits by row id (absent: the row shows its MT). */
export function carryEdits(
  removed: readonly Bead[],
  inserted: readonly Bead[],
  editOf: (row: string) => string | undefined,
  target: SegmentTexts
): Map<string, string> {
  const carried = new Map<string, string>()
  if (!removed.some((bead) => editOf(bead.id) !== undefined)) return carried

  // The MT of the run of rows, with where each of its sentences starts.
  const segmentStart = new Map<number, number>()
  let mt = ''
  for (const bead of removed) {
    for (const index of bead.target) {
      if (mt.length > 0) mt += ROW_SEGMENT_JOINER
      segmentStart.set(index, mt.length)
      mt += target[index]?.text ?? ''
    }
  }
  // The correction of the run: each row's post-edit, or its MT where it has none.
  const corrected = removed
    .map((bead) => editOf(bead.id) ?? rowMt(bead, target))
    .filter((text) => text.length > 0)
    .join(ROW_SEGMENT_JOINER)

  const receivers = inserted.filter((bead) => bead.target.length > 0)
  if (receivers.length === 0) return carried
  const toCorrected = offsetMap(mt, corrected)
  const cuts = receivers.map((bead, i) =>
    i === 0 ? 0 : toCorrected(segmentStart.get(bead.target[0]!) ?? mt.length)
  )
  receivers.forEach((bead, i) => {
    const piece = corrected
      .slice(cuts[i], i + 1 < cuts.length ? cuts[i + 1] : corrected.length)
      .trim()
    if (piece !== rowMt(bead, target)) carried.set(bead.id, piece)
  })
  return carried
}

function rowMt(bead: Bead, target: SegmentTexts): string {
  return bead.target.map((index) => target[index]?.text ?? '').join(ROW_SEGMENT_JOINER)
}

/**
 * Maps an offset in `from` to the offset in `to` where the same text continues. Text only in `to`
 * (an insertion) is passed over: an offset at its place maps to after it, so it stays with what
 * precedes it.
 */
export function offsetMap(from: string, to: string): (offset: number) => number {
  // Runs of [fromStart, toStart, length, kind]: equal text maps one to one; deleted text maps to the
  // point where it was deleted.
  const runs: Array<{ from: number; to: number; length: number; equal: boolean }> = []
  let f = 0
  let t = 0
  for (const part of diffWordsWithSpace(from, to)) {
    const length = part.value.length
    if (part.added) t += length
    else if (part.removed) {
      runs.push({ from: f, to: t, length, equal: false })
      f += length
    } else {
      runs.push({ from: f, to: t, length, equal: true })
      f += length
      t += length
    }
  }
  return (offset) => {
    for (const run of runs) {
      if (offset < run.from + run.length || (offset === run.from && run.length === 0)) {
        return run.equal ? run.to + (offset - run.from) : run.to
      }
    }
    return t
  }
}
