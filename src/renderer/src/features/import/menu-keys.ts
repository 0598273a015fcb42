/**
 * Keyboard movement inside a menu (WAI-ARIA menu pattern): arrows wrap, Home/End jump, and a typed
 * character moves to the next item whose label starts with it ("k" -> KOI8-R).
 */

/** The item to focus after `key`, or `null` when the key does not move the focus. */
export function menuFocusAfter(
  key: string,
  current: number,
  labels: readonly string[]
): number | null {
  const count = labels.length
  if (count === 0) return null
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count
    case 'ArrowUp':
      return (current - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
  }
  if ([...key].length !== 1 || key.trim() === '') return null
  const typed = key.toLocaleLowerCase()
  for (let step = 1; step <= count; step++) {
    const index = (current + step) % count
    if (labels[index]?.toLocaleLowerCase().startsWith(typed)) return index
  }
  return null
}
