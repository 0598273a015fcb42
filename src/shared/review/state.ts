/**
 * The review state of one article: its rows as they are now (alignment fixes applied) and everything
 * reviewers attached to them, in three keyed collections — flags by id, row notes (status, post-edit)
 * by row id, dismissed suggestions by key — plus the one undo history. State is the replay of the log.
 *
 * Collections are Maps so that one event copies only what it touches (see change.ts); the state never
 * crosses IPC (the renderer replays the same log records itself).
 */
import type { Bead } from '../domain/alignment'
import type { Flag, SegmentStatus } from '../domain/review'
import type { History } from './history'

/** What a reviewer attached to one row. An absent key means the default (unreviewed, MT unchanged). */
export interface RowNotes {
  readonly status?: SegmentStatus
  /** The post-edited English; absent while the MT stands as it is. */
  readonly edit?: string
}

/** A dismissed automatic suggestion: one occurrence, or a whole check for the article. */
export interface Dismissal {
  /** The finding's id (`occurrence`), or the check id (`check`). */
  readonly key: string
  readonly scope: 'occurrence' | 'check'
  readonly check: string
  readonly by: string
  readonly at: string
}

/** The keyed collections an event can change; an alignment fix carries all of them generically. */
export interface Collections {
  readonly flags: Flag
  readonly notes: RowNotes
  readonly dismissals: Dismissal
}
export type CollectionName = keyof Collections
export const COLLECTIONS: readonly CollectionName[] = ['flags', 'notes', 'dismissals']

export interface ReviewState {
  /** The rows as they are now: the article's aligned beads with every manual fix applied. */
  readonly beads: readonly Bead[]
  readonly flags: ReadonlyMap<string, Flag>
  readonly notes: ReadonlyMap<string, RowNotes>
  readonly dismissals: ReadonlyMap<string, Dismissal>
  readonly history: History
  /** The highest `n` of any row id `b<n>` that ever existed in this article (ids are never reused). */
  readonly lastBeadNumber: number
  /** The `seq` of the last record applied, -1 for an empty log. */
  readonly lastSeq: number
}

export const EMPTY_HISTORY: History = { done: [], undone: [] }

/** Before the first record: the aligned rows as they are, nothing flagged or reviewed. */
export function initialReviewState(beads: readonly Bead[]): ReviewState {
  return {
    beads,
    flags: new Map(),
    notes: new Map(),
    dismissals: new Map(),
    history: EMPTY_HISTORY,
    lastBeadNumber: highestBeadNumber(beads),
    lastSeq: -1
  }
}

export function highestBeadNumber(beads: readonly Bead[]): number {
  let highest = -1
  for (const bead of beads) highest = Math.max(highest, Number(bead.id.slice(1)))
  return highest
}

export function statusOf(state: Pick<ReviewState, 'notes'>, row: string): SegmentStatus {
  return state.notes.get(row)?.status ?? 'unreviewed'
}

/** The post-edit of a row, or `null` while the MT stands. */
export function editOf(state: Pick<ReviewState, 'notes'>, row: string): string | null {
  return state.notes.get(row)?.edit ?? null
}

/** Every flag, oldest first (ties by id, so the order never depends on how the state was built). */
export function flagList(state: Pick<ReviewState, 'flags'>): Flag[] {
  return [...state.flags.values()].sort(byCreation)
}

export function byCreation(a: Flag, b: Flag): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Notes without empty fields; `undefined` when nothing is left (the key is then removed). */
export function tidyNotes(notes: RowNotes): RowNotes | undefined {
  const status = notes.status && notes.status !== 'unreviewed' ? notes.status : undefined
  const edit = notes.edit
  if (status === undefined && edit === undefined) return undefined
  return { ...(status ? { status } : {}), ...(edit !== undefined ? { edit } : {}) }
}
