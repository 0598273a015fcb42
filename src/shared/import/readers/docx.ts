/**
 * DOCX -> blocks: the body's paragraphs in reading order, headings and list items marked.
 *
 * The package: the main part is found through `_rels/.rels` (falling back to `word/document.xml`) and
 * its styles through the part's own relationships (falling back to `word/styles.xml`); nothing else is
 * unpacked. A ZIP that holds no Word document is refused with what it seems to be instead (an .odt, an
 * .xlsx, …). Size and zip-bomb guards live in `docx-zip.ts`; XML safety in `xml.ts`.
 *
 * Paragraphs (`w:p`, wherever they are in the body, content controls and table cells included: a
 * table in a news article is content to review, so each cell paragraph is a block):
 * - text is `w:t` (whitespace at its ends kept only under `xml:space="preserve"`, as Word does), in
 *   runs, hyperlinks, fields' results, tracked insertions, content controls and smart tags;
 * - `w:tab`, `w:ptab`, `w:br` (page and column breaks too) and `w:cr` are a space; `w:noBreakHyphen` is
 *   '-'; `w:softHyphen` and `w:sym` (a symbol-font glyph) give nothing;
 * - not text: tracked deletions (`w:del`, `w:moveFrom`), field instructions (`w:instrText`),
 *   hidden runs (`w:vanish`), the fallback branch of `mc:AlternateContent`;
 * - left out and counted in `content-skipped` warnings (one per kind): text boxes and other drawings' text,
 *   equations, footnotes, endnotes and comments (their references are counted; their parts are
 *   never unpacked), hidden text. Page headers and footers are never read and not reported: they are
 *   page furniture, not the article;
 * - whitespace is collapsed, ends trimmed, empty paragraphs dropped.
 * - Kind: 'heading' by style (see `docx-styles.ts`) or by an outline level 0–8 on the paragraph;
 *   'list-item' by numbering (`w:numPr`) on the paragraph or its style; a numbered heading is a heading.
 */
import { CalqueFailure } from '../../domain/errors'
import { tooManySegments } from '../limits'
import { SkippedContent, type SkippedContentKind } from '../skipped-content'
import { DocxStyles, paragraphFacts } from './docx-styles'
import {
  DEFAULT_ZIP_LIMITS,
  extractEntries,
  readZipDirectory,
  type ZipEntry,
  type ZipLimits
} from './docx-zip'
import type { Block, BlockKind, BlocksResult } from './types'
import { trimXmlSpace } from './xml-units'
import { attr, childElements, parseXml, XML_NS, type XmlElement, type XmlStart } from './xml'

const FORMAT = 'DOCX'
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** Elements inside a paragraph that hold no reviewable text and are not reported. */
const NOT_TEXT = new Set(
  (
    'pPr rPr del moveFrom delText instrText delInstrText fldData sym softHyphen sdtPr sdtEndPr ' +
    'customXmlPr smartTagPr'
  ).split(' ')
)
const SPACES = new Set(['tab', 'ptab', 'br', 'cr'])
/** Left out but reported: what the reader saw and why the reviewer does not. */
const REPORTED: ReadonlyMap<string, SkippedContentKind> = new Map([
  ['footnoteReference', 'footnote'],
  ['endnoteReference', 'footnote'],
  ['commentReference', 'comment']
])
const DRAWINGS = new Set(['drawing', 'pict', 'object', 'AlternateContent'])
const EQUATIONS = new Set(['oMath', 'oMathPara'])

/** The ZIP limits, and how many blocks (paragraphs with text) the document may hold. */
export type DocxLimits = ZipLimits & { readonly maxBlocks?: number }

export function readDocx(bytes: Uint8Array, limits: DocxLimits = DEFAULT_ZIP_LIMITS): BlocksResult {
  const maxBlocks = limits.maxBlocks ?? Infinity
  const entries = readZipDirectory(bytes)
  const unpack = budgetedUnpacker(bytes, limits)

  const mainName = officeDocumentPart(entries, unpack) ?? 'word/document.xml'
  const main = entries.get(mainName.toLowerCase())
  if (!main) throw unsupported(describePackage(entries, unpack))

  const stylesName = stylesPart(mainName, entries, unpack)
  const styleEntry = stylesName ? entries.get(stylesName.toLowerCase()) : undefined
  const [documentXml, stylesXml] = unpack(styleEntry ? [main, styleEntry] : [main])
  const styles =
    stylesXml !== undefined && styleEntry
      ? DocxStyles.parse(decodePart(stylesXml, styleEntry.name), styleEntry.name)
      : DocxStyles.none()

  const blocks: Block[] = []
  const skipped = new SkippedContent()
  parseXml(decodePart(documentXml!, main.name), {
    format: 'DOCX',
    part: main.name,
    onOpen: (element, ancestors) => {
      if (ancestors.length === 0) {
        if (element.local !== 'document') {
          throw unsupported(`${main.name} holds <${element.local}>, not a Word document`)
        }
        return
      }
      const inFallback = ancestors.some(
        (a) => a.local === 'Fallback' && a.uri === MARKUP_COMPATIBILITY
      )
      return element.local === 'p' && !inFallback ? 'capture' : undefined
    },
    onElement: (paragraph, ancestors) => {
      const block = readParagraph(paragraph, preservesSpace(ancestors), styles, skipped)
      if (!block) return
      blocks.push(block)
      // Every block holds at least one segment: past the limit the document is refused, unread.
      if (blocks.length > maxBlocks) throw tooManySegments(maxBlocks)
    }
  })

  if (blocks.length === 0) {
    throw new CalqueFailure({
      code: 'file-no-text',
      format: FORMAT,
      detail: 'the document has no paragraphs with text'
    })
  }
  return { blocks, warnings: skipped.warnings() }
}

type Unpacker = (entries: readonly ZipEntry[]) => Uint8Array[]

/** Every part unpacked from one archive draws on the same size budget. */
function budgetedUnpacker(bytes: Uint8Array, limits: ZipLimits): Unpacker {
  let used = 0
  return (entries) => {
    const parts = extractEntries(bytes, entries, limits, used)
    used += parts.reduce((sum, part) => sum + part.length, 0)
    return parts
  }
}

function readParagraph(
  paragraph: XmlElement,
  preserveSpace: boolean,
  styles: DocxStyles,
  skipped: SkippedContent
): Block | undefined {
  const sink = { text: '', skipped }
  collectText(paragraph, preserveSpace, sink)
  const text = sink.text.replace(/[ \t\r\n]+/g, ' ').trim()
  if (text === '') return undefined
  return { text, kind: paragraphKind(paragraph, styles) }
}

interface TextSink {
  text: string
  readonly skipped: SkippedContent
}

function collectText(element: XmlElement, preserveSpace: boolean, sink: TextSink): void {
  for (const child of childElements(element)) {
    const name = child.local
    const preserve = spaceOf(child) ?? preserveSpace
    if (name === 't') {
      const text = child.children.filter((c) => typeof c === 'string').join('')
      sink.text += preserve ? text : trimXmlSpace(text)
    } else if (SPACES.has(name)) sink.text += ' '
    else if (name === 'noBreakHyphen') sink.text += '-'
    else if (NOT_TEXT.has(name)) continue
    else if (REPORTED.has(name)) sink.skipped.add(REPORTED.get(name)!)
    else if (DRAWINGS.has(name)) {
      if (containsText(child)) sink.skipped.add('textbox')
    } else if (EQUATIONS.has(name)) sink.skipped.add('equation')
    else if (name === 'r' && isHidden(child)) {
      if (containsText(child)) sink.skipped.add('hidden')
    } else collectText(child, preserve, sink)
  }
}

function paragraphKind(paragraph: XmlElement, styles: DocxStyles): BlockKind {
  const pPr = childElements(paragraph).find((c) => c.local === 'pPr')
  if (!pPr) return 'paragraph'
  const styleElement = childElements(pPr).find((c) => c.local === 'pStyle')
  const styleId = styleElement ? attr(styleElement, 'val') : undefined
  const facts = paragraphFacts(pPr)
  const outlined = facts.outlineLevel !== undefined && facts.outlineLevel <= 8
  if (outlined || (styleId !== undefined && styles.isHeading(styleId))) return 'heading'
  const numbered = facts.numbered ?? (styleId !== undefined && styles.isList(styleId))
  return numbered ? 'list-item' : 'paragraph'
}

/** `w:vanish` in the run's properties, unless switched off (`w:val="false"`/"0"/"off"). */
function isHidden(run: XmlElement): boolean {
  const rPr = childElements(run).find((c) => c.local === 'rPr')
  const vanish = rPr ? childElements(rPr).find((c) => c.local === 'vanish') : undefined
  if (!vanish) return false
  const value = attr(vanish, 'val')
  return value === undefined || !/^(false|0|off)$/i.test(value)
}

/** Any `w:t` with non-whitespace text inside (e.g. a text box in a drawing). */
function containsText(element: XmlElement): boolean {
  return childElements(element).some(
    (child) =>
      (child.local === 't' && child.children.some((c) => typeof c === 'string' && /\S/.test(c))) ||
      containsText(child)
  )
}

function spaceOf(element: XmlStart): boolean | undefined {
  const value = attr(element, 'space', XML_NS)
  return value === undefined ? undefined : value === 'preserve'
}

function preservesSpace(ancestors: readonly XmlStart[]): boolean {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const preserve = spaceOf(ancestors[i]!)
    if (preserve !== undefined) return preserve
  }
  return false
}

/** The package's main part, as `_rels/.rels` names it. */
function officeDocumentPart(entries: Map<string, ZipEntry>, unpack: Unpacker): string | undefined {
  const target = relationshipTarget(entries, unpack, '_rels/.rels', '', '/officeDocument')
  return target !== undefined && entries.has(target.toLowerCase()) ? target : undefined
}

function stylesPart(
  mainName: string,
  entries: Map<string, ZipEntry>,
  unpack: Unpacker
): string | undefined {
  const slash = mainName.lastIndexOf('/')
  const folder = mainName.slice(0, slash + 1)
  const relsName = `${folder}_rels/${mainName.slice(slash + 1)}.rels`
  const target = relationshipTarget(entries, unpack, relsName, folder, '/styles')
  const name = target ?? `${folder}styles.xml`
  return entries.has(name.toLowerCase()) ? name : undefined
}

/** The part an internal relationship of the given type points to, resolved against `folder`. */
function relationshipTarget(
  entries: Map<string, ZipEntry>,
  unpack: Unpacker,
  relsName: string,
  folder: string,
  typeSuffix: string
): string | undefined {
  const rels = entries.get(relsName.toLowerCase())
  if (!rels) return undefined
  let target: string | undefined
  parseXml(decodePart(unpack([rels])[0]!, rels.name), {
    format: 'DOCX',
    part: rels.name,
    onOpen: (element) => {
      if (
        target === undefined &&
        element.local === 'Relationship' &&
        attr(element, 'Type')?.endsWith(typeSuffix) &&
        attr(element, 'TargetMode') !== 'External'
      ) {
        target = attr(element, 'Target')
      }
    }
  })
  return target === undefined ? undefined : resolvePart(folder, target)
}

/** OPC targets are URIs relative to the source part's folder, or absolute from the package root. */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target
  const resolved: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '..') resolved.pop()
    else if (segment !== '.' && segment !== '') resolved.push(segment)
  }
  return resolved.map(decodeSegment).join('/')
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** What a ZIP without a Word document is, for the message. */
function describePackage(entries: Map<string, ZipEntry>, unpack: Unpacker): string {
  const mimetype = entries.get('mimetype')
  if (mimetype && mimetype.size < 200) {
    const type = new TextDecoder().decode(unpack([mimetype])[0]).trim()
    if (type === 'application/vnd.oasis.opendocument.text') return 'an OpenDocument text (.odt)'
    if (type === 'application/epub+zip') return 'an EPUB book'
    if (type.startsWith('application/vnd.oasis.opendocument'))
      return `an OpenDocument file (${type})`
  }
  if (entries.has('xl/workbook.xml')) return 'an Excel workbook (.xlsx)'
  if (entries.has('ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx)'
  return 'a ZIP archive without word/document.xml'
}

/** Parts are UTF-8, or UTF-16 with a byte-order mark (both allowed by OPC). */
function decodePart(bytes: Uint8Array, name: string): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8'
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    throw new CalqueFailure({
      code: 'file-damaged',
      format: FORMAT,
      detail: `${name} is not valid ${encoding.toUpperCase()}`
    })
  }
}

function unsupported(detail: string): CalqueFailure {
  return new CalqueFailure({ code: 'file-format-unsupported', format: FORMAT, detail })
}
