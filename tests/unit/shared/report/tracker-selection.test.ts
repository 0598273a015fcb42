import { describe, expect, it } from 'vitest'
import { DEFAULT_TRACKER_QUERY, arrangeTracker } from '@shared/report/tracker-query'
import {
  EMPTY_SELECTION,
  itemKeysOf,
  moveFocus,
  pruneSelection,
  selectRange,
  toggleItem,
  toggleItems
} from '@shared/report/tracker-selection'
import { sampleItems } from './tracker-fixtures'

const items = sampleItems()
const grouped = arrangeTracker(items, { ...DEFAULT_TRACKER_QUERY, groupBy: 'article' }).lines
const keys = itemKeysOf(grouped)

describe('tracker selection', () => {
  it('toggles one item and remembers it as the range anchor', () => {
    const one = toggleItem(EMPTY_SELECTION, keys[1]!)
    expect([...one.keys]).toEqual([keys[1]])
    expect(one.anchor).toBe(keys[1])
    expect([...toggleItem(one, keys[1]!).keys]).toEqual([])
  })

  it('selects a range across a group heading, from the anchor either way', () => {
    const anchored = toggleItem(EMPTY_SELECTION, keys[1]!)
    const down = selectRange(anchored, grouped, keys[3]!)
    expect([...down.keys].sort()).toEqual([keys[1], keys[2], keys[3]].sort())
    const up = selectRange(anchored, grouped, keys[0]!)
    expect([...up.keys].sort()).toEqual([keys[0], keys[1]].sort())
    // Without an anchor, the range is the one item.
    expect([...selectRange(EMPTY_SELECTION, grouped, keys[4]!).keys]).toEqual([keys[4]])
  })

  it('selects a whole group, and clears it when it was all selected', () => {
    const heading = grouped[0]!
    if (heading.kind !== 'group') throw new Error('expected a group heading first')
    const all = toggleItems(EMPTY_SELECTION, heading.itemKeys)
    expect(all.keys.size).toBe(3)
    expect(toggleItems(all, heading.itemKeys).keys.size).toBe(0)
    const partly = toggleItem(EMPTY_SELECTION, heading.itemKeys[0]!)
    expect(toggleItems(partly, heading.itemKeys).keys.size).toBe(3)
  })

  it('forgets items that are gone, and keeps the same object when nothing is', () => {
    const selection = toggleItems(EMPTY_SELECTION, keys)
    expect(pruneSelection(selection, new Set(keys))).toBe(selection)
    const pruned = pruneSelection({ ...selection, anchor: keys[0]! }, new Set(keys.slice(1)))
    expect(pruned.keys.size).toBe(4)
    expect(pruned.anchor).toBeNull()
  })

  it('moves the focus over headings and items, clamped at both ends', () => {
    expect(moveFocus(grouped, null, 1)).toBe(grouped[0]!.key)
    expect(moveFocus(grouped, grouped[0]!.key, 1)).toBe(keys[0])
    expect(moveFocus(grouped, grouped[3]!.key, 1)).toBe(grouped[4]!.key)
    expect(moveFocus(grouped, keys[0]!, -10)).toBe(grouped[0]!.key)
    expect(moveFocus(grouped, keys[0]!, 99)).toBe(grouped[grouped.length - 1]!.key)
    expect(moveFocus(grouped, 'gone', 1)).toBe(grouped[0]!.key)
    expect(moveFocus([], null, 1)).toBeNull()
  })
})
