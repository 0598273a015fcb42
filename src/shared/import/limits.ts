/**
 * How much one imported file may hold. A news article is a few hundred sentences; these limits sit far
 * above any article (and above most books) and far below what exhausts memory, so a hostile or wrong
 * file is refused early, with a sentence that says which limit it passed, instead of running for
 * minutes and dying. The file-size limit (50 MB) lives in `src/main/services/import-file.ts`.
 */
import { CalqueFailure } from '../domain/errors'

export interface ImportLimits {
  /** Segments (sentences, headings, list items; units' segments) one side may hold. */
  readonly maxSegments: number
  /** Bytes a DOCX may unpack to (its document, styles and relationships together). */
  readonly maxUnpackedBytes: number
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  // Ten times a long novel; aligning two sides this size takes seconds, reviewing them years.
  maxSegments: 250_000,
  // A news article's document.xml is well under 1 MB; a 500-page book's about 20 MB.
  maxUnpackedBytes: 64 * 1024 * 1024
}

export function importLimits(given?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...given }
}

/** `too-many-segments`, the limit in `detail` (a count, which `limit` cannot carry: it is in bytes). */
export function tooManySegments(limit: number): CalqueFailure {
  return new CalqueFailure({ code: 'too-many-segments', detail: String(limit) })
}
