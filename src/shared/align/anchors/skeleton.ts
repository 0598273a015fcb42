/**
 * The consonant skeleton of a name, the same for its Cyrillic and Latin spellings:
 * Лукашенко, Lukashenko and Lukashenka -> LKŠNK; Хейл and Hale -> GL; Вашингтон and Washington
 * -> VŠNGTN; Минск and Minsk -> MNSK.
 *
 * Cyrillic is transliterated first (a plain Russian/Belarusian/Ukrainian table), then both scripts go
 * through the same Latin rules: digraphs become one letter class (sh, sch -> Š; ch -> Č; zh -> Ž;
 * kh, h, g -> G, since Russian writes English h as х or г; ts, tz, z, soft c -> S), vowels and y vanish
 * except as a word-initial marker, doubled letters collapse. The loose skeleton also drops v/w (Stewart
 * ~ Стюарт, Europe ~ Европа) and h/g (Johnson ~ Джонсон), merges the sibilants (Chirac ~ Ширак)
 * and drops a final s (Brussels ~ Брюссель): a second key that catches the common variants without
 * an edit-distance search. Vowels are not compared at all, so Hale and Hill share a skeleton: a name
 * is one piece of evidence among several, and a rare collision costs little.
 */

import { CYRILLIC_TO_LATIN } from '../../text/transliterate'

/**
 * Russian case endings that end in a consonant (the vowel-only ones vanish with the vowels anyway):
 * Хейлом, Статкевичем, Путиным, Вашингтоном -> the nominative's skeleton. Not -ов/-ев, which end
 * surnames (Хвостов).
 */
const RUSSIAN_CASE_ENDING = /(?:ами|ями|ого|его|ому|ему|ыми|ими|ом|ем|ём|ым|им|ах|ях)$/

const VOWEL = /[aeiouy]/

/**
 * Keys of one word (no spaces or hyphens): `s:` strict and `l:` loose skeletons; empty when nothing
 * distinctive is left. A Russian word that may carry a case ending gets the keys of both readings
 * (Хейлом -> Хейл, but Максим is a name, not Макс + -им).
 */
export function skeletonKeys(word: string): string[] {
  const lower = word.toLowerCase()
  const readings = [lower]
  if (/[\u0400-\u04ff]/.test(lower) && lower.length >= 6) {
    const stem = lower.replace(RUSSIAN_CASE_ENDING, '')
    if (stem !== lower) readings.push(stem)
  }
  const keys = new Set<string>()
  for (const reading of readings) {
    const skeleton = skeletonOf(reading)
    if (!skeleton) continue
    keys.add(`s:${skeleton.strict}`)
    if (skeleton.loose !== '') keys.add(`l:${skeleton.loose}`)
  }
  return [...keys]
}

export interface Skeleton {
  readonly strict: string
  /** Empty when too short to be told apart from other names. */
  readonly loose: string
}

/** The skeletons of a lower-case word, or undefined when fewer than two letter classes are left. */
export function skeletonOf(word: string): Skeleton | undefined {
  const latin = latinLetters(word)
  if (latin === '') return undefined
  const strict = collapse((VOWEL.test(latin[0]!) ? 'A' : '') + letterClasses(latin))
  if (strict.length < 2) return undefined
  let loose = collapse(strict.replace(/[VG]/g, '').replace(/[ŠČŽJ]/g, 'S'))
  if (loose.length >= 4 && strict.endsWith('S')) loose = loose.slice(0, -1)
  return { strict, loose: loose.length >= 3 ? loose : '' }
}

/** The word in lower-case a–z: Cyrillic transliterated, diacritics and possessive 's dropped. */
function latinLetters(word: string): string {
  let latin = ''
  if (/[\u0400-\u04ff]/.test(word)) {
    for (const ch of word) latin += CYRILLIC_TO_LATIN[ch] ?? ch
  } else {
    latin = /[\u0080-\uffff]/.test(word) ? word.normalize('NFD') : word
    latin = latin.replace(/['’]s$/, '')
  }
  return latin.replace(/[^a-z]/g, '')
}

/** Spellings of one letter class, tried at each position longest first. */
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ['shch', 'ŠČ'],
  ['dzh', 'J'],
  ['sch', 'Š'],
  ['dj', 'J'],
  ['sh', 'Š'],
  ['ch', 'Č'],
  ['zh', 'Ž'],
  ['ph', 'F'],
  ['th', 'T'],
  ['kh', 'G'],
  ['ts', 'S'],
  ['tz', 'S'],
  ['ck', 'K'],
  // A soft c (the vowel after it vanishes anyway).
  ['ce', 'S'],
  ['ci', 'S'],
  ['cy', 'S']
]

/** Class of each single letter; vowels and y have none. */
const LETTERS: Readonly<Record<string, string>> = {
  b: 'B',
  c: 'K',
  d: 'D',
  f: 'F',
  g: 'G',
  h: 'G',
  j: 'J',
  k: 'K',
  l: 'L',
  m: 'M',
  n: 'N',
  p: 'P',
  q: 'K',
  r: 'R',
  s: 'S',
  t: 'T',
  v: 'V',
  w: 'V',
  x: 'KS',
  z: 'S'
}

/** Consonant classes of a lower-case a–z spelling, left to right. */
function letterClasses(latin: string): string {
  let out = ''
  for (let k = 0; k < latin.length;) {
    const digraph = DIGRAPHS.find(([spelling]) => latin.startsWith(spelling, k))
    if (digraph) {
      out += digraph[1]
      k += digraph[0].length
    } else out += LETTERS[latin[k++]!] ?? ''
  }
  return out
}

function collapse(letters: string): string {
  return letters.replace(/(.)\1+/g, '$1')
}
