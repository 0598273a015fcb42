/**
 * Builds a phrase book from files: validates them, compiles every pattern, and merges a user's file
 * over the built-in list (an entry with the same id replaces the built-in one).
 */
import { anchored, compilePattern, PatternError, PatternIndex } from '../text/patterns'
import { phraseFileSchema, type PhraseFile } from './schema'
import type { CompiledEntry, PhraseBook, PhraseEntry } from './types'

export class PhraseBookError extends Error {}

/** Validates a parsed JSON value as a phrase file; errors name the entry and the field. */
export function readPhraseFile(json: unknown): PhraseFile {
  const parsed = phraseFileSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new PhraseBookError(`${issue.path.join('.') || '(file)'}: ${issue.message}`)
  }
  return parsed.data
}

/** A phrase book from files in order of precedence, the built-in list last. */
export function buildPhraseBook(files: readonly PhraseFile[]): PhraseBook {
  const byId = new Map<string, PhraseEntry>()
  for (const file of [...files].reverse()) {
    for (const raw of file.entries) {
      byId.set(raw.id, { ...raw, match: raw.match ?? [raw.ru] })
    }
  }
  const index = new PatternIndex<CompiledEntry>()
  const entries = [...byId.values()]
  for (const entry of entries) {
    try {
      const compiled: CompiledEntry = {
        entry,
        literal: entry.literal.map((literal) => anchored(compilePattern(literal)))
      }
      for (const match of entry.match) index.add(compilePattern(match), compiled)
    } catch (error) {
      if (error instanceof PatternError)
        throw new PhraseBookError(`entry "${entry.id}": ${error.message}`)
      throw error
    }
  }
  return { entries, index }
}
