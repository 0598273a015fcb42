/**
 * Just enough of JavaScript's regex syntax (the `u` dialect the rule files use) to see a pattern's
 * groups: where lookarounds and backreferences are, and which groups capture. Escapes and character
 * classes are skipped as units, so a `(` inside `[(\[]` or after a backslash is never taken for a
 * group. The user's rules run on RE2 (`linear-rule.ts`), which refuses lookaheads and backreferences
 * and does not allow captures inside a lookbehind; this is what lets Calque say so in words.
 */

export type Construct = 'lookahead' | 'lookbehind' | 'backreference' | 'unbounded'

export interface SourceScan {
  /**
   * Constructs found, in order of appearance (each kind once). `unbounded`: a quantifier with no upper
   * bound (`*`, `+`, `{n,}`), which lets a backtracking engine's work at one position grow with the text.
   */
  readonly constructs: readonly Construct[]
  /** The source with every capturing group made non-capturing (`(x)`, `(?<n>x)` -> `(?:x)`). */
  readonly withoutCaptures: string
}

export function scanRegexSource(source: string): SourceScan {
  const constructs: Construct[] = []
  const note = (construct: Construct): void => {
    if (!constructs.includes(construct)) constructs.push(construct)
  }
  let out = ''
  let i = 0
  while (i < source.length) {
    const char = source[i]!
    if (char === '\\') {
      const next = source[i + 1] ?? ''
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) note('backreference')
      out += source.slice(i, i + 2)
      i += 2
      continue
    }
    if (char === '[') {
      const end = classEnd(source, i)
      out += source.slice(i, end)
      i = end
      continue
    }
    if (char === '*' || char === '+') note('unbounded')
    else if (char === '{' && /^\{\d+,\}/.test(source.slice(i, i + 12))) note('unbounded')
    if (char === '(') {
      const rest = source.slice(i, i + 4)
      if (rest.startsWith('(?=') || rest.startsWith('(?!')) note('lookahead')
      else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) note('lookbehind')
      else if (rest.startsWith('(?<') || rest.startsWith('(?P<')) {
        // A named group: drop the name, keep the group.
        const close = source.indexOf('>', i)
        if (close !== -1) {
          out += '(?:'
          i = close + 1
          continue
        }
      } else if (!rest.startsWith('(?')) {
        out += '(?:'
        i += 1
        continue
      }
    }
    out += char
    i += 1
  }
  return { constructs, withoutCaptures: out }
}

/** Index just past the `]` closing the class that opens at `start` (the end of the text if none). */
function classEnd(source: string, start: number): number {
  let i = start + 1
  if (source[i] === '^') i++
  // A `]` right after `[` or `[^` is a literal in some dialects; in the `u` dialect it closes an empty
  // class. Either way the scan only needs to know where the class ends.
  while (i < source.length) {
    const char = source[i]!
    if (char === '\\') i += 2
    else if (char === ']') return i + 1
    else i += 1
  }
  return source.length
}
