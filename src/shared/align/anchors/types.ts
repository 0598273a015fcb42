/**
 * A lexical anchor: something in a segment that a faithful translation keeps recognisably, so that
 * finding it on the other side is evidence that the two segments correspond. Anchors need no model:
 * numbers and dates are normalised, names are compared through a transliteration skeleton.
 */
export type AnchorKind =
  /** A number of two or more digits (years included): "2019", "3,5" = "3.5", "1 000" = "1,000". */
  | 'number'
  /** A one-digit number: common, and often spelt out on the other side, so weaker. */
  | 'digit'
  /** Day and month: "17 сентября" = "September 17" = "17.09.2019". */
  | 'date'
  /** A month without a day: "в сентябре" = "in September". */
  | 'month'
  /** A capitalised word inside a sentence, compared across scripts by its consonant skeleton. */
  | 'name'
  /**
   * The same for the first word of a segment: capitalised anyway, so as likely an ordinary word
   * ("Картина", "Earlier") that the other side words differently as a name.
   */
  | 'first-word'
  | 'question'
  | 'exclamation'
  | 'quote'

export const ANCHOR_KINDS: readonly AnchorKind[] = [
  'number',
  'digit',
  'date',
  'month',
  'name',
  'first-word',
  'question',
  'exclamation',
  'quote'
]

export interface Anchor {
  readonly kind: AnchorKind
  /**
   * Normalised forms; two anchors match when they share any key. A name has a strict and a loose
   * skeleton, a slash date both readings (day/month and month/day).
   */
  readonly keys: readonly string[]
}
