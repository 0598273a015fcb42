/**
 * Whether an event may be appended to an article as it is now. Main refuses an append that does not
 * fit (so a log only ever holds events that replay cleanly, and a hostile or buggy renderer cannot
 * write nonsense); the renderer asks the same question to disable commands.
 */
import { planEvent } from './apply'
import { Draft } from './change'
import type { ReviewEvent } from './events'
import { rowTextLength, type ReviewSides } from './span-anchor'
import type { ReviewState } from './state'
import { findCategory, type Typology } from '../typology/profile'
import type { Flag } from '../domain/review'

export interface CheckContext {
  readonly sides: ReviewSides
  /** The article's typology: flag categories must be in it (absent: any category, e.g. in tools). */
  readonly typology?: Typology
}

/** `null` if `event` can be applied to `state`, otherwise why not (for logs and error details). */
export function checkEvent(
  state: ReviewState,
  event: ReviewEvent,
  context: CheckContext
): string | null {
  return checkEventOn(new Draft(state), event, context)
}

/** The same check on a working draft (the log writer keeps one; nothing is written to it here). */
export function checkEventOn(
  draft: Draft,
  event: ReviewEvent,
  context: CheckContext
): string | null {
  const own = checkFields(draft, event, context)
  if (own) return own
  const planned = planEvent(draft, event, context.sides, { author: '', at: '' })
  return planned.ok ? null : planned.reason
}

function checkFields(draft: Draft, event: ReviewEvent, context: CheckContext): string | null {
  switch (event.type) {
    case 'flag.add': {
      const flag = event.flag
      if (draft.get('flags', flag.id)) return `flag ${flag.id} exists already`
      if (flag.status !== 'open') return 'a new flag is open'
      if (flag.resolution || flag.thread) return 'a new flag has no resolution or discussion yet'
      const misplaced = checkPlace(draft, flag, context.sides)
      if (misplaced) return misplaced
      // Flags brought in from another tool keep that tool's categories (scores map them by pattern).
      const category =
        flag.origin === 'import' ? null : checkCategory(flag.category, context.typology)
      if (category) return category
      for (const other of draft.map('flags').values()) {
        if (other.status === 'open' && sameIssue(other, flag)) {
          return `an identical flag (${other.id}) is already on row ${flag.row}`
        }
      }
      return null
    }
    case 'flag.update': {
      const flag = draft.get('flags', event.id)
      if (!flag) return `no flag ${event.id}`
      const next = { ...flag, ...event.changes } as Flag
      return (
        checkPlace(draft, next, context.sides) ?? checkCategory(next.category, context.typology)
      )
    }
    case 'flag.comment': {
      const flag = draft.get('flags', event.id)
      if (flag?.thread?.some((c) => c.id === event.comment.id)) {
        return `comment ${event.comment.id} exists already`
      }
      return null
    }
    case 'align.undo':
    case 'align.redo':
      return `${event.type} is only read from older logs: Calque records history.undo and history.redo`
    case 'edit.batch': {
      const rows = new Set(event.edits.map((e) => e.row))
      return rows.size === event.edits.length ? null : 'a row appears twice in one batch of edits'
    }
    default:
      return null
  }
}

function checkPlace(
  draft: Draft,
  flag: Pick<Flag, 'row' | 'side' | 'span'>,
  sides: ReviewSides
): string | null {
  const bead = draft.bead(flag.row)
  if (!bead) return `no row ${flag.row} in this article`
  const length = rowTextLength(bead[flag.side], sides[flag.side])
  if (flag.span[1] > length) {
    return `span ${flag.span.join('-')} is outside row ${flag.row} (${length} characters)`
  }
  return null
}

function checkCategory(category: string, typology: Typology | undefined): string | null {
  if (!typology || findCategory(typology, category)) return null
  return `category "${category}" is not in the ${typology.id} typology`
}

function sameIssue(a: Flag, b: Flag): boolean {
  return (
    a.row === b.row &&
    a.side === b.side &&
    a.span[0] === b.span[0] &&
    a.span[1] === b.span[1] &&
    a.category === b.category &&
    a.severity === b.severity
  )
}
