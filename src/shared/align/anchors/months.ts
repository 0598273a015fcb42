/**
 * Month names in the languages Calque meets (Russian and English, and German and French for the
 * Text+Berg benchmark), lower-cased and without diacritics, mapped to the month number. Russian is
 * matched by stem because the month declines (сентябрь, сентября, сентябре).
 */
const RUSSIAN_STEMS: readonly (readonly [string, number])[] = [
  ['январ', 1],
  ['феврал', 2],
  ['март', 3],
  ['апрел', 4],
  ['июн', 6],
  ['июл', 7],
  ['август', 8],
  ['сентябр', 9],
  ['октябр', 10],
  ['ноябр', 11],
  ['декабр', 12]
]
const RUSSIAN_MAY = new Set(['май', 'мая', 'мае', 'маю', 'маем'])

/** Full names: safe on their own (a month mentioned without a day is still an anchor). */
const FULL_NAMES = new Map<string, number>(
  Object.entries({
    january: 1,
    february: 2,
    april: 4,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
    januar: 1,
    janner: 1,
    februar: 2,
    marz: 3,
    juni: 6,
    juli: 7,
    oktober: 10,
    dezember: 12,
    janvier: 1,
    fevrier: 2,
    avril: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    aout: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    decembre: 12
  })
)

/**
 * Names that are also ordinary words ("may", "march", "mars") or short forms ("Sept", "Jan"):
 * months only next to a day number.
 */
const NEXT_TO_A_DAY = new Map<string, number>(
  Object.entries({
    march: 3,
    mars: 3,
    may: 5,
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12
  })
)

/** The month a word names, or 0; `withDay` admits the ambiguous names. */
export function monthOf(word: string, withDay: boolean): number {
  const lower = word.toLowerCase()
  const first = lower.charCodeAt(0)
  if (first >= 0x430 && first <= 0x44f) {
    if (RUSSIAN_MAY.has(lower)) return 5
    for (const [stem, month] of RUSSIAN_STEMS) if (lower.startsWith(stem)) return month
    return 0
  }
  const plain = /[\u0080-\uffff]/.test(lower)
    ? lower.normalize('NFD').replace(/\p{M}/gu, '')
    : lower
  return FULL_NAMES.get(plain) ?? (withDay ? (NEXT_TO_A_DAY.get(plain) ?? 0) : 0)
}
