/**
 * The numbers of a text with their spans, each reduced to the keys a translation keeps: the value
 * whatever the notation ("1 000", "1,000" -> n:1000; "1,5" and "1.5" -> n:1.5), the scaled value
 * ("1,5 млн" -> n:1500000), dates ("17 сентября", "September 17", "17.09.2019", "17/09/2019" ->
 * d:17.9), times ("22:00", "22.00", "22 часа", "10 p.m." -> t:1320), decades ("90-х", "1990s" ->
 * n:1990), fractions ("1/2" -> n:0.5), phone numbers (digits only, however grouped). Builds on the
 * aligner's number reader (`canonicalNumber`, `monthOf`), adding the spans a finding needs.
 */
import { monthOf } from '../../align/anchors/months'
import { canonicalNumber } from '../../align/anchors/numbers'

export interface NumberItem {
  readonly start: number
  readonly end: number
  readonly keys: readonly string[]
  /** As written. */
  readonly text: string
  /** Grouped with spaces ("1 000") or written with a decimal comma ("1,5"): not English. */
  readonly notation: 'plain' | 'space-grouped' | 'decimal-comma'
}

const NUMBER = /\d+(?:(?:[.,]|[ \u00a0\u2009\u202f](?=\d{3}(?!\d)))\d+)*/g
/** Digit groups with spaces, hyphens or brackets, seven digits at least (checked after matching). */
const PHONE =
  /(?<![\d.,])(?:\+\d{1,3}[ \u00a0-]?)?(?:\(\d{2,5}\)[ \u00a0-]?)?\d{2,4}(?:[ \u00a0-]\d{2,4})+(?![\d.,]*\d)/g
const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g
const FRACTION = /(?<![\d/.,])(\d+)\/(\d+)(?![\d/])/g
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/
const DOT_TIME = /^(\d{1,2})\.(\d{2})$/
const TIME_AFTER = /^[:։-](\d{2})(?!\d)/
const HOURS_AFTER = /^\s?(?:час(?:а|ов)?|ч\.?)(?:\s+(\d{1,2})\s?(?:минут\p{L}*|мин\.?))?(?!\p{L})/u
const MERIDIEM = /^\s?([ap])\.?\s?m\b\.?/i
const MONTH_AFTER = /^(?:-?(?:го|е|ое|st|nd|rd|th)|\.)?\s+(?:of\s+)?(\p{L}+)/u
const MONTH_BEFORE = /(?<!\p{L})(\p{L}+)\.?\s+$/u
const SCALE =
  /^[\s\u00a0]*(?:(тыс|тысяч|thousand|млн|миллион|million|mln|mn|млрд|миллиард|billion|bln|bn|трлн|триллион|trillion))(?![a-z])/iu
const SCALE_EXPONENT: Readonly<Record<string, number>> = {
  тыс: 3,
  тысяч: 3,
  thousand: 3,
  млн: 6,
  миллион: 6,
  million: 6,
  mln: 6,
  mn: 6,
  млрд: 9,
  миллиард: 9,
  billion: 9,
  bln: 9,
  bn: 9,
  трлн: 12,
  триллион: 12,
  trillion: 12
}
/** "90-х", "90-е", "90-ые", "1990s", "90s", "’90s". */
const DECADE_AFTER = /^(?:-?(?:х|е|ые|ых|s)|['’]s)(?!\p{L})/u

export function extractNumbers(text: string): NumberItem[] {
  const special = specialItems(text)
  const items: NumberItem[] = []
  let covered = 0
  let next = 0
  for (const match of text.matchAll(NUMBER)) {
    for (const token of splitYearRuns(match[0], match.index)) {
      while (next < special.length && special[next]!.end <= token.start)
        items.push(special[next++]!)
      const inside = special[next]
      if (
        token.start < covered ||
        (inside && token.start >= inside.start && token.start < inside.end)
      ) {
        continue
      }
      const found = item(text, token.text, token.start)
      covered = found.end
      items.push(found)
    }
  }
  while (next < special.length) items.push(special[next++]!)
  return items
}

/** Phone numbers, slash dates and fractions: read as a whole before single numbers. */
function specialItems(text: string): NumberItem[] {
  const found: NumberItem[] = []
  const add = (start: number, raw: string, keys: string[]) => {
    if (found.some((f) => start < f.end && start + raw.length > f.start)) return
    found.push({ start, end: start + raw.length, keys, text: raw, notation: 'plain' })
  }
  if (/\d[ \u00a0(-]+\d/.test(text)) {
    for (const m of text.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/g, '')
      if (digits.length < 7 || /^\d{1,3}(?:[ \u00a0]\d{3})+$/.test(m[0])) continue
      // A country or area code, or three groups at least: "2019-2020" is two years.
      if (!/[+(]/.test(m[0]) && m[0].split(/[ \u00a0-]/).length < 3) continue
      add(m.index, m[0], [`p:${digits}`])
    }
  }
  if (text.includes('/')) {
    for (const m of text.matchAll(SLASH_DATE)) {
      const [, a, b, year] = m
      const keys = [dateKey(Number(a), Number(b)), dateKey(Number(b), Number(a))].filter(
        (k): k is string => k !== undefined
      )
      if (keys.length > 0) add(m.index, m[0], [...keys, `n:${fullYear(year!)}`])
    }
    for (const m of text.matchAll(FRACTION)) {
      const [, a, b] = m
      const value = Number(b) === 0 ? undefined : Math.round((Number(a) / Number(b)) * 100) / 100
      add(m.index, m[0], [`n:${a}`, `n:${b}`, ...(value === undefined ? [] : [`n:${value}`])])
    }
  }
  return found.sort((x, y) => x.start - y.start)
}

/** "2019 100": a space groups thousands only after at most three digits; otherwise two numbers. */
function splitYearRuns(token: string, start: number): { text: string; start: number }[] {
  const head = /^\d+/.exec(token)![0]
  if (head.length <= 3 || !/[ \u00a0\u2009\u202f]/.test(token)) return [{ text: token, start }]
  const parts: { text: string; start: number }[] = []
  let offset = start
  for (const piece of token.split(/([ \u00a0\u2009\u202f])/)) {
    if (/^[ \u00a0\u2009\u202f]$/.test(piece)) offset += 1
    else {
      parts.push({ text: piece, start: offset })
      offset += piece.length
    }
  }
  return parts
}

function item(text: string, token: string, start: number): NumberItem {
  const end = start + token.length
  const after = text.slice(end, end + 32)
  const keys: string[] = []
  let notation: NumberItem['notation'] = 'plain'
  let spanEnd = end

  const numericDate = NUMERIC_DATE.exec(token)
  if (numericDate) {
    const [, day, month, year] = numericDate
    const date = dateKey(Number(day), Number(month))
    if (date) return { start, end, keys: [date, `n:${fullYear(year!)}`], text: token, notation }
  }
  const value = canonicalNumber(token)
  keys.push(`n:${value}`)
  if (/\d[ \u00a0\u2009\u202f]\d{3}/.test(token)) {
    // "16 100x185" may be two numbers: keep each part's value as well.
    notation = 'space-grouped'
    for (const part of token.split(/[ \u00a0\u2009\u202f]/)) keys.push(`n:${canonicalNumber(part)}`)
  } else if (/^\d+,(?:\d{1,2}|\d{4,})$/.test(token) || /^\d{1,3}(?:\.\d{3})+,\d+$/.test(token)) {
    notation = 'decimal-comma'
  }
  const dotTime = DOT_TIME.exec(token)
  if (dotTime && Number(dotTime[1]) <= 24 && Number(dotTime[2]) < 60) {
    keys.push(...timeKeys(Number(dotTime[1]), Number(dotTime[2]), text.slice(end, end + 8)))
  }

  const scale = SCALE.exec(after)
  if (scale) keys.push(`n:${scaled(value, SCALE_EXPONENT[scale[1]!.toLowerCase()]!)}`)

  if (/^\d{1,2}$/.test(token)) {
    const hour = Number(token)
    const time = TIME_AFTER.exec(after)
    const hours = time ? null : HOURS_AFTER.exec(after)
    if (time && hour <= 24 && Number(time[1]) < 60) {
      const minutes = Number(time[1])
      if (time[0][0] === '-' && minutes !== 0) {
        // "10-15 человек" is a range, "с 10-00 до 22-00" a time (with minutes 00 read as one).
        keys.push(...timeKeys(hour, minutes, ''))
      } else {
        spanEnd = end + time[0].length
        keys.push(...timeKeys(hour, minutes, text.slice(spanEnd, spanEnd + 8)))
      }
    } else if (hours) {
      keys.push(...timeKeys(hour, Number(hours[1] ?? 0), ''))
      if (hours[1]) spanEnd = end + hours[0].length
    } else {
      const meridiem = MERIDIEM.exec(after)
      if (meridiem) keys.push(`t:${meridiemMinutes(hour, 0, meridiem[1]!)}`)
    }
    const monthAfter = MONTH_AFTER.exec(after)
    const month =
      (monthAfter && monthOf(monthAfter[1]!, true)) ||
      monthOf(MONTH_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? '', true)
    const date = month ? dateKey(hour, month) : undefined
    if (date) keys.push(date)
    // США-86, ’86: a year.
    if (token.length === 2 && /[-'’]$/.test(text.slice(Math.max(0, start - 1), start))) {
      keys.push(`n:${1900 + hour}`, `n:${2000 + hour}`)
    }
  }
  if (/^\d{2}$|^\d{4}$/.test(token) && DECADE_AFTER.test(after)) {
    const n = Number(token)
    if (token.length === 2) keys.push(`n:${1900 + n}`, `n:${2000 + n}`)
    else keys.push(`n:${n % 100}`)
  }
  return { start, end: spanEnd, keys, text: text.slice(start, spanEnd), notation }
}

/** Minutes of the day; with a.m./p.m. after it, that reading; a 24-hour time also as 12-hour. */
function timeKeys(hour: number, minute: number, after: string): string[] {
  const meridiem = MERIDIEM.exec(after)
  if (meridiem) return [`t:${meridiemMinutes(hour, minute, meridiem[1]!)}`]
  const keys = [`t:${hour * 60 + minute}`]
  if (hour === 0 || hour === 24) keys.push(`t:${minute}`, `t:${1440 + minute}`)
  return keys
}

function meridiemMinutes(hour: number, minute: number, half: string): number {
  const h = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0)
  return h * 60 + minute
}

function dateKey(day: number, month: number): string | undefined {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? `d:${day}.${month}` : undefined
}

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year)
}

/** `value` (canonical) times 10^exponent, without float rounding. */
function scaled(value: string, exponent: number): string {
  const [integer, fraction = ''] = value.split('.')
  const digits = fraction.padEnd(exponent, '0')
  const whole = `${integer}${digits.slice(0, exponent)}`.replace(/^0+(?=\d)/, '')
  const rest = digits.slice(exponent).replace(/0+$/, '')
  return rest === '' ? whole : `${whole}.${rest}`
}
