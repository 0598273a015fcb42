/**
 * Which reader a file goes to, from its content first and its extension second: a `.txt` that is really
 * a web page is read as HTML, a `.doc` that is really a DOCX as DOCX; files in formats Calque does not
 * read (images, PDFs, spreadsheets, old Word documents, archives) are refused by their signature with
 * the name of what they are, before any attempt to decode them as text.
 */
import { CalqueFailure } from '../domain/errors'

/** How to read the bytes: DOCX (a ZIP), or text to decode first and then parse as `text`. */
export type ByteFormat =
  { readonly kind: 'docx' } | { readonly kind: 'text'; readonly hint: TextHint }

/** What the extension suggests for a text file; the content may overrule it (`formatOfText`). */
export type TextHint = 'txt' | 'md' | 'html' | 'xliff' | 'tmx' | 'xml' | 'csv' | 'tsv'

/** Formats that come from decoded text; XLIFF's version is settled by its reader. */
export type TextFormat = 'txt' | 'md' | 'html' | 'xliff' | 'tmx' | 'csv' | 'tsv'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]

/** Signatures of files people pick by mistake, with what to call them. */
const SIGNATURES: readonly { readonly magic: readonly number[]; readonly name: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    name: 'Word 97-2003 (.doc) or other OLE document'
  },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'RTF document' },
  { magic: [0x1f, 0x8b], name: 'gzip archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'RAR archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], name: 'executable' }
]

/**
 * Entry names (or their folders) inside a ZIP that say what it is, in this order. A DOCX's main part is
 * usually `word/document.xml` but may have another name; it is always in `word/`.
 */
const ZIP_KINDS: readonly { readonly entry: string; readonly name: string }[] = [
  { entry: 'word/', name: 'DOCX' },
  { entry: 'xl/', name: 'Excel workbook (.xlsx)' },
  { entry: 'ppt/', name: 'PowerPoint presentation (.pptx)' },
  { entry: 'META-INF/container.xml', name: 'EPUB book' },
  { entry: 'content.xml', name: 'OpenDocument file (.odt, .ods)' }
]

const EXTENSION_HINTS: Readonly<Record<string, TextHint>> = {
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
  mxliff: 'xliff',
  tmx: 'tmx',
  xml: 'xml',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv'
}

export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/**
 * @throws CalqueFailure `file-format-unsupported` (`format`: what the file is) for a known binary
 * format other than DOCX.
 */
export function formatOfBytes(bytes: Uint8Array, fileName: string): ByteFormat {
  const extension = extensionOf(fileName)
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const kind = ZIP_KINDS.find(({ entry }) => containsAscii(bytes, entry))
    // A .docx whose directory is cut off still goes to the DOCX reader, which says it is truncated.
    if (kind?.name === 'DOCX' || (!kind && extension === 'docx')) return { kind: 'docx' }
    throw unsupported(kind?.name ?? 'ZIP archive', extension)
  }
  const signature = SIGNATURES.find(({ magic }) => startsWith(bytes, magic))
  if (signature) throw unsupported(signature.name, extension)
  if (extension === 'docx') {
    // Not a ZIP: a DOCX cut short before its first entry, or a text file with the wrong name. Text is
    // read as text (Word also saves web pages and plain text under any name); anything else is refused.
    return { kind: 'text', hint: 'txt' }
  }
  return { kind: 'text', hint: EXTENSION_HINTS[extension] ?? 'txt' }
}

function unsupported(name: string, extension: string): CalqueFailure {
  return new CalqueFailure({
    code: 'file-format-unsupported',
    format: name,
    detail: extension ? `a ${name}, named .${extension}` : `a ${name}`
  })
}

/**
 * The format of decoded text: markup recognised by its root element overrules the extension (an XLIFF
 * saved as `.xml`, a web page saved as `.txt`); otherwise the extension decides.
 *
 * @throws CalqueFailure `file-format-unsupported` for XML whose root Calque does not read.
 */
export function formatOfText(text: string, hint: TextHint): TextFormat {
  const head = text.slice(0, HEAD_CHARACTERS)
  const root = rootElement(head)
  if (root === 'xliff') return 'xliff'
  if (root === 'tmx') return 'tmx'
  if (root === 'html' || /^\s*<!doctype\s+html[\s>]/i.test(head)) return 'html'
  // An .xlf or .tmx with another root, or no XML at all: its reader says what is wrong with it.
  if (hint === 'xliff' || hint === 'tmx') return hint
  const declaredXml = /^\s*<\?xml[\s?]/.test(head)
  if (hint === 'xml' || declaredXml) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'XML',
      detail: root
        ? `XML with the root element <${root}>, not XLIFF or TMX`
        : 'XML that is not XLIFF or TMX'
    })
  }
  return hint
}

/** Characters of the text's start searched for the root element. */
const HEAD_CHARACTERS = 65536

/**
 * Local name (lower case) of the first element of markup-looking text, after the XML declaration,
 * processing instructions, comments and a DOCTYPE; null when the text does not start with markup.
 */
export function rootElement(head: string): string | null {
  let rest = head.replace(/^\ufeff/, '')
  for (;;) {
    rest = rest.trimStart()
    if (rest.startsWith('<?')) rest = rest.slice(endOf(rest, '?>'))
    else if (rest.startsWith('<!--')) rest = rest.slice(endOf(rest, '-->'))
    else if (/^<!doctype/i.test(rest)) rest = rest.slice(endOfDoctype(rest))
    else break
    if (rest === '') return null
  }
  const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(rest)
  return match ? match[2]!.toLowerCase() : null
}

function endOf(text: string, terminator: string): number {
  const at = text.indexOf(terminator)
  return at === -1 ? text.length : at + terminator.length
}

/** End of `<!DOCTYPE …>`, including an internal subset in brackets. */
function endOfDoctype(text: string): number {
  const bracket = text.indexOf('[')
  const close = text.indexOf('>')
  if (bracket !== -1 && (close === -1 || bracket < close)) {
    const subsetEnd = text.indexOf(']', bracket)
    return subsetEnd === -1 ? text.length : endOf(text.slice(subsetEnd), '>') + subsetEnd
  }
  return close === -1 ? text.length : close + 1
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte)
}

/** Whether the bytes contain `needle` (ASCII): ZIP entry names are stored uncompressed. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0)
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    let k = 1
    while (k < needle.length && bytes[i + k] === needle.charCodeAt(k)) k++
    if (k === needle.length) return true
  }
  return false
}
