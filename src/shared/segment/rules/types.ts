/**
 * Sentence-splitting rules are data: one object per language, read by `sentences.ts`. Adding a language
 * or an abbreviation is a data change. Abbreviation forms are lower case, with their internal periods
 * and without spaces: `т. е.` and `т.е.` are both `'т.е'`, `U.S.` is `'u.s'`. A one-letter form only
 * matches a lower-case letter, because a capital followed by a period is an initial (`А. Г. Лукашенко`).
 */
import type { Language } from '../../domain/document'

export interface SentenceRules {
  readonly language: Language
  /**
   * Abbreviations that introduce a name, a place or a number (`Mr. Hale`, `ул. Ленина`, `e.g.`): a period
   * after them never ends a sentence when text follows.
   */
  readonly titles: readonly string[]
  /** Abbreviations that introduce a number (`No. 5`, `ч. 2`, `Jan. 17`): no sentence end before a digit. */
  readonly beforeNumber: readonly string[]
  /**
   * Abbreviations that usually sit inside a sentence but may end one (`the U.S. Embassy` / `…by the U.S.
   * The talks`): the sentence ends only if the next word is one of `sentenceStarters`. Initials (a
   * capital letter and a period) are treated the same way.
   */
  readonly ambiguous: readonly string[]
  /**
   * Abbreviations that often end a sentence (`etc.`, `т. д.`, `т. п.`): a capital after them starts a
   * new one, as after any word. Listed so that a shorter form inside them (`д.` of `т. д.`, a title
   * on its own: `д. 5`) is not taken instead.
   */
  readonly sentenceFinal: readonly string[]
  /**
   * Units written after a number (`2008 г.`, `5 млн.`, `XX в.`, `5 p.m.`): right after a number they are
   * `ambiguous`; elsewhere the lists above decide (`г. Минск` is a title: the city).
   */
  readonly unitsAfterNumber: readonly string[]
  /** Words that typically open a sentence; compared in lower case. */
  readonly sentenceStarters: readonly string[]
  /**
   * A paragraph no longer than this that does not end in sentence punctuation is a heading and stays
   * one segment (`Commentary from politicians`, `Other news`).
   */
  readonly headingMaxLength: number
}

/** Whitespace-separated words -> list, so the rule files read like word lists. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word !== '')
}
