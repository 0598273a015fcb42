/**
 * The user's glossary: a Russian term whose English is not in the row (reported on the Russian term,
 * naming the expected English), and a forbidden English term (reported on it, with the preferred term
 * as the fix). Terms match in any inflection.
 */
import { compileGlossary } from '../glossary/compile'
import { findPattern, type WordMatch } from '../text/patterns'
import type { RowCheck } from '../types'
import { message } from './message'

export const glossaryCheck: RowCheck = {
  id: 'glossary',
  scope: 'row',
  category: 'terminology/inconsistent-with-termbase',
  severity: 'major',
  needs: 'glossary',
  run(row, context, emit) {
    const glossary = context.options.glossary
    if (!glossary) return
    const compiled = compileGlossary(glossary)
    const target = context.words(row, 'target')
    const span = (m: WordMatch): [number, number] => [target.starts[m.first]!, target.ends[m.last]!]
    const forbiddenHits = row.target === '' ? [] : compiled.forbidden.find(target)
    for (const { payload, match } of forbiddenHits) {
      const at = span(match)
      const found = row.target.slice(at[0], at[1])
      emit({
        row,
        side: 'target',
        span: at,
        message: payload.preferred
          ? message('forbiddenTerm', { term: found, preferred: payload.preferred })
          : message('forbiddenTermNoAlternative', { term: found }),
        ...(payload.preferred
          ? {
              fix: {
                side: 'target' as const,
                span: at,
                replacement: matchInitial(payload.preferred, found)
              }
            }
          : {})
      })
    }
    if (row.source === '' || row.target === '') return
    const source = context.words(row, 'source')
    for (const { payload, match } of compiled.sources.find(source)) {
      if (payload.allowed.length === 0) continue
      if (payload.allowed.some((pattern) => findPattern(pattern, target))) continue
      if (forbiddenHits.some((hit) => hit.payload === payload)) continue // already reported on the English
      emit({
        row,
        side: 'source',
        span: [source.starts[match.first]!, source.ends[match.last]!],
        message: message('termMissing', {
          term: row.source.slice(source.starts[match.first]!, source.ends[match.last]!),
          expected: payload.entry.target
            .filter((t) => t.status !== 'forbidden')
            .map((t) => t.text)
            .join(' / ')
        })
      })
    }
  }
}

/** "under Secretary" in running text keeps its lower-case start if the term was written so. */
function matchInitial(preferred: string, found: string): string {
  const first = found[0] ?? ''
  if (first === first.toUpperCase() && first !== first.toLowerCase()) {
    return preferred[0]!.toUpperCase() + preferred.slice(1)
  }
  return preferred
}
