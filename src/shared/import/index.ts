/**
 * `importFile`: the bytes of a file the user chose -> Calque's document model, whatever the format and
 * encoding. Pure (no file system): `src/main/services/import-file.ts` reads the file and calls this.
 *
 * 1. Format, from the content first (ZIP signature -> DOCX; `<xliff>` / `<tmx>` / `<html>` root) and the
 *    extension second; known binary formats (images, PDF, old Word, archives) are refused by name.
 * 2. Encoding (text formats): the user's choice, else a BOM, else the XML / HTML declaration, else
 *    detection; an unsure detection is reported (`encoding-uncertain`).
 * 3. Normalisation (`normalizeText`) and the format's reader; monolingual files are segmented
 *    (`buildDocument`), bilingual ones keep their own segments and pairing.
 * 4. Checks on the result: an empty file, a file with no text, a side that looks like the other
 *    language (`looks-russian`, `looks-english`).
 *
 * Failures are `CalqueFailure`s without `path` or `side` (the caller knows those), except for bilingual
 * files, where `side` says which half is empty.
 */
import { CalqueFailure } from '../domain/errors'
import { normalizeText } from '../text/normalize'
import { bilingualImport, languageWarnings } from './bilingual'
import { markupKind } from './declared-encoding'
import { decodeFile } from './decode-file'
import { formatOfBytes, formatOfText, type TextFormat, type TextHint } from './detect-format'
import { importLimits } from './limits'
import { documentFromBlocks, readTextDocument, type TextDocumentReading } from './monolingual'
import { readDelimited } from './readers/delimited'
import { readDocx } from './readers/docx'
import { DEFAULT_ZIP_LIMITS } from './readers/docx-zip'
import { readHtml } from './readers/html'
import { readTmx } from './readers/tmx'
import type { BlocksResult } from './readers/types'
import { readXliff } from './readers/xliff'
import type {
  EncodingInfo,
  ImportFormat,
  ImportOptions,
  ImportResult,
  ImportWarning
} from './types'

export type { ImportOptions, ImportResult } from './types'
export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits'
export { readTextDocument } from './monolingual'

const DOCX_ENCODING: EncodingInfo = { name: 'utf-8', source: 'declared', confidence: 1 }

/** Formats whose files may declare their encoding, and how. */
const DECLARING: Partial<Record<TextHint, 'xml' | 'html'>> = {
  html: 'html',
  xliff: 'xml',
  tmx: 'xml',
  xml: 'xml'
}

export function importFile(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions
): ImportResult {
  if (bytes.length === 0) throw new CalqueFailure({ code: 'file-empty' })
  const limits = importLimits(options.limits)
  const maxSegments = limits.maxSegments
  const byteFormat = formatOfBytes(bytes, fileName)
  if (byteFormat.kind === 'docx') {
    const docx = readDocx(bytes, {
      ...DEFAULT_ZIP_LIMITS,
      maxTotalBytes: limits.maxUnpackedBytes,
      maxBlocks: maxSegments
    })
    return monolingual('docx', DOCX_ENCODING, [], fromBlocks(docx, options, maxSegments))
  }

  const hint = byteFormat.hint
  const decoded = decodeFile(
    bytes,
    markupKind(bytes) ?? DECLARING[hint] ?? 'text',
    options.encoding
  )
  if (decoded.text.trim() === '') throw new CalqueFailure({ code: 'file-empty' })
  const format: TextFormat = formatOfText(decoded.text, hint)
  // Plain text and Markdown are normalised by their readers, which keep a map back to the file; the
  // structured readers get normalised text (and their blocks and segments are normalised again).
  const text = format === 'txt' || format === 'md' ? decoded.text : normalizeText(decoded.text).text

  switch (format) {
    case 'txt':
    case 'md': {
      const reading = readTextDocument(text, {
        format,
        language: options.language,
        presegmented: options.presegmented ?? false,
        maxSegments,
        ...(options.onSegmenting ? { onSegmenting: options.onSegmenting } : {}),
        ...(options.segmenter ? { segmenter: options.segmenter } : {})
      })
      return monolingual(format, decoded.encoding, decoded.warnings, reading)
    }
    case 'html':
      return monolingual(
        'html',
        decoded.encoding,
        decoded.warnings,
        fromBlocks(readHtml(text, maxSegments), options, maxSegments)
      )
    case 'xliff':
      return withWarnings(
        bilingualImport(
          readXliff(text, maxSegments),
          options.language,
          decoded.encoding,
          maxSegments
        ),
        decoded.warnings
      )
    case 'tmx':
      return withWarnings(
        bilingualImport(
          readTmx(text, options.language, maxSegments),
          options.language,
          decoded.encoding,
          maxSegments
        ),
        decoded.warnings
      )
    case 'csv':
    case 'tsv':
      return withWarnings(
        bilingualImport(
          readDelimited(text, fileName, maxSegments),
          options.language,
          decoded.encoding,
          maxSegments
        ),
        decoded.warnings
      )
  }
}

function fromBlocks(
  result: BlocksResult,
  options: ImportOptions,
  maxSegments: number
): TextDocumentReading {
  const reading = documentFromBlocks(
    result.blocks,
    options.language,
    options.segmenter,
    maxSegments,
    options.onSegmenting
  )
  return { ...reading, warnings: result.warnings }
}

function monolingual(
  format: ImportFormat,
  encoding: EncodingInfo,
  decodingWarnings: readonly ImportWarning[],
  reading: TextDocumentReading
): ImportResult {
  const { document } = reading
  if (document.segments.length === 0) {
    // Plain text with nothing left after normalisation held only invisible characters.
    if (format === 'txt') throw new CalqueFailure({ code: 'file-empty' })
    throw new CalqueFailure({
      code: 'file-no-text',
      format: format === 'md' ? 'Markdown' : format.toUpperCase(),
      detail: format === 'md' ? 'only markup, code or images' : 'no paragraphs with text'
    })
  }
  return {
    kind: 'monolingual',
    format,
    encoding,
    document,
    warnings: [...decodingWarnings, ...reading.warnings, ...languageWarnings(document)]
  }
}

function withWarnings(
  result: ImportResult,
  decodingWarnings: readonly ImportWarning[]
): ImportResult {
  return decodingWarnings.length === 0
    ? result
    : { ...result, warnings: [...decodingWarnings, ...result.warnings] }
}
