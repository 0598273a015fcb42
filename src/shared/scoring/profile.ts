/**
 * Scoring profiles as data: which severities weigh what, which category rules override them, how the
 * penalty becomes a score, which way is better, and when a text passes. Built-in profiles live in
 * `resources/scoring/*.json`; a user profile is the same JSON (copied from a built-in one and edited),
 * validated by `scoringProfileSchema`.
 *
 * Two fields decide the formula (docs/architecture.md, "Scoring"):
 * - `formula: quality-score` -> 100 x (1 - penalty / words); `penalty-points` -> the penalty itself.
 * - `normalisation: per-words` pools a unit (article, document, system): penalty and words are summed
 *   over its segments, and `penalty-points` are given per `unit` words; `per-segment-mean` scores each
 *   segment on its own and averages the segment scores.
 * MQM Core = quality-score + per-words (source, 1000); Unbabel WMT21 = quality-score +
 * per-segment-mean (target); Google WMT = penalty-points + per-segment-mean.
 */
import { z } from 'zod'
import { RE2JS } from 're2js'

export const SCORING_PROFILE_FORMAT_VERSION = 1

const labels = z.object({ en: z.string().min(1).max(200), ru: z.string().min(1).max(200) }).strict()
const weight = z.number().finite().min(-1000).max(1000)
/** Lower-case severity names; imported data brings its own (`trivial`), so this is not an enum. */
const severityId = z.string().regex(/^[a-z][a-z0-9 _-]{0,39}$/, 'severity ids are lower-case words')
const wordBasis = z.enum(['source', 'target'])

export const scoringProfileSchema = z
  .object({
    formatVersion: z.literal(SCORING_PROFILE_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'profile ids are lower-case letters, digits and -'),
    label: labels,
    description: z.string().max(5000).optional(),
    /** The typology whose categories the flag picker offers with this profile (e.g. `mqm-core`). */
    typology: z.string().max(60).optional(),
    /** Each severity's weight, used when no rule in `weights` matches. */
    severities: z
      .array(z.object({ id: severityId, weight }).strict())
      .min(1)
      .max(20),
    /**
     * Rules tried in order on `severity:category` (lower-cased, e.g. `minor:fluency/punctuation` or
     * `major:accuracy/mistranslation`); the first whose pattern is found anywhere in it gives the
     * weight. Patterns are RE2 regular expressions (no backreferences or lookarounds), so a profile
     * from anywhere cannot hang the app.
     */
    weights: z
      .array(
        z
          .object({
            name: z.string().max(40).optional(),
            pattern: z.string().min(1).max(500),
            weight
          })
          .strict()
      )
      .max(100),
    formula: z.enum(['quality-score', 'penalty-points']),
    normalisation: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('per-words'),
          basis: wordBasis,
          unit: z.number().int().positive().max(1_000_000)
        })
        .strict(),
      z.object({ kind: z.literal('per-segment-mean'), basis: wordBasis }).strict()
    ]),
    direction: z.enum(['higher-better', 'lower-better']),
    /** Pass when the score is at least (higher-better) or at most (lower-better) this; null: no pass/fail. */
    passThreshold: z.number().finite().nullable(),
    /** Any Critical error fails the unit, whatever its score. */
    criticalFails: z.boolean(),
    /** Below this many words a score is shown as a small sample (MQM: samples of 500-20,000 words). */
    minimumWords: z.number().int().nonnegative().optional()
  })
  .strict()
  .superRefine((profile, ctx) => {
    const seen = new Set<string>()
    profile.severities.forEach((severity, i) => {
      if (seen.has(severity.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['severities', i, 'id'],
          message: `severity "${severity.id}" twice`
        })
      }
      seen.add(severity.id)
    })
    profile.weights.forEach((rule, i) => {
      const problem = patternProblem(rule.pattern)
      if (problem)
        ctx.addIssue({ code: 'custom', path: ['weights', i, 'pattern'], message: problem })
    })
  })

export type ScoringProfile = z.output<typeof scoringProfileSchema>
export type WordBasis = z.output<typeof wordBasis>

export type ProfileParse =
  | { readonly ok: true; readonly profile: ScoringProfile }
  | { readonly ok: false; readonly message: string }

/** A profile from JSON (a user's file, an edited copy): the first problem in words, with its place. */
export function parseScoringProfile(json: unknown): ProfileParse {
  const parsed = scoringProfileSchema.safeParse(json)
  if (parsed.success) return { ok: true, profile: parsed.data }
  const issue = parsed.error.issues[0]
  const place = issue?.path.length ? `${issue.path.join('.')}: ` : ''
  return { ok: false, message: `${place}${issue?.message ?? 'not a scoring profile'}` }
}

/** The start of a QA lead's own profile: a built-in one under a new id and name, ready to edit. */
export function copyScoringProfile(
  profile: ScoringProfile,
  id: string,
  label: { readonly en: string; readonly ru: string }
): ScoringProfile {
  return scoringProfileSchema.parse({
    ...(JSON.parse(JSON.stringify(profile)) as object),
    id,
    label
  })
}

function patternProblem(pattern: string): string | null {
  try {
    RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE)
    return null
  } catch (error) {
    return `not a valid pattern: ${(error as Error).message}`
  }
}
