/**
 * A suggestion's fix applied to the English the reviewer would keep: the MT when the row has no
 * post-edit, else the post-edit — where the fix's span (MT offsets) is carried over through the
 * word diff of MT and post-edit, and applied only if those words are still there unchanged.
 */
import { applyFix, type QaFix } from '@shared/qa'
import { diffParts } from '../text/diff-parts'

export type FixOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'no-fix' | 'edited-away' }

export function fixedEnglish(mt: string, edit: string | null, fix: QaFix | undefined): FixOutcome {
  if (!fix) return { ok: false, reason: 'no-fix' }
  if (edit === null) return { ok: true, text: applyFix(mt, fix) }
  const at = editOffset(mt, edit, fix.span)
  if (at === null) return { ok: false, reason: 'edited-away' }
  return { ok: true, text: applyFix(edit, { ...fix, span: at }) }
}

/**
 * Where `[start, end)` of the MT stands in the post-edit, when it lies inside one stretch the post-edit
 * kept as it was; `null` when any of it was deleted or rewritten.
 */
export function editOffset(
  mt: string,
  edit: string,
  span: readonly [number, number]
): [number, number] | null {
  const [start, end] = span
  let inEdit = 0
  for (const part of diffParts(mt, edit)) {
    if (part.kind === 'inserted') {
      inEdit += part.text.length
      continue
    }
    const [from, to] = part.mt!
    if (part.kind === 'same' && from <= start && end <= to) {
      const offset = inEdit + (start - from)
      // The diff groups by words: check the characters themselves, to be sure.
      if (edit.slice(offset, offset + (end - start)) !== mt.slice(start, end)) return null
      return [offset, offset + (end - start)]
    }
    if (part.kind === 'same') inEdit += part.text.length
  }
  return null
}
