/**
 * Shared by the reader tests: the sample article's paragraphs (read from the repository, never
 * copied), XML escaping, a DOCX builder on fflate's `zipSync`, and a way to catch a `CalqueFailure`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { SkippedContentKind } from '@shared/import/skipped-content'
import type { ImportWarning } from '@shared/import/types'
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'
import { sampleEn, sampleRu, sharedDir } from '../../../../helpers/paths'

export const schemaSamplesDir = join(sharedDir, 'schemas/samples')

/** The sample article's paragraphs (blank-line separated in the file). */
export function sampleParagraphs(language: 'ru' | 'en'): string[] {
  return readFileSync(language === 'ru' ? sampleRu : sampleEn, 'utf8')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
}

/** The sample's sentences that end in ". " inside a paragraph, for short realistic cells and segments. */
export function sampleSentences(language: 'ru' | 'en'): string[] {
  return sampleParagraphs(language).flatMap((paragraph) =>
    paragraph.split(/(?<=[.!?])\s+(?=[«"A-ZА-Я])/u)
  )
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** The warning a reader gives for `count` pieces of one kind it left out (typed: no made-up kinds). */
export function skipped(kind: SkippedContentKind, count: number): ImportWarning {
  return { code: 'content-skipped', detail: kind, count }
}

/** The error of the `CalqueFailure` that `run` throws; any other outcome fails the test. */
export function failureOf(run: () => unknown): CalqueError {
  try {
    run()
  } catch (error) {
    if (error instanceof CalqueFailure) return error.error
    throw error
  }
  throw new Error('expected a CalqueFailure, but nothing was thrown')
}

/** Runs `run` and lets only a CalqueFailure through: the property every reader must keep. */
export function onlyCalqueFailures(run: () => unknown): void {
  try {
    run()
  } catch (error) {
    if (!(error instanceof CalqueFailure)) throw error
  }
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`

const PACKAGE_RELS = (
  documentPath: string
): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${documentPath}"/>
</Relationships>`

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`

/** A `word/document.xml` around the given body content. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">
  <w:body>${body}<w:sectPr/></w:body>
</w:document>`
}

/** A `word/styles.xml` with the given `w:style` elements. */
export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">${styles}</w:styles>`
}

export function paragraphStyle(id: string, name: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`
}

/** `<w:p>` with one run of text, optionally styled or numbered. */
export function wp(text: string, options: { style?: string; numId?: number } = {}): string {
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : ''
  const numbering =
    options.numId !== undefined
      ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${options.numId}"/></w:numPr>`
      : ''
  const properties = style || numbering ? `<w:pPr>${style}${numbering}</w:pPr>` : ''
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
}

export interface DocxOptions {
  readonly body: string
  readonly styles?: string
  /** Where `_rels/.rels` says the main part is (default `word/document.xml`). */
  readonly documentPath?: string
  /** Entries added or replaced as they are. */
  readonly extra?: Zippable
  readonly level?: 0 | 6 | 9
}

export function buildDocx(options: DocxOptions): Uint8Array {
  const documentPath = options.documentPath ?? 'word/document.xml'
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1)
  const name = documentPath.slice(folder.length)
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS(documentPath)),
    [documentPath]: strToU8(documentXml(options.body)),
    [`${folder}_rels/${name}.rels`]: strToU8(DOCUMENT_RELS),
    ...(options.styles !== undefined
      ? { [`${folder}styles.xml`]: strToU8(stylesXml(options.styles)) }
      : {}),
    ...options.extra
  }
  return zipSync(files, { level: options.level ?? 6 })
}
