/**
 * A suggestion's fix applied to the English the reviewer would keep: the MT when the row has no
 * post-edit, else the post-edit — where the fix's span (MT offsets) is carried over through the word
 * diff of MT and post-edit, and applied only if those characters are still there unchanged.
 */
// The fix alone: the renderer does not load the checks themselves (main runs them).
import { applyFix } from '@shared/qa/fix'
import type { QaFix } from '@shared/qa'
import { diffParts, type DiffPart } from '../text/diff-parts'

export type FixOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'no-fix' | 'edited-away' }

/** Where a fix stands in a post-edit. */
export type FixPlace =
  /** The span's characters are there as in the MT, at `span` of the post-edit: the fix applies. */
  | { readonly state: 'unchanged'; readonly span: readonly [number, number] }
  /** The post-edit holds the fix's replacement right there: the fix was made. */
  | { readonly state: 'fixed' }
  /** The post-edit changed those characters some other way. */
  | { readonly state: 'changed' }

export function fixedEnglish(mt: string, edit: string | null, fix: QaFix | undefined): FixOutcome {
  if (!fix) return { ok: false, reason: 'no-fix' }
  if (edit === null) return { ok: true, text: applyFix(mt, fix) }
  const place = fixPlace(mt, edit, fix)
  if (place.state !== 'unchanged') return { ok: false, reason: 'edited-away' }
  return { ok: true, text: applyFix(edit, { ...fix, span: place.span }) }
}

export function fixPlace(mt: string, edit: string, fix: QaFix): FixPlace {
  const [start, end] = fix.span
  const parts = diffParts(mt, edit)
  // Between the span's kept neighbours: the replacement (fixed) or the span's own text (unchanged).
  // The replacement is tried first: a fix may keep the text and add to it (" –" -> " – ").
  const from = boundary(parts, start, 'start', mt.length, edit.length)
  const to = boundary(parts, end, 'end', mt.length, edit.length)
  if (from !== null && to !== null && from <= to) {
    const there = edit.slice(from, to)
    if (there === fix.replacement) return { state: 'fixed' }
    if (there === mt.slice(start, end)) return { state: 'unchanged', span: [from, to] }
  }
  // Its neighbours changed, but the span itself may still stand in a stretch kept as it was.
  const kept = keptAt(parts, start, end)
  if (kept !== null) return { state: 'unchanged', span: [kept, kept + (end - start)] }
  return { state: 'changed' }
}

/** Where `[start, end)` of the MT begins in the post-edit, when one stretch kept as it was holds it. */
function keptAt(parts: readonly DiffPart[], start: number, end: number): number | null {
  let inEdit = 0
  for (const part of parts) {
    if (part.kind === 'deleted') continue
    if (part.kind === 'same') {
      const [from, to] = part.mt!
      if (from <= start && end <= to) return inEdit + (start - from)
    }
    inEdit += part.text.length
  }
  return null
}

/**
 * Where MT offset `at` — one edge of a span — falls in the post-edit, judged by the character just
 * outside the span (the one before a start, the one after an end): kept as it was, it says where the
 * edge now is, whatever happened inside. At the very start or end of the text, the post-edit's own
 * start or end. `null` when that character was not kept.
 */
function boundary(
  parts: readonly DiffPart[],
  at: number,
  edge: 'start' | 'end',
  mtLength: number,
  editLength: number
): number | null {
  if (edge === 'start' && at === 0) return 0
  if (edge === 'end' && at === mtLength) return editLength
  let inEdit = 0
  for (const part of parts) {
    if (part.kind === 'deleted') continue
    if (part.kind === 'same') {
      const [from, to] = part.mt!
      const inside = edge === 'start' ? from < at && at <= to : from <= at && at < to
      if (inside) return inEdit + (at - from)
    }
    inEdit += part.text.length
  }
  return null
}
