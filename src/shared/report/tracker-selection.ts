/**
 * Selection and focus in the flag tracker, as pure steps over the lines it shows: toggle one item, a
 * whole group, a range (Shift+arrows), everything shown; move the focus by rows or pages; forget what
 * a new filter or a deleted flag took away. Keys are item keys (`TrackerItem.key`), so a selection
 * survives re-sorting and re-grouping.
 */
import type { TrackerLine } from './tracker-query'

export interface TrackerSelection {
  readonly keys: ReadonlySet<string>
  /** Where a Shift range starts: the last item toggled or focused without Shift. */
  readonly anchor: string | null
}

export const EMPTY_SELECTION: TrackerSelection = { keys: new Set(), anchor: null }

export function toggleItem(selection: TrackerSelection, key: string): TrackerSelection {
  const keys = new Set(selection.keys)
  if (keys.has(key)) keys.delete(key)
  else keys.add(key)
  return { keys, anchor: key }
}

/** A group's (or "all") box: selects every one of `keys`, or clears them when all were selected. */
export function toggleItems(
  selection: TrackerSelection,
  keys: readonly string[]
): TrackerSelection {
  const all = keys.length > 0 && keys.every((k) => selection.keys.has(k))
  const next = new Set(selection.keys)
  for (const key of keys) {
    if (all) next.delete(key)
    else next.add(key)
  }
  return { keys: next, anchor: selection.anchor }
}

/** Item keys in display order. */
export function itemKeysOf(lines: readonly TrackerLine[]): string[] {
  return lines.filter((l) => l.kind === 'item').map((l) => l.key)
}

/** Adds the items from the anchor to `key` (inclusive) to the selection; the anchor stays. */
export function selectRange(
  selection: TrackerSelection,
  lines: readonly TrackerLine[],
  key: string
): TrackerSelection {
  const order = itemKeysOf(lines)
  const to = order.indexOf(key)
  if (to < 0) return selection
  const anchor = selection.anchor !== null ? order.indexOf(selection.anchor) : -1
  const from = anchor < 0 ? to : anchor
  const keys = new Set(selection.keys)
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) keys.add(order[i]!)
  return { keys, anchor: anchor < 0 ? key : selection.anchor }
}

/** Drops keys of items that are gone (a flag removed, another evaluation loaded). */
export function pruneSelection(
  selection: TrackerSelection,
  present: ReadonlySet<string>
): TrackerSelection {
  if ([...selection.keys].every((k) => present.has(k))) return selection
  const keys = new Set([...selection.keys].filter((k) => present.has(k)))
  const anchor =
    selection.anchor !== null && present.has(selection.anchor) ? selection.anchor : null
  return { keys, anchor }
}

/**
 * The line `delta` lines away from the focused one (clamped to the list); the first line when
 * nothing was focused or the focused line is gone. `null` for an empty list.
 */
export function moveFocus(
  lines: readonly TrackerLine[],
  focus: string | null,
  delta: number
): string | null {
  if (lines.length === 0) return null
  const at = focus === null ? -1 : lines.findIndex((l) => l.key === focus)
  if (at < 0) return lines[0]!.key
  const next = Math.min(Math.max(at + delta, 0), lines.length - 1)
  return lines[next]!.key
}
