/**
 * XLIFF 1.2 and 2.0/2.1 -> already paired units.
 *
 * One unit per pair the file itself declares:
 * - 1.2: a `trans-unit` (its direct `source` and `target`; `alt-trans` suggestions are not the
 *   translation). When `seg-source` splits the source with `<mrk mtype="seg" mid="…">` and the target
 *   has the same `mid`s, each segment is its own unit (`id` = `tu-id/mid`); a target that is not
 *   segmented the same way stays one unit of all the source segments with the whole target.
 * - 2.x: a `segment` (`id` = the unit's id, or `unit-id/segment-id` when the unit has several);
 *   `ignorable` (inter-sentence whitespace and the like) is kept out.
 *
 * Inline markup contributes its text: 1.2 `g` and `mrk`, 2.x `pc` and `mrk` keep their content. Codes
 * stand for native markup, not text: 1.2 `x`, `bx`, `ex`, `ph`, `bpt`, `ept`, `it` (and the `sub` inside
 * them), 2.x `ph`, `sc`, `ec`, `sm`, `em`, `cp` give nothing, or their `equiv-text` (1.2) / `equiv`
 * (2.x) when the producer supplied one: that attribute exists precisely for text-only consumers.
 * `disp` is a label for humans ("{1}") and is not used.
 *
 * Segments are trimmed of XML whitespace at both ends; a missing or blank target is an empty list,
 * counted in one `empty-targets` warning. Units with neither source nor target text are left out.
 *
 * Only text is imported: workflow metadata (`state`, ITS quality markup, notes) is not validated, so a
 * file with an unknown `state` value still opens. Refused: a root that is not `<xliff>`; a version
 * Calque does not read (`file-version-unsupported`: 1.0–1.2 and 2.0–2.2 are read, whatever the
 * namespace says, so an `xliff:document:2.0` file claiming `version="3.0"` is refused, not guessed
 * at); duplicate unit ids within a file (`file-malformed` at the duplicate); no text at all.
 */
import { CalqueFailure } from '../../domain/errors'
import { tooManySegments } from '../limits'
import type { Unit, UnitsResult } from './types'
import {
  attr,
  childElements,
  elementFailure,
  parseXml,
  type XmlElement,
  type XmlStart
} from './xml'
import { emptySideWarnings, hasText, unitOf as unit } from './xml-units'

const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2'
const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0'

type Version = 'xliff12' | 'xliff2'

/** Standalone codes: they stand for native markup, so only an explicit text equivalent counts. */
const CODES: Record<Version, ReadonlySet<string>> = {
  xliff12: new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'sub']),
  xliff2: new Set(['ph', 'sc', 'ec', 'sm', 'em', 'cp'])
}
const EQUIV_ATTRIBUTE: Record<Version, string> = { xliff12: 'equiv-text', xliff2: 'equiv' }

/**
 * `maxSegments`: a side may hold this many segments; a file with more than twice as many units (each
 * gives at least one side a segment) is refused (`too-many-segments`) as soon as it has them.
 */
export function readXliff(text: string, maxSegments = Infinity): UnitsResult {
  let version: Version | undefined
  let sourceLanguage: string | undefined
  let targetLanguage: string | undefined
  let idsInFile = new Set<string>()
  const units: Unit[] = []

  parseXml(text, {
    format: 'XLIFF',
    onOpen: (element, ancestors) => {
      if (ancestors.length === 0) {
        version = detectVersion(element)
        if (version === 'xliff2') {
          sourceLanguage = attr(element, 'srcLang')
          targetLanguage = attr(element, 'trgLang')
        }
        return
      }
      if (element.local === 'file') {
        idsInFile = new Set()
        if (version === 'xliff12' && sourceLanguage === undefined) {
          sourceLanguage = attr(element, 'source-language')
          targetLanguage = attr(element, 'target-language')
        }
        return
      }
      const unitElement = version === 'xliff12' ? 'trans-unit' : 'unit'
      if (element.local !== unitElement) return
      const id = attr(element, 'id')
      if (id !== undefined) {
        if (idsInFile.has(id)) {
          throw elementFailure(text, element, 'XLIFF', `duplicate ${unitElement} id "${id}"`)
        }
        idsInFile.add(id)
      }
      return 'capture'
    },
    onElement: (element) => {
      // One by one: spreading a unit of many thousand segments into push() overflows the stack.
      for (const pair of version === 'xliff12' ? transUnitPairs(element) : segmentPairs(element))
        units.push(pair)
      if (units.length > 2 * maxSegments) throw tooManySegments(maxSegments)
    }
  })

  const kept = units.filter(hasText)
  if (kept.length === 0) {
    throw new CalqueFailure({
      code: 'file-no-text',
      format: 'XLIFF',
      detail: 'no translation unit holds any text'
    })
  }
  return {
    format: version ?? 'xliff12',
    ...(sourceLanguage ? { sourceLanguage } : {}),
    ...(targetLanguage ? { targetLanguage } : {}),
    units: kept,
    warnings: emptySideWarnings(kept)
  }
}

function detectVersion(root: XmlStart): Version {
  if (root.local !== 'xliff') {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'XLIFF',
      detail: `the root element is <${root.local}>, not <xliff>`
    })
  }
  const declared = attr(root, 'version')?.trim()
  const v1 = declared === undefined || /^1\.[0-2]$/.test(declared)
  const v2 = declared === undefined || /^2\.[0-2]$/.test(declared)
  if (root.uri === XLIFF12_NS && v1) return 'xliff12'
  if (root.uri === XLIFF2_NS && v2) return 'xliff2'
  if (root.uri === '' && declared !== undefined) {
    if (/^1\.[0-2]$/.test(declared)) return 'xliff12'
    if (/^2\.[0-2]$/.test(declared)) return 'xliff2'
  }
  throw new CalqueFailure({
    code: 'file-version-unsupported',
    format: 'XLIFF',
    detail: declared ?? root.uri ?? 'unknown'
  })
}

function transUnitPairs(transUnit: XmlElement): Unit[] {
  const id = attr(transUnit, 'id')
  const children = childElements(transUnit)
  const source = children.find((child) => child.local === 'source')
  const segSource = children.find((child) => child.local === 'seg-source')
  const target = children.find((child) => child.local === 'target')

  const sourceSegments = segSource ? segmentMarkers(segSource) : []
  if (sourceSegments.length === 0) {
    return [
      unit(
        id,
        source ? [inlineText(source, 'xliff12')] : [],
        target ? [inlineText(target, 'xliff12')] : []
      )
    ]
  }
  const targetSegments = target ? segmentMarkers(target) : []
  const sourceMids = new Set(sourceSegments.map((segment) => segment.mid))
  const pairedByMid =
    targetSegments.length > 0 && targetSegments.every((segment) => sourceMids.has(segment.mid))
  if (!pairedByMid) {
    return [
      unit(
        id,
        sourceSegments.map((segment) => segment.text),
        target ? [inlineText(target, 'xliff12')] : []
      )
    ]
  }
  const targetByMid = new Map(targetSegments.map((segment) => [segment.mid, segment.text]))
  return sourceSegments.map((segment) => {
    const translated = targetByMid.get(segment.mid)
    return unit(
      sourceSegments.length === 1 ? id : `${id ?? ''}/${segment.mid}`,
      [segment.text],
      translated === undefined ? [] : [translated]
    )
  })
}

interface MarkedSegment {
  readonly mid: string
  readonly text: string
}

/** `<mrk mtype="seg">` anywhere inside (they may sit in a `g`), outermost only, in order. */
function segmentMarkers(container: XmlElement): MarkedSegment[] {
  const found: MarkedSegment[] = []
  const visit = (element: XmlElement): void => {
    for (const child of childElements(element)) {
      if (child.local === 'mrk' && attr(child, 'mtype') === 'seg') {
        found.push({
          mid: attr(child, 'mid') ?? String(found.length + 1),
          text: inlineText(child, 'xliff12')
        })
      } else if (!CODES.xliff12.has(child.local)) visit(child)
    }
  }
  visit(container)
  return found
}

function segmentPairs(unitElement: XmlElement): Unit[] {
  const unitId = attr(unitElement, 'id')
  const segments = childElements(unitElement).filter((child) => child.local === 'segment')
  return segments.map((segment, index) => {
    const children = childElements(segment)
    const source = children.find((child) => child.local === 'source')
    const target = children.find((child) => child.local === 'target')
    const id =
      segments.length === 1 ? unitId : `${unitId ?? ''}/${attr(segment, 'id') ?? String(index + 1)}`
    return unit(
      id,
      source ? [inlineText(source, 'xliff2')] : [],
      target ? [inlineText(target, 'xliff2')] : []
    )
  })
}

/** The text of a `source`, `target` or paired inline element: content kept, codes as their equivalent. */
function inlineText(element: XmlElement, version: Version): string {
  let text = ''
  for (const child of element.children) {
    if (typeof child === 'string') text += child
    else if (CODES[version].has(child.local)) text += attr(child, EQUIV_ATTRIBUTE[version]) ?? ''
    else text += inlineText(child, version)
  }
  return text
}
