/**
 * The one safe way Calque parses XML (XLIFF, TMX, the parts of a DOCX). Built on saxes, which never
 * reads a DTD, never fetches anything and expands only the five predefined entities and character
 * references. On top of that this module refuses outright, before any reader sees an element:
 *
 * - a DOCTYPE with an internal subset (`<!DOCTYPE x [ ... ]>`) or any `<!ENTITY` declaration: that is
 *   where external entities (`SYSTEM "file:///etc/passwd"`) and expansion bombs (billion laughs) live.
 *   A plain `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is allowed and ignored (never fetched);
 * - references to entities that are not predefined (`&nbsp;` in XML): not well-formed without a DTD;
 * - nesting deeper than `maxDepth` and more text than `maxTextChars` (UTF-16 code units).
 *
 * Well-formedness errors become `file-malformed` with the 1-based line and column where the parser
 * noticed the problem (the column counts characters, not UTF-16 units).
 *
 * Memory stays proportional to the largest element a reader asks for, not to the file: the reader's
 * `onOpen` decides which elements to `capture`, and only those are built as small trees (a TMX `tu`, a
 * DOCX `w:p`), handed to `onElement` and dropped.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { CalqueFailure } from '../../domain/errors'

export type XmlFormat = 'XLIFF' | 'TMX' | 'DOCX'

/** The namespace of `xml:lang` and `xml:space`. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace'

export interface XmlAttribute {
  readonly uri: string
  readonly local: string
  readonly value: string
}

/** A start tag: name, attributes and where it begins (the offset of its `<` in the text). */
export interface XmlStart {
  readonly uri: string
  readonly local: string
  readonly attributes: readonly XmlAttribute[]
  readonly offset: number
}

/** A captured element with its content; text and CDATA are plain strings, comments and PIs dropped. */
export interface XmlElement extends XmlStart {
  readonly children: readonly XmlNode[]
}

export type XmlNode = XmlElement | string

export interface XmlLimits {
  readonly maxDepth: number
  readonly maxTextChars: number
}

export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxDepth: 256,
  maxTextChars: 128 * 1024 * 1024
}

export interface XmlParseOptions {
  readonly format: XmlFormat
  /** The file inside a container, e.g. `word/document.xml`: prefixed to error details. */
  readonly part?: string
  /**
   * Called for every start tag outside a captured element, with its open ancestors (outermost first).
   * Return `'capture'` to receive the element, with everything inside it, in `onElement`.
   */
  readonly onOpen?: (element: XmlStart, ancestors: readonly XmlStart[]) => 'capture' | void
  readonly onElement?: (element: XmlElement, ancestors: readonly XmlStart[]) => void
  readonly limits?: Partial<XmlLimits>
}

interface OpenCapture {
  readonly element: XmlElement
  readonly children: XmlNode[]
}

export function parseXml(text: string, options: XmlParseOptions): void {
  const limits = { ...DEFAULT_XML_LIMITS, ...options.limits }
  const parser = new SaxesParser({ xmlns: true, position: true })
  const ancestors: XmlStart[] = []
  /** The open elements of the subtree being captured; empty when nothing is being captured. */
  const captured: OpenCapture[] = []
  let textChars = 0
  let startOffset = 0

  const malformed = (detail: string, at?: { line: number; column: number }): CalqueFailure =>
    new CalqueFailure({
      code: 'file-malformed',
      format: options.format,
      line: at?.line ?? parser.line,
      // saxes' column is 0-based and points past the character it just read: as a 1-based column
      // that is the character where the problem was noticed.
      column: at?.column ?? Math.max(1, parser.column),
      detail: withPart(options.part, detail)
    })

  parser.on('error', (error) => {
    // saxes would carry on after an error; Calque stops at the first one.
    if (ENTITY_DECLARATION.test(text)) throw unsafe(options, 'an <!ENTITY declaration')
    throw malformed(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, ''))
  })
  parser.on('doctype', (doctype) => {
    if (hasInternalSubset(doctype)) throw unsafe(options, 'a DOCTYPE with an internal subset')
  })
  parser.on('opentagstart', (tag) => {
    // The parser has read `<name` and one character after it.
    startOffset = parser.position - tag.name.length - 2
  })
  parser.on('opentag', (tag) => {
    if (ancestors.length >= limits.maxDepth) {
      throw malformed(
        `elements nested deeper than ${limits.maxDepth} levels`,
        locate(text, startOffset)
      )
    }
    const start = toStart(tag, startOffset)
    const parent = captured[captured.length - 1]
    if (parent) {
      const element = withChildren(start)
      parent.children.push(element)
      captured.push({ element, children: element.children as XmlNode[] })
    } else if (options.onOpen?.(start, ancestors) === 'capture') {
      const element = withChildren(start)
      captured.push({ element, children: element.children as XmlNode[] })
    }
    ancestors.push(start)
  })
  parser.on('closetag', () => {
    ancestors.pop()
    const closing = captured.pop()
    if (closing && captured.length === 0) options.onElement?.(closing.element, ancestors)
  })
  const onText = (chunk: string): void => {
    textChars += chunk.length
    if (textChars > limits.maxTextChars) {
      throw new CalqueFailure({
        code: 'file-too-large',
        format: options.format,
        limit: limits.maxTextChars,
        size: textChars,
        detail: withPart(options.part, `more than ${limits.maxTextChars} characters of text`)
      })
    }
    captured[captured.length - 1]?.children.push(chunk)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)

  parser.write(text).close()
}

/** 1-based line and column (in characters) of a UTF-16 offset, for errors about a whole element. */
export function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset))
  const lineStart = before.lastIndexOf('\n') + 1
  let line = 1
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++
  return { line, column: [...before.slice(lineStart)].length + 1 }
}

/** The value of an attribute by local name; `uri` narrows it to one namespace ('' = no namespace). */
export function attr(element: XmlStart, local: string, uri?: string): string | undefined {
  return element.attributes.find((a) => a.local === local && (uri === undefined || a.uri === uri))
    ?.value
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string')
}

/** A failure about a whole element (a duplicate id, a missing attribute), located at its start tag. */
export function elementFailure(
  text: string,
  element: XmlStart,
  format: XmlFormat,
  detail: string
): CalqueFailure {
  return new CalqueFailure({
    code: 'file-malformed',
    format,
    ...locate(text, element.offset),
    detail
  })
}

const ENTITY_DECLARATION = /<!ENTITY\b/

function hasInternalSubset(doctype: string): boolean {
  // Quoted system/public literals may hold a '[' (a file name): look outside them.
  return doctype.replace(/"[^"]*"|'[^']*'/g, '').includes('[') || ENTITY_DECLARATION.test(doctype)
}

function unsafe(options: XmlParseOptions, what: string): CalqueFailure {
  return new CalqueFailure({
    code: 'file-unsafe-xml',
    format: options.format,
    detail: withPart(options.part, what)
  })
}

function withPart(part: string | undefined, detail: string): string {
  return part ? `${part}: ${detail}` : detail
}

/** Most elements of a document have no attributes: they share this empty list. */
const NO_ATTRIBUTES: readonly XmlAttribute[] = []

function toStart(tag: SaxesTagNS, offset: number): XmlStart {
  const attributes: XmlAttribute[] = []
  for (const key in tag.attributes) {
    const { uri, local, value } = tag.attributes[key]!
    attributes.push({ uri, local, value })
  }
  return {
    uri: tag.uri,
    local: tag.local,
    attributes: attributes.length === 0 ? NO_ATTRIBUTES : attributes,
    offset
  }
}

/** The element a start tag opens, with a list for its content (written out: millions are made). */
function withChildren(start: XmlStart): XmlElement {
  return {
    uri: start.uri,
    local: start.local,
    attributes: start.attributes,
    offset: start.offset,
    children: []
  }
}
