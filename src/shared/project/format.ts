/**
 * The project folder format (documented in docs/architecture.md, "Project folder"). Pure schemas, so the
 * app, the CLI and tests read projects the same way.
 *
 *   project.json              the project: its articles (in order) and settings (format version 2)
 *   .calque-lock              who has the project open for writing (project-lock.ts)
 *   articles/<id>/            one folder per article pair:
 *     manifest.json           what the article is: the two sides, their original paths, encodings, hashes
 *     source.<ext>            byte-for-byte copy of the source file as it was opened (never modified)
 *     target.<ext>            byte-for-byte copy of the target file
 *     bilingual.<ext>         instead of both, for an article made from one XLIFF/TMX/CSV file
 *     alignment.json          segments of both sides and the beads, as computed when the article was made
 *     review.jsonl            append-only review log (see src/shared/review/events.ts)
 *
 * A folder written by the first format (version 1: one pair, manifest.json at the top) opens as a
 * project whose only article lives in the folder itself (`dir: "."`); opening it adds project.json.
 */
import { z } from 'zod'
import { ENCODINGS, IMPORT_WARNING_CODES } from '../import/types'
import { transliterate } from '../text/transliterate'

/** Version of the article files (manifest.json, alignment.json). */
export const PROJECT_FORMAT_VERSION = 1
/** Version of project.json (version 1 folders have none: one article at the top of the folder). */
export const PROJECT_FILE_VERSION = 2
export const PROJECT_FILE = 'project.json'
export const ARTICLES_DIR = 'articles'
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
  format: z.enum(['txt', 'md', 'html', 'docx', 'xliff12', 'xliff2', 'tmx', 'csv', 'tsv', 'json']),
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

export const alignmentFileSchema = z
  .object({
    formatVersion: z.literal(PROJECT_FORMAT_VERSION),
    /** Which aligner produced the beads; a later version may offer to realign. */
    aligner: z.string(),
    source: z.object({ segments: z.array(segmentSchema) }),
    target: z.object({ segments: z.array(segmentSchema) }),
    beads: z.array(beadSchema)
  })
  .superRefine((file, ctx) => {
    const problem = beadCoverageProblem(
      file.beads,
      file.source.segments.length,
      file.target.segments.length
    )
    if (problem) ctx.addIssue({ code: 'custom', path: ['beads'], message: problem })
  })

/**
 * Rows must cover every segment of each side exactly once, in order, with unique ids: anything else
 * (a hand-edited file pointing at segment 99999, a duplicated id) would put flags on the wrong text.
 */
export function beadCoverageProblem(
  beads: readonly { id: string; source: readonly number[]; target: readonly number[] }[],
  sourceCount: number,
  targetCount: number
): string | null {
  const ids = new Set<string>()
  const next = { source: 0, target: 0 }
  const count = { source: sourceCount, target: targetCount }
  for (const bead of beads) {
    if (ids.has(bead.id)) return `row id ${bead.id} appears twice`
    ids.add(bead.id)
    for (const side of ['source', 'target'] as const) {
      for (const index of bead[side]) {
        if (index >= count[side]) {
          return `row ${bead.id} points at ${side} segment ${index}, but there are only ${count[side]}`
        }
        if (index !== next[side]) {
          return `row ${bead.id} has ${side} segment ${index} where segment ${next[side]} was expected`
        }
        next[side]++
      }
    }
  }
  for (const side of ['source', 'target'] as const) {
    if (next[side] !== count[side]) {
      return `${count[side] - next[side]} ${side} segment(s) belong to no row`
    }
  }
  return null
}

export type AlignmentFile = z.infer<typeof alignmentFileSchema>

const articleEntrySchema = z
  .object({
    /** Unique in the project; also the folder name under articles/ ("." for a migrated version 1 folder). */
    id: z.string().regex(/^[a-z0-9-]{1,80}$/),
    dir: z.union([z.literal('.'), z.string().regex(/^articles\/[a-z0-9-]{1,80}$/)]),
    name: z.string(),
    addedAt: z.string()
  })
  .strict()

const settingsFields = {
  /** Typology profile id (resources/typology/<id>.json or one of the user's). */
  typology: z.string().regex(/^[a-z0-9-]{1,60}$/),
  /** Automatic checks switched off for this project. */
  disabledChecks: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).max(200),
  /** A glossary (CSV or TBX) for the terminology check: a path relative to the project folder, or absolute. */
  glossary: z.string().max(4096).nullable(),
  /** Recorded as the author of this project's review events (else the system user name). */
  reviewer: z.string().max(200).nullable(),
  /** Scoring profile id for the dashboard. */
  scoringProfile: z.string().regex(/^[a-z0-9-]{1,60}$/)
}

export const projectSettingsSchema = z
  .object({
    typology: settingsFields.typology.default('mqm-core'),
    disabledChecks: settingsFields.disabledChecks.default([]),
    glossary: settingsFields.glossary.default(null),
    reviewer: settingsFields.reviewer.default(null),
    scoringProfile: settingsFields.scoringProfile.default('mqm-core')
  })
  .strict()

/** A change to some settings (no defaults: a field left out is left as it is). */
export const projectSettingsPatchSchema = z.object(settingsFields).partial().strict()

export const projectFileSchema = z
  .object({
    formatVersion: z.literal(PROJECT_FILE_VERSION),
    app: z.literal('calque'),
    id: z.string().regex(/^[a-z0-9-]{1,80}$/),
    name: z.string(),
    createdAt: z.string(),
    articles: z.array(articleEntrySchema).max(10_000),
    settings: projectSettingsSchema
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>()
    for (const article of file.articles) {
      if (ids.has(article.id))
        ctx.addIssue({ code: 'custom', message: `article ${article.id} appears twice` })
      ids.add(article.id)
    }
  })

export type ProjectFile = z.output<typeof projectFileSchema>
export type ArticleEntry = z.output<typeof articleEntrySchema>
export type ProjectSettings = z.output<typeof projectSettingsSchema>

export const DEFAULT_PROJECT_SETTINGS: ProjectSettings = projectSettingsSchema.parse({})

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
