/** Keyboard rules of the flag picker, kept pure so they can be tested without a DOM. */
import type { Severity } from '@shared/domain/review'

/** Offered by the picker, in key order: 1 Minor, 2 Major, 3 Critical. */
export const PICKER_SEVERITIES = [
  'minor',
  'major',
  'critical'
] as const satisfies readonly Severity[]

/** `1`/`2`/`3` on the main row or the keypad (by physical key, so any layout works). */
export function severityForKey(event: Pick<KeyboardEvent, 'key' | 'code'>): Severity | null {
  const digit = /^(?:Digit|Numpad)([1-3])$/.exec(event.code)?.[1] ?? /^[1-3]$/.exec(event.key)?.[0]
  return digit ? (PICKER_SEVERITIES[Number(digit) - 1] ?? null) : null
}

/**
 * Type-ahead on the first letter of the labels as the reviewer reads them (Russian labels with a
 * Russian layout): the next match after the current one, wrapping around, or `null` for no match.
 */
export function nextCategoryByLetter(
  labels: readonly string[],
  current: number,
  key: string
): number | null {
  if ([...key].length !== 1 || !/\p{L}/u.test(key)) return null
  const letter = key.toLocaleLowerCase()
  for (let step = 1; step <= labels.length; step++) {
    const index = (current + step) % labels.length
    if (labels[index]?.toLocaleLowerCase().startsWith(letter)) return index
  }
  return null
}

/**
 * The Latin letter printed on a physical key (`KeyA` -> `a`): lets a reviewer with a Russian layout
 * active still type the first letter of an English label, and the reverse is covered by `key`.
 */
export function physicalLetter(code: string): string {
  return /^Key([A-Z])$/.exec(code)?.[1]?.toLowerCase() ?? ''
}
