/** Applies a finding's fix to the text it was computed on (the renderer applies it to the post-edit). */
import type { QaFix } from './types'

export function applyFix(text: string, fix: QaFix): string {
  const [start, end] = fix.span
  if (start < 0 || end > text.length || start > end)
    throw new RangeError('fix span outside the text')
  return text.slice(0, start) + fix.replacement + text.slice(end)
}
