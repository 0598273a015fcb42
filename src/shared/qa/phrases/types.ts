/**
 * The phrase book: Russian idioms, proverbs, set phrases and fixed names that MT renders word for
 * word, each with the literal renderings to look for in the English and the idiomatic equivalents to
 * suggest. Data, not code: `resources/qa/calques.ru-en.json`, extended by a user's file in the same
 * format (see `phrases/schema.ts` and docs/architecture.md).
 */
import type { Severity } from '../../domain/review'
import type { AnchoredPattern, PatternIndex } from '../text/patterns'

export type PhraseKind = 'idiom' | 'proverb' | 'set-phrase' | 'false-friend' | 'name'

export interface PhraseEntry {
  readonly id: string
  readonly kind: PhraseKind
  /** The phrase as Russian writes it (shown to the reviewer). */
  readonly ru: string
  /** Patterns matched on the Russian; default: `ru` itself, each word by its stem. */
  readonly match: readonly string[]
  /** Patterns of the word-for-word English MT produces. */
  readonly literal: readonly string[]
  /** What an English writer would say. */
  readonly idiomatic: readonly string[]
  readonly note?: string
  readonly category?: string
  readonly severity?: Severity
}

export interface CompiledEntry {
  readonly entry: PhraseEntry
  readonly literal: readonly AnchoredPattern[]
}

export interface PhraseBook {
  readonly entries: readonly PhraseEntry[]
  /** The Russian patterns of every entry. */
  readonly index: PatternIndex<CompiledEntry>
}
