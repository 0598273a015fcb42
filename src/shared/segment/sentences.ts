/**
 * Sentences of one paragraph with the built-in rules of a language. The rules live in `rules/*.json`
 * and the engine in `segmenter.ts`; use `createSegmenter` when the user has extended the rules.
 */
import type { Language } from '../domain/document'
import type { LineRange } from './paragraphs'
import { defaultSegmenter } from './segmenter'

/** Sentence ranges of `text[start, end)` (a paragraph), each trimmed of surrounding whitespace. */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  language: Language
): LineRange[] {
  return defaultSegmenter(language).split(text, start, end)
}
