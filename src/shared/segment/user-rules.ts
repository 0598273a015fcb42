/**
 * Reading a user's rule file (`<userData>/segmentation/{ru,en}.json`, `calque align --rules FILE`).
 *
 * The file is checked completely here, against the built-in rules it extends, so a mistake is reported
 * once, when the file is read, with the rule and field it is in — not as a crash while segmenting.
 */
import type { Language } from '../domain/document'
import {
  appliesTo,
  builtInRules,
  compileRuleSet,
  formatIssue,
  issuesFromZod,
  mergeRules,
  SegmentationRulesError,
  userProvenance,
  userRulesSchema,
  type RuleIssue,
  type UserRules
} from './rules'

export interface RulesFileError {
  /** One line per problem: `rules[2].before: rule "my-rule": not a valid regular expression (…)`. */
  readonly message: string
  readonly issues: readonly RuleIssue[]
}

export type UserRulesResult =
  | { readonly ok: true; readonly value: UserRules }
  | { readonly ok: false; readonly error: RulesFileError }

const LANGUAGES: readonly Language[] = ['ru', 'en']

/** Validates a parsed JSON value as a user rule file. */
export function parseUserRules(json: unknown): UserRulesResult {
  const parsed = userRulesSchema.safeParse(json)
  if (!parsed.success) return failure(issuesFromZod(parsed.error))
  const rules = parsed.data
  for (const language of LANGUAGES) {
    if (!appliesTo(rules, language)) continue
    try {
      compileRuleSet(mergeRules(builtInRules[language], [rules]), userProvenance(language, [rules]))
    } catch (error) {
      if (!(error instanceof SegmentationRulesError)) throw error
      // Paths point into the merged set; the user's rules come first, so indices are the file's own.
      return failure(error.issues.map((issue) => withLanguage(issue, language, rules)))
    }
  }
  return { ok: true, value: rules }
}

/** Same, from the file's text: a JSON syntax error is reported like any other problem. */
export function parseUserRulesText(text: string): UserRulesResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return failure([{ path: [], message: `not valid JSON (${(error as Error).message})` }])
  }
  return parseUserRules(json)
}

function withLanguage(issue: RuleIssue, language: Language, rules: UserRules): RuleIssue {
  const inBuiltIn = issue.path[0] === 'rules' && Number(issue.path[1]) >= rules.rules.length
  // Which built-in set matters only where the problem involves it (a `{{name}}`, a built-in rule).
  const involvesBuiltIn = inBuiltIn || issue.path[0] === 'patterns' || issue.message.includes('{{')
  const where =
    rules.language === undefined && involvesBuiltIn ? ` (with the built-in ${language} rules)` : ''
  return inBuiltIn
    ? {
        path: [],
        message: `the built-in ${language} rules no longer compile${where}: ${issue.message}`
      }
    : { path: issue.path, message: `${issue.message}${where}` }
}

function failure(issues: RuleIssue[]): UserRulesResult {
  return { ok: false, error: { message: issues.map(formatIssue).join('\n'), issues } }
}
