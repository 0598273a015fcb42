/**
 * The engine for rules Calque did not write: a user's rules, and built-in rules that use a pattern the
 * user replaced. JavaScript's regex engine backtracks, so one careless pattern (`(?:a+)+b` against 36
 * letters) can run for minutes; these rules run on RE2 instead (the pure-JS port `re2js`), whose time
 * is linear in the text whatever the pattern.
 *
 * Semantics, as close to the built-in engine as RE2 allows:
 * - `before` must match text that ends at the position, `after` text that starts there; each sees at
 *   most `USER_RULE_REACH` characters of the paragraph on its side (a rule is about the words around a
 *   sentence end, and the bound keeps every test short). `^` and `$` mean the paragraph's start and
 *   end, and never match where the window was cut.
 * - Lookbehinds (`(?<=…)`, `(?<!…)`, so `{{WB}}`) run on re2js's linear-time lookbehind automata.
 * - Lookaheads and backreferences have no linear-time evaluation: a rule using them is refused when its
 *   file is loaded (the caller names the rule and says why). `after` is itself a lookahead: write what
 *   must follow the position.
 * - Candidates (positions where a break rule applies) are found by one lookbehind scan of `before`
 *   over the paragraph; a break rule with an empty `before` finds them where matches of `after` start,
 *   left to right, without overlapping.
 */
import { RE2JS } from 're2js'
import { scanRegexSource, type Construct } from './regex-source'

/** Characters of the paragraph a user rule's `before` sees before a position, and `after` after it. */
export const USER_RULE_REACH = 128

/** Stands for the text cut off a window: matches no `^`/`$`, and no letter, digit or space. */
const CUT = '\uffff'

export type LinearCompileResult =
  | { readonly ok: true; readonly rule: LinearRule }
  | {
      readonly ok: false
      readonly field: 'before' | 'after'
      /** A construct RE2 cannot run, when that is the reason. */
      readonly construct?: Construct
      /** RE2's own complaint otherwise. */
      readonly reason?: string
    }

interface BeforeSide {
  /** `(?:B)$`: tested on the window that ends at the position. */
  readonly atEnd: RE2JS
  /** `(?<=B)`: its empty matches are the positions where `before` holds, in one pass. */
  readonly ends: RE2JS
  /** `B` anywhere: a cheap test that skips the scan of paragraphs where `before` never matches. */
  readonly somewhere: RE2JS
}

interface AfterSide {
  /** `(?:A)`, searched from the position when `A` looks behind it, or for a rule without `before`. */
  readonly free: RE2JS
  /** `^(?:A)`, tested on the window that starts at the position; null when `A` looks behind it. */
  readonly anchored: RE2JS | null
}

/** Compiles a rule's expanded `before` and `after` (JavaScript syntax; empty = anything). */
export function compileLinearRule(before: string, after: string): LinearCompileResult {
  let beforeSide: BeforeSide | null = null
  let afterSide: AfterSide | null = null
  if (before !== '') {
    const prepared = prepare(before)
    if (!prepared.ok) return { ok: false, field: 'before', ...prepared.problem }
    const { source, flags } = prepared
    try {
      beforeSide = {
        atEnd: RE2JS.compile(`(?:${source})$`, flags),
        ends: RE2JS.compile(`(?<=${source})`, RE2JS.LOOKBEHINDS),
        somewhere: RE2JS.compile(source, flags)
      }
    } catch (error) {
      return { ok: false, field: 'before', reason: re2Reason(error) }
    }
  }
  if (after !== '') {
    const prepared = prepare(after)
    if (!prepared.ok) return { ok: false, field: 'after', ...prepared.problem }
    const { source, flags, looksBack } = prepared
    try {
      afterSide = {
        free: RE2JS.compile(`(?:${source})`, flags),
        anchored: looksBack ? null : RE2JS.compile(`^(?:${source})`, flags)
      }
    } catch (error) {
      return { ok: false, field: 'after', reason: re2Reason(error) }
    }
  }
  return { ok: true, rule: new LinearRule(beforeSide, afterSide) }
}

type Prepared =
  | {
      readonly ok: true
      readonly source: string
      readonly flags: number
      readonly looksBack: boolean
    }
  | { readonly ok: false; readonly problem: { construct?: Construct; reason?: string } }

function prepare(javascript: string): Prepared {
  const scan = scanRegexSource(javascript)
  const refused = scan.constructs.find((c) => c === 'lookahead' || c === 'backreference')
  if (refused) return { ok: false, problem: { construct: refused } }
  let source: string
  try {
    // JavaScript escapes (`\u0430`, `\u{1F3FB}`) and named groups in RE2's spelling.
    source = RE2JS.translateRegExp(scan.withoutCaptures)
  } catch (error) {
    return { ok: false, problem: { reason: re2Reason(error) } }
  }
  const looksBack = scan.constructs.includes('lookbehind')
  return { ok: true, source, flags: looksBack ? RE2JS.LOOKBEHINDS : 0, looksBack }
}

function re2Reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^error parsing regexp: /, '')
}

export class LinearRule {
  constructor(
    private readonly before: BeforeSide | null,
    private readonly after: AfterSide | null
  ) {}

  /** Whether the rule applies at `position` (0 < position < paragraph.length). */
  test(paragraph: string, position: number): boolean {
    return (
      (this.before === null || this.beforeHolds(paragraph, position)) &&
      (this.after === null || this.afterHolds(paragraph, position))
    )
  }

  /**
   * Positions inside the paragraph (not at its edges) where the rule applies, ascending: the
   * candidates a break rule adds. Linear in the paragraph's length.
   */
  positions(paragraph: string): number[] {
    const found: number[] = []
    const keep = (position: number): void => {
      if (position > 0 && position < paragraph.length && this.test(paragraph, position)) {
        found.push(position)
      }
    }
    if (this.before !== null) {
      if (!this.before.somewhere.test(paragraph)) return found
      const matcher = this.before.ends.matcher(paragraph)
      while (matcher.find()) keep(matcher.start())
      return found
    }
    if (this.after === null) return found
    // Without `before` the rule's positions are where `after` starts: unanchored, from left to right.
    const free = this.after.free.matcher(paragraph)
    let from = 0
    while (from <= paragraph.length && free.find(from)) {
      keep(free.start())
      from = Math.max(free.end(), free.start() + 1)
    }
    return found
  }

  private beforeHolds(paragraph: string, position: number): boolean {
    const from = Math.max(0, position - USER_RULE_REACH)
    const window = (from > 0 ? CUT : '') + paragraph.slice(from, position)
    return this.before!.atEnd.test(window)
  }

  private afterHolds(paragraph: string, position: number): boolean {
    const after = this.after!
    const to = Math.min(paragraph.length, position + USER_RULE_REACH)
    const tail = to < paragraph.length ? CUT : ''
    if (after.anchored) return after.anchored.test(paragraph.slice(position, to) + tail)
    const from = Math.max(0, position - USER_RULE_REACH)
    const head = from > 0 ? CUT : ''
    const offset = head.length + position - from
    const matcher = after.free.matcher(head + paragraph.slice(from, to) + tail)
    return matcher.find(offset) && matcher.start() === offset
  }
}
