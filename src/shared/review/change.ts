/**
 * Every review action is a `Change`: an optional splice of rows plus new values for keys of the
 * collections (flags, row notes, dismissals). Committing a change records a `Patch` — the before and
 * after value of everything it touched — and the patch is what the undo history keeps. Undo commits
 * the inverse patch, so undo and redo are exact for every kind of action, alignment fixes included,
 * without any per-field bookkeeping.
 *
 * `Draft` is the mutable working copy a change is committed to. It copies a collection (or the rows)
 * the first time it writes to it, so one event on a 100,000-row article copies only what it touches,
 * and replay of a whole log reuses one draft throughout.
 */
import type { Bead } from '../domain/alignment'
import type { History, HistoryStep } from './history'
import type { CollectionName, Collections, ReviewState } from './state'

/** Rows `[at, at + before.length)` are `before` and become `after`. */
export interface RowSplice {
  readonly at: number
  readonly before: readonly Bead[]
  readonly after: readonly Bead[]
}

export type KeySet = {
  [C in CollectionName]: {
    readonly coll: C
    readonly key: string
    readonly value: Collections[C] | undefined
  }
}[CollectionName]

export type PatchEntry = {
  [C in CollectionName]: {
    readonly coll: C
    readonly key: string
    readonly before: Collections[C] | undefined
    readonly after: Collections[C] | undefined
  }
}[CollectionName]

export interface Change {
  readonly rows?: RowSplice
  /** Applied in order; `value: undefined` removes the key. */
  readonly sets: readonly KeySet[]
}

export interface Patch {
  readonly rows?: RowSplice
  /** One entry per key touched, in the order first touched. */
  readonly entries: readonly PatchEntry[]
}

type MutableMaps = { [C in CollectionName]: Map<string, Collections[C]> }

export class Draft {
  private rows: readonly Bead[]
  private rowsOwned = false
  private index: Map<string, number> | null = null
  private readonly maps: { [C in CollectionName]: ReadonlyMap<string, Collections[C]> }
  private readonly owned = new Set<CollectionName>()
  private historyNow: History
  /** `historyNow.done` is this draft's own array (made since the last `toState`): pushed in place. */
  private doneOwned = false
  lastBeadNumber: number
  lastSeq: number

  constructor(state: ReviewState) {
    this.rows = state.beads
    this.maps = { flags: state.flags, notes: state.notes, dismissals: state.dismissals }
    this.historyNow = state.history
    this.lastBeadNumber = state.lastBeadNumber
    this.lastSeq = state.lastSeq
  }

  get history(): History {
    return this.historyNow
  }

  /** A history made elsewhere (undo, redo, legacy fixes): its arrays are not this draft's to push to. */
  set history(history: History) {
    this.historyNow = history
    this.doneOwned = false
  }

  /**
   * Records a new step (the redo list is forgotten, as in every editor). The done list is copied once
   * per draft, then grown in place: replaying a log of N records stays linear, not N²/2 copies.
   */
  pushStep(step: HistoryStep): void {
    const history = this.historyNow
    const done = this.doneOwned ? (history.done as HistoryStep[]) : [...history.done]
    done.push(step)
    const keepLegacy = history.legacyRedo && !step.kind.startsWith('align.')
    this.historyNow = {
      done,
      undone: [],
      ...(keepLegacy ? { legacyRedo: history.legacyRedo } : {})
    }
    this.doneOwned = true
  }

  get beads(): readonly Bead[] {
    return this.rows
  }

  /** Position of a row by id, or -1 (indexed once per shape of the rows, not searched per event). */
  indexOf(rowId: string): number {
    if (!this.index) {
      this.index = new Map()
      this.rows.forEach((bead, i) => this.index!.set(bead.id, i))
    }
    return this.index.get(rowId) ?? -1
  }

  bead(rowId: string): Bead | undefined {
    const at = this.indexOf(rowId)
    return at === -1 ? undefined : this.rows[at]
  }

  get<C extends CollectionName>(coll: C, key: string): Collections[C] | undefined {
    return this.maps[coll].get(key)
  }

  map<C extends CollectionName>(coll: C): ReadonlyMap<string, Collections[C]> {
    return this.maps[coll]
  }

  set<C extends CollectionName>(coll: C, key: string, value: Collections[C] | undefined): void {
    const map = this.writable(coll)
    if (value === undefined) map.delete(key)
    else map.set(key, value)
  }

  /** Replaces `remove` rows at `at` by `insert`. */
  splice(at: number, remove: number, insert: readonly Bead[]): void {
    const rows = this.rowsOwned ? (this.rows as Bead[]) : [...this.rows]
    rows.splice(at, remove, ...insert)
    this.rows = rows
    this.rowsOwned = true
    this.index = null
  }

  toState(): ReviewState {
    // Hand out the current objects; the next write copies again, so a state is never mutated later.
    this.rowsOwned = false
    this.owned.clear()
    this.doneOwned = false
    return {
      beads: this.rows,
      flags: this.maps.flags,
      notes: this.maps.notes,
      dismissals: this.maps.dismissals,
      history: this.historyNow,
      lastBeadNumber: this.lastBeadNumber,
      lastSeq: this.lastSeq
    }
  }

  private writable<C extends CollectionName>(coll: C): MutableMaps[C] {
    if (!this.owned.has(coll)) {
      ;(this.maps as { [K in CollectionName]: ReadonlyMap<string, Collections[K]> })[coll] =
        new Map(this.maps[coll]) as never
      this.owned.add(coll)
    }
    return this.maps[coll] as MutableMaps[C]
  }
}

/**
 * Applies a change and returns its patch. The rows being replaced must be in place: a mismatch is a
 * bug upstream (every change is planned against the draft it is committed to), so it throws.
 */
export function commit(draft: Draft, change: Change): Patch {
  if (change.rows) {
    const { at, before, after } = change.rows
    for (let i = 0; i < before.length; i++) {
      if (draft.beads[at + i]?.id !== before[i]!.id) {
        throw new Error(`rows out of step at ${at + i}: expected ${before[i]!.id}`)
      }
    }
    draft.splice(at, before.length, after)
  }
  const entries = new Map<
    string,
    { coll: CollectionName; key: string; before: unknown; after: unknown }
  >()
  for (const set of change.sets) {
    const id = `${set.coll}\u0000${set.key}`
    const seen = entries.get(id)
    const before = draft.get(set.coll, set.key)
    draft.set(set.coll, set.key, set.value as never)
    if (seen) seen.after = set.value
    else entries.set(id, { coll: set.coll, key: set.key, before, after: set.value })
  }
  return {
    ...(change.rows ? { rows: change.rows } : {}),
    entries: [...entries.values()].filter((e) => e.before !== e.after) as PatchEntry[]
  }
}

/** The change that takes a patch back. */
export function invert(patch: Patch): Change {
  return {
    ...(patch.rows
      ? { rows: { at: patch.rows.at, before: patch.rows.after, after: patch.rows.before } }
      : {}),
    sets: [...patch.entries]
      .reverse()
      .map((e) => ({ coll: e.coll, key: e.key, value: e.before }) as KeySet)
  }
}

/** The change that does a patch again. */
export function replayChange(patch: Patch): Change {
  return {
    ...(patch.rows ? { rows: patch.rows } : {}),
    sets: patch.entries.map((e) => ({ coll: e.coll, key: e.key, value: e.after }) as KeySet)
  }
}

/** The patch of doing `patch` backwards (what undoing it changed). */
export function reversePatch(patch: Patch): Patch {
  return {
    ...(patch.rows
      ? { rows: { at: patch.rows.at, before: patch.rows.after, after: patch.rows.before } }
      : {}),
    entries: [...patch.entries]
      .reverse()
      .map((e) => ({ coll: e.coll, key: e.key, before: e.after, after: e.before }) as PatchEntry)
  }
}

export function isEmptyPatch(patch: Patch): boolean {
  return !patch.rows && patch.entries.length === 0
}
