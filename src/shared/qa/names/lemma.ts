/**
 * Keys that say "the same name" across a Russian text's case forms and across scripts.
 *
 * - `nameLemma`: a Russian (or Belarusian) name in any case -> one key with its vowels kept, so that
 *   Хейла, Хейлом -> kheyl but Холл -> kholl: the consonant skeleton alone (align/anchors/skeleton.ts)
 *   would merge those two people.
 * - `latinSpelling`: an English name's letters, lower case, possessive dropped.
 */
import { transliterate } from '../../text/transliterate'

/** Consonant-final case endings (transliterated), tried longest first. */
const CASE_ENDINGS = /(?:ogo|ego|omu|emu|ami|yami|ykh|ikh|akh|yakh|om|em|ym|im|oy|ey|yu|oyu|eyu)$/

export function nameLemma(word: string): string {
  let latin = transliterate(word).replace(/[^a-z]/g, '')
  if (latin.length >= 6) latin = latin.replace(CASE_ENDINGS, '')
  const stripped = latin.replace(/[aeiouy]+$/, '')
  return stripped.length >= 3 ? stripped : latin
}

export function latinSpelling(word: string): string {
  return word
    .replace(/['’]s$/i, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
}
