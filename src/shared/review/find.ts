/**
 * Find and replace over an article's rows: plain text or a regular expression, case, whole word, in
 * the Russian, the English (the MT, or the corrected English where there is a post-edit), or both.
 * Replacing always writes post-edits: the MT itself is never changed. Pure and linear in the text.
 */
export interface FindQuery {
  readonly text: string
  readonly regex: boolean
  readonly caseSensitive: boolean
  readonly wholeWord: boolean
  readonly scope: 'source' | 'target' | 'both'
  /** In the English: the MT as imported, or the corrected English (post-edit where there is one). */
  readonly english: 'mt' | 'corrected'
}

export interface FindRow {
  readonly id: string
  readonly source: string
  readonly mt: string
  readonly edit: string | null
}

export type HitField = 'source' | 'mt' | 'edit'

export interface FindHit {
  readonly row: string
  readonly field: HitField
  readonly start: number
  readonly end: number
}

export type Compiled =
  { readonly ok: true; readonly pattern: RegExp } | { readonly ok: false; readonly error: string }

/** Hits are capped: a query matching every letter of 100,000 rows must not build millions of objects. */
export const MAX_HITS = 20_000

export function compileQuery(
  query: Pick<FindQuery, 'text' | 'regex' | 'caseSensitive' | 'wholeWord'>
): Compiled {
  if (query.text === '') return { ok: false, error: 'empty' }
  const body = query.regex ? query.text : query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const bounded = query.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])` : body
  try {
    return { ok: true, pattern: new RegExp(bounded, `gu${query.caseSensitive ? '' : 'i'}`) }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

export function findHits(rows: readonly FindRow[], query: FindQuery): FindHit[] {
  const compiled = compileQuery(query)
  if (!compiled.ok) return []
  const { pattern } = compiled
  const hits: FindHit[] = []
  for (const row of rows) {
    if (query.scope !== 'target') collect(row.id, 'source', row.source, pattern, hits)
    if (query.scope !== 'source') {
      if (query.english === 'corrected' && row.edit !== null)
        collect(row.id, 'edit', row.edit, pattern, hits)
      else collect(row.id, 'mt', row.mt, pattern, hits)
    }
    if (hits.length >= MAX_HITS) break
  }
  return hits.length > MAX_HITS ? hits.slice(0, MAX_HITS) : hits
}

function collect(
  row: string,
  field: HitField,
  text: string,
  pattern: RegExp,
  hits: FindHit[]
): void {
  if (text === '') return
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) {
      // An empty match (e.g. `a*`) would loop forever: step past it.
      pattern.lastIndex++
      continue
    }
    hits.push({ row, field, start: match.index, end: match.index + match[0].length })
    if (hits.length >= MAX_HITS) return
  }
}

export interface PlannedEdit {
  readonly row: string
  readonly before: string
  readonly after: string
  readonly count: number
}

/**
 * What Replace would change in the English: for each row with a match, the corrected English before
 * and after. `only` limits it to one row (Replace, as opposed to Replace All). `$1`… refer to groups
 * when the query is a regular expression.
 */
export function planReplace(
  rows: readonly FindRow[],
  query: FindQuery,
  replacement: string,
  only?: string
): PlannedEdit[] {
  const compiled = compileQuery(query)
  if (!compiled.ok || query.scope === 'source') return []
  const { pattern } = compiled
  const planned: PlannedEdit[] = []
  for (const row of rows) {
    if (only !== undefined && row.id !== only) continue
    const before = row.edit ?? row.mt
    let count = 0
    pattern.lastIndex = 0
    const after = before.replace(pattern, (...args: unknown[]) => {
      const match = args[0] as string
      if (match.length === 0) return match
      count++
      return query.regex ? expand(replacement, args) : replacement
    })
    if (count > 0 && after !== before) planned.push({ row: row.id, before, after, count })
  }
  return planned
}

/** `$1`, `$&` and `$$` in a replacement, as String.replace understands them. */
function expand(replacement: string, args: unknown[]): string {
  const groups = args.slice(
    0,
    args.findIndex((a) => typeof a === 'number')
  )
  return replacement.replace(/\$(\$|&|\d{1,2})/g, (_, name: string) => {
    if (name === '$') return '$'
    if (name === '&') return String(groups[0] ?? '')
    return String(groups[Number(name)] ?? '')
  })
}
