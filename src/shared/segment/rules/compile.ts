/**
 * Rule set -> compiled rules, and the checks behind every "this rule is wrong" message.
 *
 * Two engines (see docs/architecture.md, "Hostile input and limits"):
 * - The built-in rules run on JavaScript regexes: each rule is one sticky regex `(?<=before)(?=after)`
 *   tested at a position, and the break rules together make one global scanner (their alternation)
 *   that finds the candidate positions in one pass. Every repetition in them is bounded (`\s{1,100}`,
 *   never `\s+`; a test checks), so the work at one position is bounded and a scan is linear: an
 *   unbounded `\s+` before a failing match backtracks through a whole run of spaces, quadratic over
 *   the run, and overflows the regex engine's stack on ten million of them.
 * - Every rule the user wrote, and every built-in rule that uses a pattern the user replaced, runs on
 *   RE2 (`linear-rule.ts`): a user's pattern may be anything, and JavaScript's backtracking would let
 *   one bad pattern run for minutes. What RE2 cannot run (lookaheads, backreferences) is refused here,
 *   naming the rule.
 *
 * Compiling both fields separately first keeps a stray `)` in `before` from silently closing the
 * lookbehind and reports the field that is wrong.
 */
import type { SegmentationRule, SegmentationRules, UserRules } from './schema'
import {
  expandReferences,
  REFERENCE,
  referencesIn,
  UnknownReferenceError,
  type Definitions
} from './expand'
import { compileLinearRule, type LinearRule } from './linear-rule'
import { scanRegexSource, type Construct } from './regex-source'

export interface RuleIssue {
  /** Where in the rule file: `['rules', 3, 'before']`, `['patterns', 'END']`. */
  readonly path: (string | number)[]
  readonly message: string
}

export class SegmentationRulesError extends Error {
  constructor(readonly issues: readonly RuleIssue[]) {
    super(issues.map(formatIssue).join('\n'))
    this.name = 'SegmentationRulesError'
  }
}

/** `rules[3].before: rule "my-rule": …` */
export function formatIssue(issue: RuleIssue): string {
  const path = issue.path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`
    )
    .join('')
  return path ? `${path}: ${issue.message}` : issue.message
}

export interface CompiledRule {
  readonly id: string
  readonly break: boolean
  /** `javascript`: a built-in rule; `linear`: one the user wrote or changed, on RE2. */
  readonly engine: 'javascript' | 'linear'
  /** Whether the rule applies at `position` of `paragraph`. */
  test(paragraph: string, position: number): boolean
}

export interface CompiledRuleSet {
  readonly rules: readonly CompiledRule[]
  /**
   * Global scanners over the built-in break rules whose zero-width matches are candidates: one
   * alternation of every such rule, so a paragraph is scanned once (or one per rule if the alternation
   * does not compile, e.g. two rules use the same named group).
   */
  readonly scanners: readonly RegExp[]
  /** Break rules on the linear engine: each finds its own candidates (`LinearRule.positions`). */
  readonly linearBreakRules: readonly LinearRule[]
}

/** Which parts of a merged rule set came from the user (`mergeRules` puts their rules first). */
export interface RuleProvenance {
  /** The first `userRules` rules are the user's. */
  readonly userRules: number
  /** Patterns the user added or replaced: a built-in rule using one runs on the linear engine. */
  readonly userPatterns: ReadonlySet<string>
}

export const BUILT_IN_ONLY: RuleProvenance = { userRules: 0, userPatterns: new Set() }

/** Compiles a complete rule set; throws `SegmentationRulesError` listing every problem. */
export function compileRuleSet(
  set: SegmentationRules,
  provenance: RuleProvenance = BUILT_IN_ONLY
): CompiledRuleSet {
  const { compiled, issues } = compileOrReport(set, provenance)
  if (issues.length > 0) throw new SegmentationRulesError(issues)
  return compiled
}

/** Every problem in a complete rule set (empty when it compiles). */
export function checkRuleSet(
  set: SegmentationRules,
  provenance: RuleProvenance = BUILT_IN_ONLY
): RuleIssue[] {
  return compileOrReport(set, provenance).issues
}

/**
 * Syntax check of a user's regexes on their own, before the built-in lists and patterns are known:
 * references are replaced by an empty group. Unknown names are caught when the rules are merged.
 */
export function checkUserRegexes(set: UserRules): RuleIssue[] {
  const issues: RuleIssue[] = [...nameProblems(set)]
  const blank = (source: string): string => source.replace(REFERENCE, '(?:)')
  for (const [name, source] of Object.entries(set.patterns)) {
    const error = regexError(blank(source))
    if (error) issues.push({ path: ['patterns', name], message: invalidRegex(error) })
  }
  set.rules.forEach((rule, index) => {
    for (const field of ['before', 'after'] as const) {
      const error = regexError(blank(rule[field]))
      if (error)
        issues.push({
          path: ['rules', index, field],
          message: ruleMessage(rule, invalidRegex(error))
        })
    }
  })
  return issues
}

function compileOrReport(
  set: SegmentationRules,
  provenance: RuleProvenance
): {
  compiled: CompiledRuleSet
  issues: RuleIssue[]
} {
  const definitions: Definitions = { patterns: set.patterns, lists: set.lists }
  const issues: RuleIssue[] = [...nameProblems(set)]

  for (const [name, source] of Object.entries(set.patterns)) {
    const result = expandChecked(source, definitions)
    if (typeof result !== 'string')
      issues.push({ path: ['patterns', name], message: result.problem })
  }

  const rules: CompiledRule[] = []
  const breakSources = new Set<string>()
  const linearBreakRules: LinearRule[] = []
  set.rules.forEach((rule, index) => {
    const fields: Partial<Record<'before' | 'after', string>> = {}
    const used = new Set<string>()
    for (const field of ['before', 'after'] as const) {
      const result = expandChecked(rule[field], definitions, used)
      if (typeof result === 'string') fields[field] = result
      else
        issues.push({ path: ['rules', index, field], message: ruleMessage(rule, result.problem) })
    }
    if (fields.before === undefined || fields.after === undefined) return
    const source = `(?<=${fields.before})(?=${fields.after})`
    const error = regexError(source)
    if (error) {
      issues.push({ path: ['rules', index], message: ruleMessage(rule, invalidRegex(error)) })
      return
    }
    const id = rule.id ?? `rules[${index}]`
    const userPatterns = [...used].filter((name) => provenance.userPatterns.has(name))
    if (index < provenance.userRules || userPatterns.length > 0) {
      const linear = compileLinear(rule, index, fields.before, fields.after, definitions)
      if (!linear.ok) {
        issues.push(
          ...(index < provenance.userRules
            ? [linear.issue]
            : userPatterns.map((name) => builtInRuleBroken(name, rule, linear.issue)))
        )
        return
      }
      rules.push({
        id,
        break: rule.break,
        engine: 'linear',
        test: (paragraph, position) => linear.rule.test(paragraph, position)
      })
      if (rule.break) linearBreakRules.push(linear.rule)
      return
    }
    const matcher = new RegExp(source, 'uy')
    rules.push({
      id,
      break: rule.break,
      engine: 'javascript',
      test: (paragraph, position) => {
        matcher.lastIndex = position
        return matcher.test(paragraph)
      }
    })
    if (rule.break) breakSources.add(source)
  })

  return {
    compiled: { rules, scanners: scannersFor([...breakSources]), linearBreakRules },
    issues
  }
}

type LinearResult = { ok: true; rule: LinearRule } | { ok: false; issue: RuleIssue }

/** A rule on the linear engine, or the problem that keeps it off, worded for the rule's author. */
function compileLinear(
  rule: SegmentationRule,
  index: number,
  before: string,
  after: string,
  definitions: Definitions
): LinearResult {
  if (rule.break && before === '' && after === '') {
    return {
      ok: false,
      issue: {
        path: ['rules', index],
        message: ruleMessage(
          rule,
          'a break rule needs "before" or "after": with neither it would end a sentence everywhere'
        )
      }
    }
  }
  const result = compileLinearRule(before, after)
  if (result.ok) return result
  const field = result.field
  const problem = result.construct
    ? constructProblem(
        result.construct,
        field,
        culprits(rule[field], definitions, result.construct)
      )
    : `cannot run on the linear-time engine that runs user rules (${result.reason})`
  return {
    ok: false,
    issue: { path: ['rules', index, field], message: ruleMessage(rule, problem) }
  }
}

/** The patterns a field refers to that bring in `construct` (empty when the field has it itself). */
function culprits(source: string, definitions: Definitions, construct: Construct): string[] {
  const own = source.replace(REFERENCE, '(?:)')
  if (scanRegexSource(own).constructs.includes(construct)) return []
  return [...new Set(referencesIn(source))].filter((name) => {
    const expanded = expandChecked(`{{${name}}}`, definitions)
    return typeof expanded === 'string' && scanRegexSource(expanded).constructs.includes(construct)
  })
}

function constructProblem(construct: Construct, field: 'before' | 'after', via: string[]): string {
  const what =
    construct === 'lookahead'
      ? 'a lookahead ("(?=" or "(?!")'
      : 'a backreference ("\\1" or "\\k<name>")'
  const subject =
    via.length === 0
      ? `uses ${what}`
      : `uses ${via.map((name) => `{{${name}}}`).join(', ')}, which has ${what}`
  const hint =
    construct === 'backreference'
      ? ''
      : field === 'after'
        ? '; "after" is a lookahead already: write what must follow the position'
        : '; put what must follow the position in "after"'
  return `${subject}: user rules run on a linear-time engine, which cannot evaluate it${hint}`
}

/** A built-in rule that no longer compiles once the user replaced `pattern`: the user's pattern is at fault. */
function builtInRuleBroken(pattern: string, rule: SegmentationRule, issue: RuleIssue): RuleIssue {
  return {
    path: ['patterns', pattern],
    message:
      `the built-in rule "${rule.id ?? '?'}" uses this pattern, so it would run on the ` +
      `linear-time engine, which cannot run it: ${issue.message}`
  }
}

/** The expanded source if it compiles on its own, otherwise what is wrong with it. */
function expandChecked(
  source: string,
  definitions: Definitions,
  /** Collects the names of the patterns the expansion used. */
  used?: Set<string>
): string | { problem: string } {
  let expanded: string
  try {
    expanded = expandReferences(source, definitions, used)
  } catch (error) {
    if (!(error instanceof UnknownReferenceError)) throw error
    return { problem: error.message }
  }
  const error = regexError(expanded)
  return error === null ? expanded : { problem: invalidRegex(error) }
}

function scannersFor(sources: string[]): RegExp[] {
  if (sources.length === 0) return []
  const combined = sources.map((source) => `(?:${source})`).join('|')
  if (regexError(combined) === null) return [new RegExp(combined, 'gu')]
  return sources.map((source) => new RegExp(source, 'gu'))
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Names that `{{name}}` cannot refer to, and names used for both a list and a pattern. */
function nameProblems(set: Pick<SegmentationRules, 'patterns' | 'lists'>): RuleIssue[] {
  const issues: RuleIssue[] = []
  for (const kind of ['lists', 'patterns'] as const) {
    for (const name of Object.keys(set[kind])) {
      if (!NAME.test(name)) {
        issues.push({
          path: [kind, name],
          message: `"${name}" is not a name: use letters, digits and _, not starting with a digit`
        })
      }
    }
  }
  for (const name of Object.keys(set.patterns)) {
    if (Object.hasOwn(set.lists, name)) {
      issues.push({
        path: ['patterns', name],
        message: `"${name}" is both a list and a pattern; {{${name}}} must name one thing`
      })
    }
  }
  return issues
}

/** The engine's complaint about `source`, or `null` if it compiles. */
function regexError(source: string): string | null {
  try {
    new RegExp(source, 'u')
    return null
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // V8: "Invalid regular expression: /<the whole source>/u: Unterminated group" — keep the reason.
    return /^Invalid regular expression: \/.*\/[a-z]*: (.*)$/s.exec(message)?.[1] ?? message
  }
}

function invalidRegex(reason: string): string {
  return `not a valid regular expression (${reason})`
}

function ruleMessage(rule: SegmentationRule, message: string): string {
  return rule.id ? `rule "${rule.id}": ${message}` : message
}
