/**
 * Which paragraph styles of a DOCX are headings or lists.
 *
 * A paragraph names its style by id (`w:pStyle w:val="Heading1"`), and ids are not stable: Word in a
 * Russian locale writes "1" or "Заголовок1", LibreOffice "Heading1", other tools anything. The style's
 * `w:name` is the built-in English name whatever the locale ("heading 1", "Title"), so `styles.xml`
 * decides: a style is a heading when its name is "heading 1".."heading 9", "Title" or "Subtitle", or
 * when it sets an outline level 0–8; a list when it carries numbering (`w:numPr` with a non-zero
 * `w:numId`). Styles inherit through `w:basedOn`. Without `styles.xml`, or for an id it does not
 * define, the id itself is matched against the usual heading ids in several languages.
 */
import { attr, childElements, parseXml, type XmlElement } from './xml'

interface StyleFacts {
  readonly name?: string
  readonly basedOn?: string
  readonly outlineLevel?: number
  /** true: numbered; false: numbering explicitly switched off (`numId` 0); undefined: not said. */
  readonly numbered?: boolean
}

const HEADING_NAME = /^(heading [1-9]|title|subtitle)$/i
const HEADING_ID =
  /^(heading|title|subtitle|заголовок|название|подзаголовок|überschrift|titel|titre|titolo|título|encabezado|kop|nagłówek|nadpis)\s*[1-9]?$/i
/** basedOn chains are short; a longer one is a cycle or garbage. */
const MAX_INHERITANCE = 16

export class DocxStyles {
  private constructor(private readonly styles: ReadonlyMap<string, StyleFacts>) {}

  static none(): DocxStyles {
    return new DocxStyles(new Map())
  }

  static parse(xml: string, part: string): DocxStyles {
    const styles = new Map<string, StyleFacts>()
    parseXml(xml, {
      format: 'DOCX',
      part,
      onOpen: (element) =>
        element.local === 'style' && attr(element, 'type') !== 'character' ? 'capture' : undefined,
      onElement: (style) => {
        const id = attr(style, 'styleId')
        if (id !== undefined && !styles.has(id)) styles.set(id, styleFacts(style))
      }
    })
    return new DocxStyles(styles)
  }

  isHeading(styleId: string): boolean {
    return (
      this.inherited(styleId, (facts) => {
        if (facts.name !== undefined && HEADING_NAME.test(facts.name.trim())) return true
        if (facts.outlineLevel !== undefined && facts.outlineLevel <= 8) return true
        return undefined
      }) ?? HEADING_ID.test(styleId.trim())
    )
  }

  isList(styleId: string): boolean {
    return this.inherited(styleId, (facts) => facts.numbered) ?? false
  }

  /** The first answer along the basedOn chain; undefined when no style in it has one. */
  private inherited(
    styleId: string,
    answer: (facts: StyleFacts) => boolean | undefined
  ): boolean | undefined {
    const seen = new Set<string>()
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id);) {
      if (seen.size >= MAX_INHERITANCE) return undefined
      seen.add(id)
      const facts = this.styles.get(id)
      if (!facts) return undefined
      const result = answer(facts)
      if (result !== undefined) return result
      id = facts.basedOn
    }
    return undefined
  }
}

function styleFacts(style: XmlElement): StyleFacts {
  const children = childElements(style)
  const child = (local: string): XmlElement | undefined => children.find((c) => c.local === local)
  const paragraphProperties = child('pPr')
  const facts = paragraphProperties ? paragraphFacts(paragraphProperties) : {}
  const name = child('name')
  const basedOn = child('basedOn')
  return {
    ...facts,
    ...(name ? { name: attr(name, 'val') ?? '' } : {}),
    ...(basedOn ? { basedOn: attr(basedOn, 'val') ?? '' } : {})
  }
}

/** Outline level and numbering as set in a `w:pPr`, of a style or of a paragraph. */
export function paragraphFacts(pPr: XmlElement): { outlineLevel?: number; numbered?: boolean } {
  const children = childElements(pPr)
  const outline = children.find((c) => c.local === 'outlineLvl')
  const level = outline ? Number(attr(outline, 'val')) : NaN
  const numPr = children.find((c) => c.local === 'numPr')
  const numId = numPr ? childElements(numPr).find((c) => c.local === 'numId') : undefined
  return {
    ...(Number.isInteger(level) && level >= 0 ? { outlineLevel: level } : {}),
    // A numPr with only a level (no numId) defers to the style's numbering.
    ...(numId ? { numbered: attr(numId, 'val') !== '0' } : {})
  }
}
