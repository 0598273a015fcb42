/**
 * What the format readers hand to `importFile`. Two shapes, because the formats are of two kinds:
 *
 * - Monolingual readers (html, docx; txt and md have their own offset-keeping path) return BLOCKS:
 *   headings, paragraphs and list items in reading order. `importFile` collapses each block's
 *   whitespace, joins blocks with a blank line and segments the result, so a heading or a list item is
 *   always its own paragraph and never glued to the sentence after it.
 * - Bilingual readers (XLIFF, TMX, CSV/TSV) return UNITS that are already paired: each unit's source and
 *   target segments, in order. `importFile` keeps that pairing instead of aligning; a unit whose segment
 *   counts differ becomes one bead of all its source segments with all its target segments.
 *
 * Readers throw `CalqueFailure` (`file-truncated`, `file-malformed`, `file-unsafe-xml`, `file-no-text`,
 * `file-format-unsupported`) without `path` or `side`: the caller adds those.
 */
import type { ImportWarning } from '../types'

export type BlockKind = 'heading' | 'paragraph' | 'list-item'

export interface Block {
  readonly text: string
  readonly kind: BlockKind
}

export interface BlocksResult {
  readonly blocks: readonly Block[]
  readonly warnings: readonly ImportWarning[]
}

export interface Unit {
  /** The unit's id in the file (XLIFF `id`, TMX `tuid`), when it has one. */
  readonly id?: string
  /** The unit's source segments, in order (one string when the unit is not segmented). */
  readonly source: readonly string[]
  /** The unit's target segments, in order; empty when the unit is untranslated. */
  readonly target: readonly string[]
}

export interface UnitsResult {
  readonly format: 'xliff12' | 'xliff2' | 'tmx' | 'csv' | 'tsv'
  /** Languages as the file declares them (`srcLang`/`trgLang`, `xml:lang`, a header), e.g. `ru-RU`. */
  readonly sourceLanguage?: string
  readonly targetLanguage?: string
  readonly units: readonly Unit[]
  readonly warnings: readonly ImportWarning[]
}
