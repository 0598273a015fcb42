/**
 * Numbers, dates and months as anchors. Translation keeps the value but not the spelling, so each is
 * reduced to a canonical key: "3,5" and "3.5" -> n:3.5; "1 000", "1,000" and "1.000" -> n:1000;
 * "17 сентября", "September 17", "17th of September" and "17.09.2019" -> d:17.9 (plus n:2019 for the
 * year). A date consumes its day number, so "17" does not also count as a bare number.
 */
import { monthOf } from './months'
import type { Anchor } from './types'

/**
 * A number as written: digits with grouping (space, NBSP or thin space before exactly three digits)
 * and decimal marks, or a slash date (17/09/19). One pass of this over a segment finds every number
 * and date; what surrounds each match decides which it is.
 */
const NUMBER = /\d+(?:(?:[.,/]|[ \u00a0\u2009\u202f](?=\d{3}(?!\d)))\d+)*/g
/** 17.09.2019, 17/09/19, 9/17/2019: the whole match. */
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$/
/** After a year, the rest of an ISO date: 2019-09-17. */
const ISO_REST = /-(\d{2})-(\d{2})(?!\d)/y
/** After a day number, the month ("17 сентября", "17th of September", "9. September", "1er mai"). */
const MONTH_AFTER = /(?:-?(?:го|е|ое|st|nd|rd|th|er)|\.)?\s+(?:of\s+)?(\p{L}+)/uy
/** Before a day number, an English month ("September 17", "Sept. 17"). */
const MONTH_BEFORE = /(?<!\p{L})([A-Za-z]+)\.?\s+$/u
/**
 * A scale word after a number: "600 тыс." is the 600,000 of the translation, "1,5 млн" its
 * 1.5 million or 1,500,000. Such a number gets both values as keys.
 */
const SCALE =
  /^[\s\u00a0]*(тыс|тысяч|thousand|tausend|mille|млн|миллион|million|mio|millionen|milliard|млрд|миллиард|billion|mrd|трлн|триллион|trillion)/iu
const SCALE_EXPONENT: Readonly<Record<string, number>> = {
  тыс: 3,
  тысяч: 3,
  thousand: 3,
  tausend: 3,
  mille: 3,
  млн: 6,
  миллион: 6,
  million: 6,
  mio: 6,
  millionen: 6,
  milliard: 9,
  млрд: 9,
  миллиард: 9,
  billion: 9,
  mrd: 9,
  трлн: 12,
  триллион: 12,
  trillion: 12
}

/**
 * Dates and numbers of `text`. The character ranges the dates cover are appended to `dateSpans`
 * (start, end, start, end, …) so that the caller can skip the month names inside them.
 * `monthWords`: whether the text has a word that may name a month; without one, no day number is
 * looked at for a month beside it.
 */
export function numericAnchors(
  text: string,
  dateSpans: number[] = [],
  monthWords = true
): Anchor[] {
  const anchors: Anchor[] = []
  let skipTo = 0
  for (const match of text.matchAll(NUMBER)) {
    const token = match[0]
    const start = match.index
    const end = start + token.length
    if (start < skipTo) continue
    const numeric = NUMERIC_DATE.exec(token)
    if (numeric) {
      const [, first, separator, second, year] = numeric
      const a = Number(first)
      const b = Number(second)
      const keys = [dateKey(a, b), separator === '/' ? dateKey(b, a) : undefined].filter(
        (key): key is string => key !== undefined
      )
      if (keys.length > 0) {
        anchors.push({ kind: 'date', keys: [...new Set(keys)] })
        anchors.push({ kind: 'number', keys: [`n:${fullYear(year!)}`] })
        dateSpans.push(start, end)
        continue
      }
    }
    if (token.includes('/')) {
      // Not a date: "2019/2020", "1/8 финала" are numbers side by side.
      for (const part of token.split('/')) anchors.push(numberAnchor(part, ''))
      continue
    }
    if (token.length === 4 && text.charCodeAt(end) === 0x2d) {
      ISO_REST.lastIndex = end
      const iso = ISO_REST.exec(text)
      const key = iso && dateKey(Number(iso[2]), Number(iso[1]))
      if (key) {
        anchors.push({ kind: 'date', keys: [key] }, { kind: 'number', keys: [`n:${token}`] })
        dateSpans.push(start, ISO_REST.lastIndex)
        skipTo = ISO_REST.lastIndex
        continue
      }
    }
    if (monthWords && token.length <= 2) {
      const day = Number(token)
      MONTH_AFTER.lastIndex = end
      const after = MONTH_AFTER.exec(text)
      const afterKey = after && dateKey(day, monthOf(after[1]!, true))
      const before = afterKey ? null : MONTH_BEFORE.exec(text.slice(Math.max(0, start - 24), start))
      const beforeKey = before && dateKey(day, monthOf(before[1]!, true))
      if (afterKey) {
        anchors.push({ kind: 'date', keys: [afterKey] })
        dateSpans.push(start, MONTH_AFTER.lastIndex)
        skipTo = MONTH_AFTER.lastIndex
        continue
      }
      if (beforeKey) {
        anchors.push({ kind: 'date', keys: [beforeKey] })
        dateSpans.push(start - before![0].length, end)
        continue
      }
    }
    anchors.push(numberAnchor(token, text.slice(end, end + 16)))
  }
  return anchors
}

/** A number, with its scaled value as a second key when a scale word follows ("600 тыс."). */
function numberAnchor(token: string, after: string): Anchor {
  const value = canonicalNumber(token)
  const scale = SCALE.exec(after)
  const keys = [`n:${value}`]
  if (scale) keys.push(`n:${scaled(value, SCALE_EXPONENT[scale[1]!.toLowerCase()]!)}`)
  return { kind: value.length === 1 && !scale ? 'digit' : 'number', keys }
}

function dateKey(day: number, month: number): string | undefined {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? `d:${day}.${month}` : undefined
}

/** Russian ordinal stems, 1st to 20th and 30th, as days are spelt out ("пятнадцатого февраля"). */
const RUSSIAN_ORDINALS = [
  'перв',
  'втор',
  'трет',
  'четв[её]рт',
  'пят',
  'шест',
  'седьм',
  'восьм',
  'девят',
  'десят',
  'одиннадцат',
  'двенадцат',
  'тринадцат',
  'четырнадцат',
  'пятнадцат',
  'шестнадцат',
  'семнадцат',
  'восемнадцат',
  'девятнадцат',
  'двадцат'
]
const SPELLED_DAY = new RegExp(
  `(?<![\\p{L}])(?:(двадцать|тридцать)\\s+)?(${RUSSIAN_ORDINALS.join('|')}|тридцат)(?:ого|ое|ом|ому|ь?(?:его|ему|ем|е))\\s+(\\p{L}+)`,
  'giu'
)

/** Dates with the day spelt out in Russian: "пятнадцатого февраля" -> d:15.2, as "February 15". */
export function spelledDates(text: string, dateSpans: number[] = []): Anchor[] {
  const anchors: Anchor[] = []
  for (const match of text.matchAll(SPELLED_DAY)) {
    const [whole, tens, stem, word] = match
    const month = monthOf(word!, true)
    if (month === 0) continue
    const unit = RUSSIAN_ORDINALS.findIndex((ordinal) =>
      new RegExp(`^${ordinal}$`, 'iu').test(stem!)
    )
    const day =
      (tens?.toLowerCase() === 'двадцать' ? 20 : tens ? 30 : 0) + (unit >= 0 ? unit + 1 : 30)
    if (day > 31) continue
    anchors.push({ kind: 'date', keys: [`d:${day}.${month}`] })
    dateSpans.push(match.index, match.index + whole.length)
  }
  return anchors
}

/** `value` (a canonical number) times 10^exponent, written canonically, without float rounding. */
function scaled(value: string, exponent: number): string {
  const [integer, fraction = ''] = value.split('.')
  const digits = fraction.padEnd(exponent, '0')
  const whole = `${integer}${digits.slice(0, exponent)}`.replace(/^0+(?=\d)/, '')
  const rest = digits.slice(exponent).replace(/0+$/, '')
  return rest === '' ? whole : `${whole}.${rest}`
}

function fullYear(year: string): string {
  if (year.length === 4) return year
  const short = Number(year)
  return String(short < 50 ? 2000 + short : 1900 + short)
}

/**
 * The value of a number as written in any of the conventions: spaces always group thousands; with
 * both "." and "," the last is the decimal mark; one mark used twice groups; one mark used once
 * groups when exactly three digits follow a short non-zero integer part ("1,000", "2.500"), and is a
 * decimal mark otherwise ("3,5", "0,125", "12.75").
 */
export function canonicalNumber(token: string): string {
  const parts = token.split(/([.,\s\u00a0\u2009\u202f])/)
  const digits = parts.filter((_, k) => k % 2 === 0)
  const marks = parts.filter((_, k) => k % 2 === 1).filter((mark) => mark === '.' || mark === ',')
  let decimalAt = -1 // index in `digits` of the first group after the decimal mark
  if (marks.length > 0) {
    const last = marks[marks.length - 1]!
    const lastIndex = parts.lastIndexOf(last)
    const groupAfter = parts[lastIndex + 1]!
    const integerPart = parts.slice(0, lastIndex).join('').replace(/\D/g, '')
    const mixed = marks.some((mark) => mark !== last)
    const repeated = marks.length > 1 && !mixed
    const grouping =
      !mixed &&
      (repeated ||
        (groupAfter.length === 3 && integerPart.length <= 3 && !/^0+$/.test(integerPart)))
    if (!grouping) decimalAt = (lastIndex + 1) / 2
  }
  const integer =
    (decimalAt < 0 ? digits : digits.slice(0, decimalAt)).join('').replace(/^0+(?=\d)/, '') || '0'
  const fraction = decimalAt < 0 ? '' : digits.slice(decimalAt).join('').replace(/0+$/, '')
  return fraction === '' ? integer : `${integer}.${fraction}`
}
