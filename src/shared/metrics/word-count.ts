/**
 * The one word count of Calque: scores (words per 1,000, segment MQM), reports and the CLI all count
 * words here, so two numbers about "words" never disagree.
 *
 * A word is a whitespace-separated token (any Unicode white space) that holds at least one letter or
 * digit (`\p{L}`, `\p{N}`: Cyrillic, Latin, any script); apostrophes split a token (`don't` = 2,
 * `д'Артаньян` = 2, `'90s` = 1), hyphens do not (`Даунинг-стрит` = 1, `well-known` = 1). Tokens of
 * punctuation alone (`—`, `«`, `...`) are not words.
 *
 * Why this rule: it is the approximation of the (unpublished) tokenizer behind the WMT21 en-ru MQM
 * scores described in the corpora README; with it the published Unbabel system scores are reproduced
 * within 0.1 points (tests/unit/shared/scoring/published-scores.test.ts). It is also what a reader
 * calls a word in Russian and English prose.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const WHITE_SPACE = /\s+/u
/** ASCII apostrophe, right single quotation mark (the typographic apostrophe), modifier letter apostrophe. */
const APOSTROPHES = /['\u2019\u02BC]/u

export function countWords(text: string): number {
  let words = 0
  for (const token of text.split(WHITE_SPACE)) {
    if (!LETTER_OR_DIGIT.test(token)) continue
    for (const part of token.split(APOSTROPHES)) if (LETTER_OR_DIGIT.test(part)) words++
  }
  return words
}
