/**
 * Glossary as TBX (ISO 30042): TBX-Basic/v2 (`termEntry` > `langSet` > `tig`|`ntig`) and v3
 * (`conceptEntry` > `langSec` > `termSec`), with each term's `administrativeStatus` or
 * `normativeAuthorization` (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts,
 * supersededTerm-admn-sts). Parsed with the project's safe XML reader: a DTD or an entity is refused.
 */
import {
  attr,
  childElements,
  parseXml,
  XML_NS,
  type XmlElement,
  type XmlFormat
} from '../../import/readers/xml'
import { termStatus, type Glossary, type GlossaryEntry, type GlossaryTerm } from './types'

/** The XML reader names the format in its errors; TBX is not among the import formats. */
const TBX = 'TBX' as unknown as XmlFormat

const textOf = (element: XmlElement): string =>
  element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('')

function descendants(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = []
  for (const child of childElements(element)) {
    if (child.local === local) found.push(child)
    else found.push(...descendants(child, local))
  }
  return found
}

function term(container: XmlElement): GlossaryTerm | undefined {
  const termElement = descendants(container, 'term')[0]
  if (!termElement) return undefined
  const text = textOf(termElement).replace(/\s+/g, ' ').trim()
  if (text === '') return undefined
  const status = [...descendants(container, 'termNote'), ...descendants(container, 'descrip')].find(
    (note) => /administrativeStatus|normativeAuthorization|usage/i.test(attr(note, 'type') ?? '')
  )
  return { text, status: termStatus(status ? textOf(status) : undefined) }
}

function entryOf(element: XmlElement, k: number): GlossaryEntry {
  const source: GlossaryTerm[] = []
  const target: GlossaryTerm[] = []
  let note: string | undefined
  for (const lang of [...descendants(element, 'langSet'), ...descendants(element, 'langSec')]) {
    const language = (attr(lang, 'lang', XML_NS) ?? attr(lang, 'lang') ?? '').toLowerCase()
    const side = language.startsWith('ru') ? source : language.startsWith('en') ? target : undefined
    if (!side) continue
    const holders = ['tig', 'ntig', 'termSec'].flatMap((local) => descendants(lang, local))
    for (const holder of holders.length > 0 ? holders : [lang]) {
      const found = term(holder)
      if (found) side.push(found)
    }
  }
  const definition = descendants(element, 'descrip').find((d) =>
    /definition|note/i.test(attr(d, 'type') ?? '')
  )
  if (definition) note = textOf(definition).trim()
  return { id: attr(element, 'id') ?? `tbx-${k + 1}`, source, target, ...(note ? { note } : {}) }
}

export function parseTbxGlossary(text: string): Glossary {
  const entries: GlossaryEntry[] = []
  parseXml(text, {
    format: TBX,
    onOpen: (element) =>
      element.local === 'termEntry' || element.local === 'conceptEntry' ? 'capture' : undefined,
    onElement: (element) => {
      const entry = entryOf(element, entries.length)
      if (entry.source.length > 0 || entry.target.length > 0) entries.push(entry)
    }
  })
  return { entries }
}
