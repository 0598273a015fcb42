/**
 * Already paired units (XLIFF, TMX, CSV/TSV) -> two documents and their pairs, keeping the file's
 * pairing: each unit is a paragraph on each side, its segments are the document's segments exactly as
 * the file gives them, and it becomes beads: one per segment when both sides have as many segments, else
 * one bead of all its source segments with all its target segments (1-0 when untranslated).
 *
 * Which side is Russian follows the languages the file declares (`srcLang`/`trgLang`, `xml:lang`, a CSV
 * header), else the script of the text; a file written the other way round (English source, Russian
 * target) is turned round, so that `source` is always in the language the user asked for, and the
 * user is told (`sides-reversed`). A file that declares other languages (a CAT tool's template left at
 * de-DE → fr-FR is common) is read by its text, with a warning (`languages-unexpected`): refusing it
 * would stop a usable file over a label, and a text that really is German shows in `looks-english`.
 */
import type { Language, Paragraph, Segment, TextDocument } from '../domain/document'
import { CalqueFailure } from '../domain/errors'
import { tooManySegments } from './limits'
import { normalizeText } from '../text/normalize'
import { sniffLanguage } from '../text/language'
import type { UnitsResult } from './readers/types'
import type { BilingualImport, EncodingInfo, ImportWarning } from './types'

type Pair = BilingualImport['pairs'][number]

export function bilingualImport(
  result: UnitsResult,
  language: Language,
  encoding: EncodingInfo,
  maxSegments = Infinity
): BilingualImport {
  const other: Language = language === 'ru' ? 'en' : 'ru'
  const units = result.units.map((unit) => ({
    source: unit.source.map(segmentText).filter(Boolean),
    target: unit.target.map(segmentText).filter(Boolean)
  }))
  const sourceLanguage = sideLanguage(
    result.sourceLanguage,
    units.map((u) => u.source)
  )
  const targetLanguage = sideLanguage(
    result.targetLanguage,
    units.map((u) => u.target)
  )
  const reversed =
    (sourceLanguage === other && targetLanguage !== other) ||
    (targetLanguage === language && sourceLanguage !== language)
  const sides = units.map((unit) =>
    reversed ? { source: unit.target, target: unit.source } : unit
  )

  const source = documentOf(
    sides.map((unit) => unit.source),
    language
  )
  const target = documentOf(
    sides.map((unit) => unit.target),
    other
  )
  for (const side of [source, target]) {
    if (side.segments.length > maxSegments) throw tooManySegments(maxSegments)
  }
  if (source.segments.length === 0) throw new CalqueFailure({ code: 'file-empty', side: 'source' })
  if (target.segments.length === 0) throw new CalqueFailure({ code: 'file-empty', side: 'target' })

  const pairs: Pair[] = []
  let s = 0
  let t = 0
  for (const unit of sides) {
    const sourceIds = unit.source.map(() => s++)
    const targetIds = unit.target.map(() => t++)
    if (sourceIds.length === 0 && targetIds.length === 0) continue
    if (sourceIds.length === targetIds.length) {
      sourceIds.forEach((id, k) => pairs.push({ source: [id], target: [targetIds[k]!] }))
    } else pairs.push({ source: sourceIds, target: targetIds })
  }

  const warnings = result.warnings.map((warning) => (reversed ? flipSide(warning) : warning))
  const unexpected = [result.sourceLanguage, result.targetLanguage].some(
    (declared) =>
      declared !== undefined && declared.trim() !== '' && primaryLanguage(declared) === null
  )
  if (unexpected) {
    warnings.push({
      code: 'languages-unexpected',
      detail: `${result.sourceLanguage ?? '?'} → ${result.targetLanguage ?? '?'}`
    })
  }
  if (reversed) warnings.push({ code: 'sides-reversed' })
  return {
    kind: 'bilingual',
    format: result.format,
    encoding,
    source,
    target,
    pairs,
    warnings: [
      ...warnings,
      ...languageWarnings(source, 'source'),
      ...languageWarnings(target, 'target')
    ]
  }
}

/** A segment as the document holds it: normalised, on one line, without surrounding spaces. */
function segmentText(text: string): string {
  return normalizeText(text).text.replace(/\s+/g, ' ').trim()
}

/** `ru-RU`, `RU_ru`, `rus` -> 'ru'; `en-GB`, `eng` -> 'en'; any other language -> null. */
function primaryLanguage(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  if (primary === 'ru' || primary === 'rus') return 'ru'
  if (primary === 'en' || primary === 'eng') return 'en'
  return null
}

/** The language a side is in: as declared (`ru-RU`, `en_US`, `rus`), else by its script. */
function sideLanguage(
  declared: string | undefined,
  segments: readonly string[][]
): Language | null {
  const byDeclaration = declared === undefined ? null : primaryLanguage(declared)
  if (byDeclaration) return byDeclaration
  const sniffed = sniffLanguage(segments.flat().join('\n')).language
  return sniffed === 'unknown' ? null : sniffed
}

/** Units' segments joined by a line break, units by a blank line; each unit with text a paragraph. */
function documentOf(units: readonly (readonly string[])[], language: Language): TextDocument {
  const parts: string[] = []
  const paragraphs: Paragraph[] = []
  const segments: Segment[] = []
  let offset = 0
  for (const unit of units) {
    if (unit.length === 0) continue
    if (parts.length > 0) {
      parts.push('\n\n')
      offset += 2
    }
    const paragraphStart = offset
    unit.forEach((text, k) => {
      if (k > 0) {
        parts.push('\n')
        offset += 1
      }
      segments.push({
        text,
        start: offset,
        end: offset + text.length,
        paragraph: paragraphs.length
      })
      parts.push(text)
      offset += text.length
    })
    paragraphs.push({ start: paragraphStart, end: offset })
  }
  return { language, text: parts.join(''), paragraphs, segments }
}

function flipSide(warning: ImportWarning): ImportWarning {
  if (!warning.side) return warning
  return { ...warning, side: warning.side === 'source' ? 'target' : 'source' }
}

/**
 * `looks-russian` / `looks-english`: a side whose letters are mostly in the other language's script
 * (the files chosen the wrong way round, or a target left untranslated).
 */
export function languageWarnings(
  document: TextDocument,
  side?: 'source' | 'target'
): ImportWarning[] {
  const { cyrillicShare, letters } = sniffLanguage(document.text)
  if (letters === 0) return []
  const where = side ? { side } : {}
  if (document.language === 'en' && cyrillicShare > 0.5)
    return [{ code: 'looks-russian', ...where }]
  if (document.language === 'ru' && cyrillicShare < 0.5)
    return [{ code: 'looks-english', ...where }]
  return []
}
