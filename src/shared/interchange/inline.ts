/**
 * The inline content of an XLIFF `<source>`/`<target>` as plain text plus the marks in it, each with
 * `[start, end)` in that text (UTF-16 units, as flag spans are). Paired annotations (`<mrk>`, and in
 * 1.2 `<g>`, in 2.x `<pc>`) keep their text; XLIFF 2 `<sm/>`…`<em/>` pairs are matched by `startRef`
 * (an `<sm>` whose `<em>` is not in this container runs to its end). Codes that stand for native
 * markup give their text equivalent (`equiv-text` / `equiv`) or nothing, as the text-only import does.
 *
 * Outside `xml:space="preserve"` leading and trailing XML white space is dropped (pretty-printed
 * files) and the marks shift with it; inside it, the text is taken as it is.
 */
import { attr, type XmlElement } from '../import/readers/xml'

export type XliffVersion = 'xliff12' | 'xliff2'

export interface InlineMark {
  readonly element: XmlElement
  readonly id: string | undefined
  readonly start: number
  readonly end: number
}

export interface InlineContent {
  readonly text: string
  readonly marks: readonly InlineMark[]
}

const CODES: Record<XliffVersion, ReadonlySet<string>> = {
  xliff12: new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'sub']),
  xliff2: new Set(['ph', 'sc', 'ec', 'cp'])
}
const EQUIV: Record<XliffVersion, string> = { xliff12: 'equiv-text', xliff2: 'equiv' }

export function readInline(
  container: XmlElement,
  version: XliffVersion,
  preserveSpace: boolean
): InlineContent {
  let text = ''
  const marks: { element: XmlElement; id: string | undefined; start: number; end: number }[] = []
  const openMarkers = new Map<string, { element: XmlElement; start: number }>()
  const visit = (element: XmlElement): void => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        text += child
        continue
      }
      if (child.local === 'mrk') {
        const start = text.length
        visit(child)
        marks.push({
          element: child,
          id: attr(child, 'id') ?? attr(child, 'mid'),
          start,
          end: text.length
        })
      } else if (version === 'xliff2' && child.local === 'sm') {
        const id = attr(child, 'id')
        if (id !== undefined) openMarkers.set(id, { element: child, start: text.length })
      } else if (version === 'xliff2' && child.local === 'em') {
        const ref = attr(child, 'startRef')
        const open = ref === undefined ? undefined : openMarkers.get(ref)
        if (open) {
          openMarkers.delete(ref!)
          marks.push({ element: open.element, id: ref, start: open.start, end: text.length })
        }
      } else if (version === 'xliff2' && child.local === 'cp') {
        const code = Number.parseInt(attr(child, 'hex') ?? '', 16)
        text +=
          Number.isFinite(code) && code >= 0 && code <= 0x10ffff
            ? String.fromCodePoint(code)
            : '\uFFFD'
      } else if (CODES[version].has(child.local)) {
        text += attr(child, EQUIV[version]) ?? ''
      } else {
        visit(child) // 1.2 <g>, 2.x <pc>: content kept
      }
    }
  }
  visit(container)
  for (const [id, open] of openMarkers) {
    marks.push({ element: open.element, id, start: open.start, end: text.length })
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  return preserveSpace ? { text, marks } : trimmed(text, marks)
}

function trimmed(text: string, marks: readonly InlineMark[]): InlineContent {
  let start = 0
  let end = text.length
  while (start < end && isXmlSpace(text.charCodeAt(start))) start++
  while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--
  if (start === 0 && end === text.length) return { text, marks }
  const clamp = (at: number): number => Math.min(end, Math.max(start, at)) - start
  return {
    text: text.slice(start, end),
    marks: marks.map((mark) => ({ ...mark, start: clamp(mark.start), end: clamp(mark.end) }))
  }
}

const isXmlSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
