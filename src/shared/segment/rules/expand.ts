/**
 * `{{name}}` references in rule regexes -> plain regex source.
 *
 * A list becomes a non-capturing alternation of its entries, longest first, written as in text: regex
 * characters are escaped, an inner period also matches with a space after it (`т.е` matches `т. е`), a
 * space matches a run of up to 20 whitespace characters (every repetition in a rule the JavaScript
 * engine runs is bounded, see compile.ts), and an entry starting with a lower-case letter also
 * matches with that letter capitalised (`см` matches `См` at a sentence start). An empty list matches
 * nothing.
 * A pattern is regex source, wrapped in `(?:…)` so that a quantifier after `{{name}}` applies to all of it.
 */

export const REFERENCE = /\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g

export interface Definitions {
  readonly patterns: Readonly<Record<string, string>>
  readonly lists: Readonly<Record<string, readonly string[]>>
}

export class UnknownReferenceError extends Error {
  constructor(
    readonly reference: string,
    readonly cycle = false
  ) {
    super(
      cycle
        ? `{{${reference}}} refers to itself (through other patterns)`
        : `{{${reference}}} is neither a list nor a pattern`
    )
    this.name = 'UnknownReferenceError'
  }
}

/**
 * Expands every reference in `source`; throws `UnknownReferenceError` for an unknown or cyclic name.
 * `used` collects the names of the patterns the expansion went through (directly or nested).
 */
export function expandReferences(
  source: string,
  definitions: Definitions,
  used?: Set<string>
): string {
  const expanded = new Map<string, string>()
  const expanding = new Set<string>()

  const expandName = (name: string): string => {
    const done = expanded.get(name)
    if (done !== undefined) {
      if (Object.hasOwn(definitions.patterns, name)) used?.add(name)
      return done
    }
    const list = Object.hasOwn(definitions.lists, name) ? definitions.lists[name] : undefined
    const pattern = Object.hasOwn(definitions.patterns, name)
      ? definitions.patterns[name]
      : undefined
    let result: string
    if (list !== undefined) result = listToRegex(list)
    else if (pattern !== undefined) {
      used?.add(name)
      if (expanding.has(name)) throw new UnknownReferenceError(name, true)
      expanding.add(name)
      result = `(?:${pattern.replace(REFERENCE, (_, inner: string) => expandName(inner))})`
      expanding.delete(name)
    } else throw new UnknownReferenceError(name)
    expanded.set(name, result)
    return result
  }

  return source.replace(REFERENCE, (_, name: string) => expandName(name))
}

/** Every name referenced in `source`, in order of appearance. */
export function referencesIn(source: string): string[] {
  return [...source.matchAll(REFERENCE)].map((match) => match[1]!)
}

function listToRegex(entries: readonly string[]): string {
  const unique = [...new Set(entries)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  // Matches nothing, in both engines (RE2 has no lookahead for `(?!)`).
  if (unique.length === 0) return '[^\\s\\S]'
  return `(?:${unique.map(entryToRegex).join('|')})`
}

const SYNTAX_CHARACTER = /[\\^$.*+?()[\]{}|/]/

function entryToRegex(entry: string): string {
  // `т. е` and `т.е` are the same entry: the space after an inner period is optional anyway.
  const chars = [...entry.replace(/\.\s+/g, '.')]
  return chars
    .map((ch, index) => {
      if (ch === '.') return index < chars.length - 1 ? '\\.\\s?' : '\\.'
      if (/\s/.test(ch)) return '\\s{1,20}'
      const literal = SYNTAX_CHARACTER.test(ch) ? `\\${ch}` : ch
      if (index === 0) {
        const upper = ch.toUpperCase()
        if (upper !== ch && ch === ch.toLowerCase() && [...upper].length === 1) {
          return `[${ch}${upper}]`
        }
      }
      return literal
    })
    .join('')
}
