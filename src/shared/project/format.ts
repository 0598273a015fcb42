/**
 * The project folder format (documented in docs/architecture.md, "Project folder"). Pure schemas, so the
 * app, the CLI and tests read projects the same way.
 *
 *   manifest.json   what the project is: the two sides, their original paths, encodings and hashes
 *   source.<ext>    byte-for-byte copy of the source file as it was opened (never modified)
 *   target.<ext>    byte-for-byte copy of the target file
 *   bilingual.<ext> instead of both, for a project made from one XLIFF/TMX/CSV file
 *   alignment.json  segments of both sides and the beads, as computed when the project was made
 *   review.jsonl    append-only review log, one JSON record per line (see src/shared/review/events.ts)
 */
import { z } from 'zod'
import { ENCODINGS, IMPORT_WARNING_CODES } from '../import/types'
import { transliterate } from '../text/transliterate'

export const PROJECT_FORMAT_VERSION = 1
export const MANIFEST_FILE = 'manifest.json'
export const ALIGNMENT_FILE = 'alignment.json'
export const REVIEW_LOG_FILE = 'review.jsonl'

const encodingSchema = z.object({
  name: z.enum(ENCODINGS),
  source: z.enum(['bom', 'detected', 'user', 'declared']),
  confidence: z.number().min(0).max(1)
})

const warningSchema = z.object({
  code: z.enum(IMPORT_WARNING_CODES),
  side: z.enum(['source', 'target']).optional(),
  detail: z.string().optional(),
  count: z.number().int().nonnegative().optional(),
  offset: z.number().int().nonnegative().optional(),
  encoding: z.enum(ENCODINGS).optional()
})

const sideSchema = z.object({
  /** File name of the copy inside the project folder (`bilingual.<ext>` for both sides of a paired file). */
  file: z.string().regex(/^(source|target|bilingual)\.[a-z0-9]{1,8}$/),
  originalPath: z.string(),
  fileName: z.string(),
  language: z.enum(['ru', 'en']),
  format: z.enum(['txt', 'md', 'html', 'docx', 'xliff12', 'xliff2', 'tmx', 'csv', 'tsv']),
  encoding: encodingSchema,
  byteLength: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  warnings: z.array(warningSchema)
})

export const manifestSchema = z.object({
  formatVersion: z.literal(PROJECT_FORMAT_VERSION),
  app: z.literal('calque'),
  id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  name: z.string(),
  createdAt: z.string(),
  /** `aligned`: two files aligned by Calque; `paired`: one bilingual file whose own pairing is kept. */
  pairing: z.enum(['aligned', 'paired']),
  source: sideSchema,
  target: sideSchema
})

export type Manifest = z.infer<typeof manifestSchema>
export type ManifestSide = z.infer<typeof sideSchema>

const segmentSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative()
})

const beadSchema = z.object({
  id: z.string().regex(/^b\d+$/),
  source: z.array(z.number().int().nonnegative()),
  target: z.array(z.number().int().nonnegative()),
  confidence: z.number().min(0).max(1),
  origin: z.enum(['auto', 'manual'])
})

export const alignmentFileSchema = z.object({
  formatVersion: z.literal(PROJECT_FORMAT_VERSION),
  /** Which aligner produced the beads; a later version may offer to realign. */
  aligner: z.string(),
  source: z.object({ segments: z.array(segmentSchema) }),
  target: z.object({ segments: z.array(segmentSchema) }),
  beads: z.array(beadSchema)
})

export type AlignmentFile = z.infer<typeof alignmentFileSchema>

/** `Belarus: USA & ambassadors!` -> `belarus-usa-ambassadors`; Cyrillic is transliterated so ids stay ASCII. */
export function slugify(name: string): string {
  const ascii = transliterate(name)
  const full = ascii
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  // Cut at a word boundary so an id never ends in half a word.
  const cut = full.length <= 60 ? full : full.slice(0, 61).replace(/-[^-]*$/, '')
  const slug = cut.slice(0, 60)
  return slug || 'article'
}
