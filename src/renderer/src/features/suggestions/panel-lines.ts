/**
 * The QA panel's list as lines: a heading per check (in the registry's order, with its count), then
 * that check's suggestions in article order. Pure, so grouping and keyboard moves are tested alone.
 */
import type { Finding } from '@shared/qa'
import { CHECK_IDS } from '@shared/qa/types'

export type PanelLine =
  | {
      readonly kind: 'heading'
      readonly key: string
      readonly check: string
      readonly count: number
    }
  | {
      readonly kind: 'item'
      readonly key: string
      readonly finding: Finding
      /** 1-based among the items (the list's `aria-posinset`). */
      readonly position: number
    }

// The registry lists the checks in CHECK_IDS order (ids only: the renderer does not load the checks).
const ORDER = new Map(CHECK_IDS.map((id, i) => [id as string, i]))

export function panelLines(findings: readonly Finding[]): PanelLine[] {
  const byCheck = new Map<string, Finding[]>()
  for (const finding of findings) {
    const list = byCheck.get(finding.check)
    if (list) list.push(finding)
    else byCheck.set(finding.check, [finding])
  }
  const checks = [...byCheck.keys()].sort(
    (a, b) => (ORDER.get(a) ?? Infinity) - (ORDER.get(b) ?? Infinity)
  )
  const lines: PanelLine[] = []
  let position = 0
  for (const check of checks) {
    const list = byCheck.get(check)!
    lines.push({ kind: 'heading', key: `check:${check}`, check, count: list.length })
    for (const finding of list)
      lines.push({ kind: 'item', key: finding.id, finding, position: ++position })
  }
  return lines
}

/**
 * The item `delta` items away from `active` (clamped), or the first/last item. When `active` is gone
 * (dismissed meanwhile), `fallback` — its old place in the list — is where the move starts.
 */
export function moveActive(
  lines: readonly PanelLine[],
  active: string | null,
  to: number | 'first' | 'last',
  fallback = 0
): string | null {
  const items = lines.filter((l) => l.kind === 'item')
  if (items.length === 0) return null
  if (to === 'first') return items[0]!.key
  if (to === 'last') return items[items.length - 1]!.key
  const at = items.findIndex((l) => l.key === active)
  const from = at === -1 ? Math.min(fallback, items.length - 1) : at
  const step = at === -1 ? 0 : to
  return items[Math.max(0, Math.min(items.length - 1, from + step))]!.key
}
