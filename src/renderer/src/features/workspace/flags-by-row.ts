/**
 * Flags grouped by row for rendering. Each row gets its own array, and an array is reused when the
 * row's flags did not change, so a memoised row re-renders only when its own flags change: adding a
 * flag to one row of thousands repaints that row alone.
 */
import type { Flag } from '@shared/domain/review'

export interface RowFlag {
  readonly flag: Flag
  /** Sent to main, not yet acknowledged. */
  readonly saving: boolean
}

export type FlagsByRow = ReadonlyMap<string, readonly RowFlag[]>

export const NO_FLAGS: readonly RowFlag[] = []

export function groupFlagsByRow(
  flags: readonly Flag[],
  saving: ReadonlySet<string>,
  previous?: FlagsByRow
): FlagsByRow {
  const fresh = new Map<string, RowFlag[]>()
  for (const flag of flags) {
    const list = fresh.get(flag.row)
    const entry = { flag, saving: saving.has(flag.id) }
    if (list) list.push(entry)
    else fresh.set(flag.row, [entry])
  }
  if (!previous) return fresh
  const result = new Map<string, readonly RowFlag[]>()
  for (const [row, list] of fresh) {
    const old = previous.get(row)
    result.set(row, old && sameFlags(old, list) ? old : list)
  }
  return result
}

function sameFlags(a: readonly RowFlag[], b: readonly RowFlag[]): boolean {
  return (
    a.length === b.length && a.every((x, i) => x.flag === b[i]?.flag && x.saving === b[i]?.saving)
  )
}
