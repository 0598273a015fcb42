/**
 * A glossary ready to match: its Russian terms and its forbidden English terms in pattern indexes
 * (every word matched by its light stem, so «санкциям» meets «санкции»), its allowed English terms as
 * patterns. Compiled once per glossary object.
 */
import { compilePattern, PatternIndex, type CompiledPattern } from '../text/patterns'
import type { Glossary, GlossaryEntry, GlossaryTerm } from './types'

export interface CompiledGlossaryEntry {
  readonly entry: GlossaryEntry
  readonly allowed: readonly CompiledPattern[]
  readonly forbidden: readonly CompiledPattern[]
  /** The English term a forbidden one is replaced by. */
  readonly preferred: string | undefined
}

export interface CompiledGlossary {
  readonly sources: PatternIndex<CompiledGlossaryEntry>
  readonly forbidden: PatternIndex<CompiledGlossaryEntry>
}

const cache = new WeakMap<Glossary, CompiledGlossary>()

/** A term as a pattern: its words, with the pattern syntax characters taken literally. */
function termPattern(term: GlossaryTerm): CompiledPattern | undefined {
  const words = term.text.replace(/[*|?]|\.\.\./g, ' ').trim()
  if (!/[\p{L}\p{N}]/u.test(words)) return undefined
  try {
    return compilePattern(words)
  } catch {
    return undefined
  }
}

const patterns = (terms: readonly GlossaryTerm[]) =>
  terms.map(termPattern).filter((p): p is CompiledPattern => p !== undefined)

export function compileGlossary(glossary: Glossary): CompiledGlossary {
  const cached = cache.get(glossary)
  if (cached) return cached
  const sources = new PatternIndex<CompiledGlossaryEntry>()
  const forbidden = new PatternIndex<CompiledGlossaryEntry>()
  for (const entry of glossary.entries) {
    const allowedTerms = entry.target.filter((t) => t.status !== 'forbidden')
    const forbiddenTerms = entry.target.filter((t) => t.status === 'forbidden')
    const compiled: CompiledGlossaryEntry = {
      entry,
      allowed: patterns(allowedTerms),
      forbidden: patterns(forbiddenTerms),
      preferred: (allowedTerms.find((t) => t.status === 'preferred') ?? allowedTerms[0])?.text
    }
    for (const pattern of patterns(entry.source.filter((t) => t.status !== 'forbidden'))) {
      sources.add(pattern, compiled)
    }
    for (const pattern of compiled.forbidden) forbidden.add(pattern, compiled)
  }
  const result = { sources, forbidden }
  cache.set(glossary, result)
  return result
}
