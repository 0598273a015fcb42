/**
 * Sentence segmentation of one paragraph by an SRX-style rule set (`rules/ru.json`, `rules/en.json`).
 *
 * Candidates: every position where some break rule matches, found by one global scan of the paragraph
 * (an alternation of all break rules). Decision: at each candidate the rules are tried in file order and the first that matches decides,
 * exactly as SRX does. Positions no break rule matches never break, so no-break rules cost nothing
 * away from candidates. The built-in rules keep every lookbehind bounded, so the work per candidate is
 * bounded; the user's rules run on RE2 in bounded windows (`rules/linear-rule.ts`); so segmentation
 * is linear in the length of the text whatever rules the user wrote.
 *
 * Guarantees kept by code, whatever the rules say: a segment is a trimmed, non-empty slice of its
 * paragraph; segments are in order and cover every non-whitespace character; a piece with neither a
 * letter nor a digit (a stray `»`, `...`) is never a segment of its own but joins its neighbour.
 */
import type { Language } from '../domain/document'
import { trimRange, type LineRange } from './paragraphs'
import {
  builtInRules,
  compileRuleSet,
  issuesFromZod,
  mergeRules,
  SegmentationRulesError,
  userProvenance,
  userRulesSchema,
  type CompiledRuleSet,
  type SegmentationRules,
  type UserRules,
  type UserRulesInput
} from './rules'

export interface Segmenter {
  readonly language: Language
  /** The rule set in force: the built-in rules with the user's extensions merged in. */
  readonly rules: SegmentationRules
  /**
   * Sentences of the paragraph `text[start, end)` as trimmed ranges into `text`; with `limit`, at most
   * `limit + 1` of them (the caller refuses a text with more than `limit`, and needs no more to know).
   */
  split(text: string, start?: number, end?: number, limit?: number): LineRange[]
  /** Every candidate position in `paragraph` with the rule that decided it (to debug user rules). */
  explain(paragraph: string): RuleDecision[]
}

export interface RuleDecision {
  readonly position: number
  readonly break: boolean
  /** The rule's `id`, or `rules[index]` for a rule without one. */
  readonly rule: string
}

/**
 * A segmenter for `language`: the built-in rules, extended by `userRules` (in priority order; an
 * extension for the other language is skipped). Throws `SegmentationRulesError` naming the rule and
 * field of every problem if the extensions are invalid or refer to names that do not exist.
 */
export function createSegmenter(
  language: Language,
  userRules?: UserRulesInput | readonly UserRulesInput[]
): Segmenter {
  const extensions = (Array.isArray(userRules) ? userRules : userRules ? [userRules] : []).map(
    validateExtension
  )
  const rules = mergeRules(builtInRules[language], extensions)
  return new RuleSegmenter(
    language,
    rules,
    compileRuleSet(rules, userProvenance(language, extensions))
  )
}

const defaults = new Map<Language, Segmenter>()

/** The built-in segmenter of `language`, compiled once. */
export function defaultSegmenter(language: Language): Segmenter {
  let segmenter = defaults.get(language)
  if (!segmenter) {
    segmenter = createSegmenter(language)
    defaults.set(language, segmenter)
  }
  return segmenter
}

function validateExtension(input: UserRulesInput): UserRules {
  const parsed = userRulesSchema.safeParse(input)
  if (parsed.success) return parsed.data
  throw new SegmentationRulesError(issuesFromZod(parsed.error))
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

class RuleSegmenter implements Segmenter {
  constructor(
    readonly language: Language,
    readonly rules: SegmentationRules,
    private readonly compiled: CompiledRuleSet
  ) {}

  split(text: string, start = 0, end = text.length, limit = Infinity): LineRange[] {
    const paragraph = text.slice(start, end)
    const joiner = new LetterlessJoiner(text)
    let previous = 0
    // Decided one by one, in order: past `limit` the answer is known and the rest is never looked at
    // (joining letterless pieces never lowers the count already reached).
    for (const position of this.candidates(paragraph)) {
      if (this.decidingRule(paragraph, position)?.break !== true) continue
      const range = trimRange(text, start + previous, start + position)
      previous = position
      if (range && joiner.add(range) > limit) return joiner.finish()
    }
    const last = trimRange(text, start + previous, end)
    if (last) joiner.add(last)
    return joiner.finish()
  }

  explain(paragraph: string): RuleDecision[] {
    return [...this.candidates(paragraph)].map((position) => {
      const rule = this.decidingRule(paragraph, position)!
      return { position, break: rule.break, rule: rule.id }
    })
  }

  /**
   * Positions (inside the paragraph, not at its edges) where some break rule matches, ascending and
   * once each, found as they are asked for: `split` stops asking once a side has too many segments,
   * so a hostile paragraph of millions of sentences is not scanned to its end first.
   */
  private *candidates(paragraph: string): Generator<number> {
    const sources: Iterator<number>[] = [
      ...this.compiled.scanners.map((scanner) => scan(scanner, paragraph)),
      ...this.compiled.linearBreakRules.map((rule) => rule.positions(paragraph)[Symbol.iterator]())
    ]
    if (sources.length === 1) {
      yield* { [Symbol.iterator]: () => sources[0]! }
      return
    }
    // Merge the ascending sources, dropping a position several of them give.
    const heads = sources.map((source) => source.next())
    let last = -1
    for (;;) {
      let best = -1
      for (let k = 0; k < heads.length; k++) {
        const head = heads[k]!
        if (!head.done && (best === -1 || head.value < (heads[best]!.value as number))) best = k
      }
      if (best === -1) return
      const position = heads[best]!.value as number
      heads[best] = sources[best]!.next()
      if (position !== last) yield position
      last = position
    }
  }

  private decidingRule(paragraph: string, position: number) {
    for (const rule of this.compiled.rules) if (rule.test(paragraph, position)) return rule
    return undefined
  }
}

/** The positions inside `paragraph` where the global `scanner`'s zero-width matches are. */
function* scan(scanner: RegExp, paragraph: string): Generator<number> {
  // `exec` on the shared regex rather than `matchAll`, which clones the regex on every call (a
  // measurable cost over the hundreds of thousands of one-line paragraphs of a large file).
  scanner.lastIndex = 0
  for (let match = scanner.exec(paragraph); match; match = scanner.exec(paragraph)) {
    const position = match.index
    // Zero-width match: step over one code point, as `matchAll` would.
    scanner.lastIndex = position + codePointWidth(paragraph, position)
    if (position > 0 && position < paragraph.length) yield position
  }
}

function codePointWidth(text: string, index: number): number {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1
}

/**
 * A range without a letter or digit joins the range before it (the first joins the next one); a
 * paragraph with no letter or digit at all is one segment (a row of dashes, "***"). Ranges are added
 * in order, so the work stops as soon as the caller has enough.
 */
class LetterlessJoiner {
  private readonly result: LineRange[] = []
  private pendingStart: number | null = null
  private first: number | null = null
  private last = 0

  constructor(private readonly text: string) {}

  /** Adds the next range; returns the number of segments so far. */
  add(range: LineRange): number {
    this.first ??= range.start
    this.last = range.end
    if (!LETTER_OR_DIGIT.test(this.text.slice(range.start, range.end))) {
      const previous = this.result.pop()
      if (previous) this.result.push({ start: previous.start, end: range.end })
      else this.pendingStart ??= range.start
    } else {
      this.result.push({ start: this.pendingStart ?? range.start, end: range.end })
      this.pendingStart = null
    }
    return this.result.length
  }

  finish(): LineRange[] {
    if (this.pendingStart !== null && this.result.length === 0) {
      return this.first === null ? [] : [{ start: this.first, end: this.last }]
    }
    return this.result
  }
}
