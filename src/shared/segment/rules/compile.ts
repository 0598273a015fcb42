/**
 * Rule set -> compiled regexes, and the checks behind every "this rule is wrong" message.
 *
 * Each rule becomes one sticky regex `(?<=before)(?=after)`: tested at a position, it says whether the
 * rule applies there. The break rules together also make one global scanner (their alternation), which
 * finds the candidate positions in one pass over the paragraph. Compiling both fields separately first keeps a
 * stray `)` in `before` from silently closing the lookbehind and reports the field that is wrong.
 */
import type { SegmentationRule, SegmentationRules, UserRules } from './schema'
import { expandReferences, REFERENCE, UnknownReferenceError, type Definitions } from './expand'

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
  /** Sticky: set `lastIndex` to a position, `test` says whether the rule applies there. */
  readonly matcher: RegExp
}

export interface CompiledRuleSet {
  readonly rules: readonly CompiledRule[]
  /**
   * Global scanners whose zero-width matches are the candidates: one alternation of every break rule,
   * so a paragraph is scanned once (or one per break rule if the alternation does not compile, e.g.
   * two rules use the same named group).
   */
  readonly scanners: readonly RegExp[]
}

/** Compiles a complete rule set; throws `SegmentationRulesError` listing every problem. */
export function compileRuleSet(set: SegmentationRules): CompiledRuleSet {
  const { compiled, issues } = compileOrReport(set)
  if (issues.length > 0) throw new SegmentationRulesError(issues)
  return compiled
}

/** Every problem in a complete rule set (empty when it compiles). */
export function checkRuleSet(set: SegmentationRules): RuleIssue[] {
  return compileOrReport(set).issues
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

function compileOrReport(set: SegmentationRules): {
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
  set.rules.forEach((rule, index) => {
    const fields: Partial<Record<'before' | 'after', string>> = {}
    for (const field of ['before', 'after'] as const) {
      const result = expandChecked(rule[field], definitions)
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
    rules.push({
      id: rule.id ?? `rules[${index}]`,
      break: rule.break,
      matcher: new RegExp(source, 'uy')
    })
    if (rule.break) breakSources.add(source)
  })

  return { compiled: { rules, scanners: scannersFor([...breakSources]) }, issues }
}

/** The expanded source if it compiles on its own, otherwise what is wrong with it. */
function expandChecked(source: string, definitions: Definitions): string | { problem: string } {
  let expanded: string
  try {
    expanded = expandReferences(source, definitions)
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
