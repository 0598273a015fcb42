/**
 * What every reader returns. Monolingual files (txt, md, html, docx) become one `TextDocument` per side
 * and are aligned; bilingual files (XLIFF, TMX, CSV/TSV) arrive already paired and keep their pairing.
 */
import type { TextDocument } from '../domain/document'
import type { Segmenter } from '../segment/segmenter'
import type { ImportLimits } from './limits'

/** Encodings Calque detects and lets the user choose (WHATWG labels, understood by `TextDecoder`). */
export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'ibm866',
  'iso-8859-5'
] as const
export type EncodingName = (typeof ENCODINGS)[number]

export type ImportFormat =
  'txt' | 'md' | 'html' | 'docx' | 'xliff12' | 'xliff2' | 'tmx' | 'csv' | 'tsv' | 'json'

/** How the encoding was decided: a byte-order mark, the detector, the user, or the format (DOCX/XML). */
export type EncodingSource = 'bom' | 'detected' | 'user' | 'declared'

export interface EncodingInfo {
  readonly name: EncodingName
  readonly source: EncodingSource
  /** 0..1: how sure the detector is (1 for a BOM, a declaration or the user's choice). */
  readonly confidence: number
}

/** Every warning an import can carry (the project manifest stores them; see `ImportWarning`). */
export const IMPORT_WARNING_CODES = [
  /** The side that should be English looks Russian, or the reverse (sides swapped, or untranslated). */
  'looks-russian',
  'looks-english',
  /** The detector was unsure between encodings: the user should check the text. */
  'encoding-uncertain',
  /** UTF-8 with `count` ill-formed byte sequences (shown as U+FFFD), the first at byte `offset`. */
  'encoding-damaged',
  /**
   * UTF-8 with `count` lines in a single-byte codepage (`encoding`), the first at byte `offset`: each
   * part was read in its own encoding.
   */
  'encoding-mixed',
  /** The file declares the encoding `detail` (as written), but its bytes say `encoding`. */
  'encoding-overruled',
  /** A bilingual file had units with an empty target (untranslated). */
  'empty-targets',
  /** Something in the file was skipped (e.g. DOCX tables, HTML navigation); `detail` says what. */
  'content-skipped',
  /**
   * A bilingual file declares languages other than Russian and English (`detail`: `de-DE → fr-FR`):
   * its sides were told apart by their text.
   */
  'languages-unexpected',
  /** A bilingual file written from English into Russian, turned round so Russian is the source. */
  'sides-reversed'
] as const

export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number]

export interface ImportWarning {
  readonly code: ImportWarningCode
  readonly side?: 'source' | 'target'
  readonly detail?: string
  readonly count?: number
  /** A byte offset in the file, where the warning is about a place in it. */
  readonly offset?: number
  /** The encoding a warning about encodings names (what the file, or part of it, was read as). */
  readonly encoding?: EncodingName
}

export interface MonolingualImport {
  readonly kind: 'monolingual'
  readonly format: ImportFormat
  readonly encoding: EncodingInfo
  readonly document: TextDocument
  readonly warnings: readonly ImportWarning[]
}

/** Pairs are index lists into the two documents' segments, in order, like beads without ids. */
export interface BilingualImport {
  readonly kind: 'bilingual'
  readonly format: ImportFormat
  readonly encoding: EncodingInfo
  readonly source: TextDocument
  readonly target: TextDocument
  readonly pairs: readonly {
    readonly source: readonly number[]
    readonly target: readonly number[]
  }[]
  readonly warnings: readonly ImportWarning[]
}

export type ImportResult = MonolingualImport | BilingualImport

export interface ImportOptions {
  /** Language of the text (for a bilingual file: of its source side; the target is the other). */
  readonly language: 'ru' | 'en'
  /** The user's choice; otherwise detected. */
  readonly encoding?: EncodingName
  /** One segment per line, exactly as given (txt only). */
  readonly presegmented?: boolean
  /** Sentence rules the user extended (`createSegmenter`); the built-in rules of `language` otherwise. */
  readonly segmenter?: Segmenter
  /** Limits on what one file may hold (`DEFAULT_IMPORT_LIMITS` for what is not given). */
  readonly limits?: Partial<ImportLimits>
  /** Called now and then while the text is split into sentences, with the share done (0..1). */
  readonly onSegmenting?: (fraction: number) => void
}
