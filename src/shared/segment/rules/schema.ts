/**
 * The shape of segmentation rule files: built-in (`ru.json`, `en.json`) and the user's extensions.
 *
 * A rule set is SRX 2.0 in JSON: an ordered list of break / no-break rules, each a `before` regex that
 * must match the text ending at a position and an `after` regex that must match the text starting there.
 * At every position some break rule matches, the first rule (of all rules, in order) that matches decides.
 * Two additions keep the files readable: named word `lists` (abbreviations, sentence openers) and named
 * regex `patterns`, both referenced from any regex as `{{name}}`. The regexes are JavaScript regexes with
 * the `u` flag (so `\p{Lu}` works); `\b` only knows ASCII letters, so the rules use `{{WB}}` instead.
 */
import { z } from 'zod'
import { checkRuleSet, checkUserRegexes, type RuleIssue } from './compile'

export const RULES_FORMAT_VERSION = 1

const entrySchema = z
  .string()
  .min(1)
  .max(100)
  .refine((entry) => entry === entry.trim() && !entry.includes('\n'), {
    message: 'an entry has no surrounding spaces and no line break'
  })

const regexSource = z.string().max(4000)

export const ruleSchema = z.strictObject({
  /** Shown in error messages and in `explain` output; unique names make user rules easy to debug. */
  id: z.string().min(1).max(100).optional(),
  /** `true`: a sentence ends here; `false`: it does not (an exception to a later break rule). */
  break: z.boolean(),
  /** Must match the text that ends at the position (evaluated as a lookbehind). Empty: anything. */
  before: regexSource.default(''),
  /** Must match the text that starts at the position (evaluated as a lookahead). Empty: anything. */
  after: regexSource.default(''),
  /** Why the rule exists. */
  comment: z.string().optional()
})

const languageSchema = z.enum(['ru', 'en'])
// Names are checked with the regexes (`compile.ts`), where the message can say what a name may be.
const patternsSchema = z.record(z.string(), regexSource)
const listsSchema = z.record(z.string(), z.array(entrySchema))

/** A complete rule set for one language (the built-in files). */
export const segmentationRulesSchema = z
  .strictObject({
    formatVersion: z.literal(RULES_FORMAT_VERSION),
    language: languageSchema,
    description: z.string().optional(),
    patterns: patternsSchema.default({}),
    lists: listsSchema.default({}),
    rules: z.array(ruleSchema).min(1)
  })
  .superRefine((set, ctx) => {
    for (const issue of checkRuleSet(set)) ctx.addIssue({ code: 'custom', ...issue })
  })

/**
 * Bounds on a user's file: enough for any real list of abbreviations, small enough that a file cannot
 * make every candidate position cost thousands of tests.
 */
export const USER_FILE_LIMITS = { rules: 200, patterns: 100, listEntries: 1000 } as const

/**
 * A user's extension: its rules go before the built-in ones (so they win), its list entries are added
 * to the built-in lists of the same name (or make new lists), its patterns add to or replace the
 * built-in ones. Without `language` it applies to both languages. References to built-in names are
 * checked when the extension is merged (`parseUserRules` does that for you).
 */
export const userRulesSchema = z
  .strictObject({
    formatVersion: z.literal(RULES_FORMAT_VERSION).default(RULES_FORMAT_VERSION),
    language: languageSchema.optional(),
    description: z.string().optional(),
    patterns: patternsSchema
      .refine((patterns) => Object.keys(patterns).length <= USER_FILE_LIMITS.patterns, {
        message: `at most ${USER_FILE_LIMITS.patterns} patterns`
      })
      .default({}),
    lists: z.record(z.string(), z.array(entrySchema).max(USER_FILE_LIMITS.listEntries)).default({}),
    rules: z.array(ruleSchema).max(USER_FILE_LIMITS.rules).default([])
  })
  .superRefine((set, ctx) => {
    for (const issue of checkUserRegexes(set)) ctx.addIssue({ code: 'custom', ...issue })
  })

export type SegmentationRule = z.output<typeof ruleSchema>
export type SegmentationRules = z.output<typeof segmentationRulesSchema>
export type UserRules = z.output<typeof userRulesSchema>
/** What a user file may hold before defaults are filled in. */
export type UserRulesInput = z.input<typeof userRulesSchema>

/** Zod's issues in the shape of every other rule-file problem. */
export function issuesFromZod(error: z.ZodError): RuleIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message
  }))
}
