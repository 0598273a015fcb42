/** Test helper: a whole XML document as a tree, read with the app's own safe XML reader. */
import { childElements, parseXml, type XmlElement } from '@shared/import/readers/xml'

export function xmlTree(text: string): XmlElement {
  let root: XmlElement | undefined
  parseXml(text, {
    format: 'XLIFF',
    onOpen: (_element, ancestors) => (ancestors.length === 0 ? 'capture' : undefined),
    onElement: (element) => (root = element)
  })
  if (!root) throw new Error('no root')
  return root
}

/** Every descendant element with this local name, in document order. */
export function all(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = []
  const visit = (e: XmlElement): void => {
    for (const child of childElements(e)) {
      if (child.local === local) found.push(child)
      visit(child)
    }
  }
  visit(element)
  return found
}

export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}

export function attrOf(element: XmlElement, local: string, uri?: string): string | undefined {
  return element.attributes.find((a) => a.local === local && (uri === undefined || a.uri === uri))
    ?.value
}
