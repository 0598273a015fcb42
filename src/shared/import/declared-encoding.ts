/**
 * The encoding a file names itself: the XML declaration (`<?xml version="1.0" encoding="windows-1251"?>`)
 * or an HTML `<meta charset>`. Read from the first bytes as ASCII, which all candidate encodings but
 * UTF-16 share (UTF-16 files carry a BOM, or are recognised by their byte pattern).
 */
import { ENCODINGS, type EncodingName } from './types'

const XML_DECLARATION = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/
const HTML_CHARSET = /<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i

/** Bytes of the file's start searched for a declaration (HTML allows the meta tag in the first 1024). */
const DECLARATION_BYTES = 2048

export interface DeclaredEncoding {
  /** The label as the file writes it. */
  readonly label: string
  /** The encoding Calque reads it as, or null when Calque does not read that encoding. */
  readonly name: EncodingName | null
}

export function declaredEncoding(bytes: Uint8Array, kind: 'xml' | 'html'): DeclaredEncoding | null {
  const head = asciiHead(bytes)
  const match = (kind === 'xml' ? XML_DECLARATION : HTML_CHARSET).exec(head)
  if (!match) return null
  const label = match[1]!
  return { label, name: encodingOfLabel(label) }
}

/**
 * A label -> the encoding it names, with the WHATWG label table TextDecoder implements (`cp1251`,
 * `koi8`, `cp866`, `iso_8859-5`, `utf8` ...). ASCII is read as UTF-8, of which it is a subset (WHATWG
 * maps it to windows-1252, which Calque does not offer).
 */
export function encodingOfLabel(label: string): EncodingName | null {
  const lower = label.trim().toLowerCase()
  if (lower === 'ascii' || lower === 'us-ascii') return 'utf-8'
  let canonical: string
  try {
    canonical = new TextDecoder(lower).encoding
  } catch {
    return null
  }
  return (ENCODINGS as readonly string[]).includes(canonical) ? (canonical as EncodingName) : null
}

/**
 * Whether the bytes start like XML or a web page, whatever the file is called: then its declaration
 * is looked for. (Read as ASCII: UTF-16 files have a BOM or are detected by their byte pattern.)
 */
export function markupKind(bytes: Uint8Array): 'xml' | 'html' | null {
  const head = asciiHead(bytes.subarray(0, 512)).replace(/^\ufffd*/, '')
  if (/^\s*<\?xml[\s?]/.test(head)) return 'xml'
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(head)) return 'html'
  return null
}

function asciiHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, DECLARATION_BYTES)
  let text = ''
  for (const byte of head) text += byte < 0x80 ? String.fromCharCode(byte) : '\ufffd'
  return text
}
