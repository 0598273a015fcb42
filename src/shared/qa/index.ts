/**
 * Automatic quality checks (public API). `runChecks(rows, options)` -> findings; `QA_CHECKS` lists the
 * checks for settings; glossary, phrase book and speller are built from text here and read from disk
 * by src/main/services/qa.
 */
export { runChecks } from './engine'
export { QA_CHECKS, checkById, isCheckId } from './registry'
export {
  CHECK_IDS,
  type CheckId,
  type Finding,
  type QaCheck,
  type QaFix,
  type QaMessage,
  type QaOptions,
  type QaRow,
  type RegisteredCheck,
  type Span
} from './types'
export { parseGlossary, mergeGlossaries } from './glossary/parse'
export type { Glossary, GlossaryEntry, GlossaryTerm, TermStatus } from './glossary/types'
export { createSpeller, type Speller, type SpellerOptions } from './spelling/speller'
export { builtinPhraseBook, builtinPhraseFile, phraseBookWith } from './phrases/builtin'
export { PhraseBookError, buildPhraseBook, readPhraseFile } from './phrases/book'
export type { PhraseBook, PhraseEntry, PhraseKind } from './phrases/types'
export { applyFix } from './fix'
