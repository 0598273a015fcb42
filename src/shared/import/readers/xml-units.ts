/**
 * Building blocks shared by the bilingual readers (XLIFF, TMX, and CSV/TSV too): one unit from its
 * source and target texts, and the warning for untranslated units.
 */
import type { ImportWarning } from '../types'
import type { Unit } from './types'

/**
 * A unit whose texts are trimmed of XML whitespace at both ends (not NBSP: a stray leading NBSP is
 * something a reviewer may want to see) and whose blank texts are dropped, so an untranslated unit has
 * an empty `target` list.
 */
export function unitOf(
  id: string | undefined,
  source: readonly string[],
  target: readonly string[]
): Unit {
  return {
    ...(id !== undefined && id !== '' ? { id } : {}),
    source: nonBlank(source),
    target: nonBlank(target)
  }
}

export function nonBlank(texts: readonly string[]): string[] {
  return texts.map(trimXmlSpace).filter((text) => text !== '')
}

/**
 * Trims XML whitespace (space, tab, CR, LF) at both ends. A loop, not `/[ \t\r\n]+$/`: that regex
 * backtracks quadratically over a long run of inner spaces (50 000 spaces: seconds).
 */
export function trimXmlSpace(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isXmlSpace(text.charCodeAt(start))) start++
  while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

export function hasText(unit: Unit): boolean {
  return unit.source.length > 0 || unit.target.length > 0
}

/**
 * One `empty-targets` warning counting the units with a source but no target (untranslated), and one
 * with `side: 'source'` counting the units with a target but no source (a TMX `tu` without the source
 * language, a CSV row with only the second column): both show up as 1-0 / 0-1 rows.
 */
export function emptySideWarnings(units: readonly Unit[]): ImportWarning[] {
  const count = (missing: 'source' | 'target'): number =>
    units.filter((unit) => unit[missing].length === 0 && hasText(unit)).length
  const warnings: ImportWarning[] = []
  const untranslated = count('target')
  if (untranslated > 0)
    warnings.push({ code: 'empty-targets', side: 'target', count: untranslated })
  const sourceless = count('source')
  if (sourceless > 0) warnings.push({ code: 'empty-targets', side: 'source', count: sourceless })
  return warnings
}
