/**
 * How likely each Cyrillic letter is after the one before it (or at the start / end of a word) in
 * Russian: the model that tells a short Cyrillic text in the right codepage from the same bytes in the
 * wrong one, where single-letter frequencies cannot (`июля` and its KOI8-R-as-Windows-1251 reading use
 * equally common letters; `ию`, `юл`, `ля` are common pairs, the other reading's pairs are not).
 *
 * Stored as levels: cell `[previous][next]` is a character of `BIGRAM_LEVELS` whose index L means
 * P(next | previous) ~ e^(-L/2). Symbol 0 is the word boundary. Built from the Russian side of the WMT21
 * English->Russian MQM corpus (about 15,000 distinct sentences) with add-half smoothing; the test
 * `tests/unit/shared/text/cyrillic-model.test.ts` rebuilds it from that corpus and compares.
 */

/** `_` (word boundary), then the Russian alphabet. */
export const BIGRAM_ALPHABET = '_абвгдеёжзийклмнопрстуфхцчшщъыьэюя'
export const BIGRAM_LEVELS = '0123456789abcdefghijklmnopqrstuvwxyz'
/** Unseen pairs are capped here (e^-15): rare, not impossible. */
export const MAX_BIGRAM_LEVEL = 30

/** Belarusian and Ukrainian letters, spelled like the Russian letters nearest in behaviour. */
const FOLDED: Readonly<Record<string, string>> = { і: 'и', ї: 'и', є: 'е', ґ: 'г', ў: 'в' }

/** Index of a lower-case character in `BIGRAM_ALPHABET`; 0 for anything that is not a letter there. */
export function bigramSymbol(char: string): number {
  const index = BIGRAM_ALPHABET.indexOf(FOLDED[char] ?? char)
  return index > 0 ? index : 0
}

/** Row = previous symbol, column = next symbol, both in `BIGRAM_ALPHABET` order. */
// prettier-ignore
export const BIGRAM_ROWS: readonly string[] = [
  'q865868qa75f6865547568aab6bgqqq7d9',
  '3f86987l86d85565g9665ca8899apmpg77',
  '769bic5mei6md6b83m59f5mbmmf893dme8',
  '34kded4in95na7b74d8798nfeeagc5cfna',
  '65ace57lll5lc6f92l4bd6ldlfjllllhll',
  '74k8fa3i8g5n96d64a78c5ncdddne7bfg9',
  '3d98768j98d77564b9555ff9b9aapppidc',
  '3bbbbbbbb6bb7553bb5b5bb8bbbbbbbbbb',
  '94akc42gik4h8gf49kddk8kkkbkkkkekkk',
  '5295a57mcj6maa655m7gh7mmmimme7bmm9',
  '3aa7a76pc67876659c765hb798cdpppe96',
  '1daclablljfla8a68lf57lela99llllllg',
  '43nbng8n8e4nd7fb2k6a67nnanfnnnnenn',
  '54lfcd4h8f3na8e95djad7hnngnnn94c76',
  '35bgkg4hnn4nbaa748gaf6gnhhnnn5agh9',
  '64mda84mff3obfo64of877ag9cedo58hd8',
  '3f65668l88978566a8565ccbc8adpppdeb',
  'a5nnnn5nnn7nd7ja2a2cc7nnddgnn7bdn9',
  '73cb9a4k9k5oab973db885ebcfcjo6age8',
  '67b7ia5hdh7o5687569838cbdbaoja8ed5',
  '44f6lc4lol5o9bc83c57c8ffjehhk85ofa',
  '3978758m6aac7778f7765km8e698mmmd5e',
  '85ei6i4iii3ii8if3i6di67iiiiiifiifi',
  '15kakb9kkk7kkc863k7akabkkkkkkkabkk',
  '75j6jj3jjb1jcjje6hacj7jjjjjjj7jjjj',
  'a4lell2gli4labl6dlcl29llll9lll8bll',
  '84jcjj2jjj3j75b76dje68jjjjjjjjafch',
  'j4jjjj2djj2jjjjcjjfjj7jjjjjjjj7jjj',
  'eeeeee1beeeeeeeeeeeeeeeeeeeeeeeee2',
  '2ma6ab4mk9f5a55bma886mm5mb9kmmmmmd',
  '1mafcd7jf8cm6m94bmm58mcm9b6gmmmm69',
  'ghj7jjjjjjh86696j98b1j8djjbjjjjjjj',
  '2k8ka5kk9bkkg9c8kk993kkg96k4kkkfbk',
  '1mc7d88ma7dbd878mkb85mm8aad8mmmm8b'
]

/** log P(next | previous), in nats. */
export function bigramLogProbability(previous: number, next: number): number {
  return LOG_PROBABILITY[previous * BIGRAM_ALPHABET.length + next]!
}

const LOG_PROBABILITY = Float64Array.from(
  BIGRAM_ROWS.join(''),
  (level) => -BIGRAM_LEVELS.indexOf(level) / 2
)
