/**
 * Flags rebuilt from the quality issues found in a row's marks, joined with Calque's own data for each
 * (when the file was written by Calque) or given defaults (when another tool wrote it).
 *
 * A flag cut into several marks (XLIFF 1.2, crossing flags) comes back as one: its pieces share a key,
 * and the span runs from the first piece's start to the last one's end.
 */
import type { Flag, FlagComment, Side } from '../domain/review'
import { FLAG_STATUSES, SEVERITIES } from '../domain/review'
import { flagSchema } from '../review/events'
import type { Typology } from '../typology/profile'
import type { InlineContent, InlineMark } from './inline'
import {
  categoryForIts,
  markIssues,
  severityForIts,
  type ReadIssue,
  type StandOffIndex
} from './its-issues'
import type { NoticeCounter } from './types'

export interface RawIssue {
  readonly side: Side
  readonly span: readonly [number, number]
  readonly issue: ReadIssue
  /** Joins the pieces of one flag and finds its Calque data; absent for another tool's issue. */
  readonly key?: string
}

/**
 * The quality issues on the marks of one side's inline content, one `RawIssue` per issue (a mark
 * pointing to a stand-off group carries each of the group's). A reference to a group that is not there
 * is counted as a notice. `keyOf` gives the key that joins the pieces of one flag, as each format
 * writes it (or undefined for another tool's issue).
 */
export function rawIssuesOf(
  content: InlineContent,
  side: Side,
  standOff: StandOffIndex,
  notices: NoticeCounter,
  keyOf: (mark: InlineMark, index: number, count: number) => string | undefined
): RawIssue[] {
  const raws: RawIssue[] = []
  for (const mark of content.marks) {
    const issues = markIssues(mark.element, standOff)
    if (issues === 'none') continue
    if (issues === 'dangling') {
      notices.add('danglingReference')
      continue
    }
    issues.forEach((issue, k) => {
      const key = keyOf(mark, k, issues.length)
      raws.push({
        side,
        span: [mark.start, mark.end],
        issue,
        ...(key === undefined ? {} : { key })
      })
    })
  }
  return raws
}

/** Calque's data for one flag, as read from the file (every field unchecked). */
export interface FlagData {
  readonly id?: string
  readonly category?: string
  readonly severity?: string
  readonly status?: string
  readonly origin?: string
  readonly author?: string
  readonly createdAt?: string
  readonly updatedAt?: string
  readonly resolution?: { readonly note?: string; readonly by?: string; readonly at?: string }
  readonly thread?: readonly Partial<FlagComment>[]
}

export interface FlagContext {
  readonly typology: Typology
  /** ISO time for dates a file does not give. */
  readonly now: string
  readonly notices: NoticeCounter
  /** Flag ids already used in the article (ids must be unique). */
  readonly usedIds: Set<string>
}

/**
 * The row's flags: those with Calque data first, in the order the data lists them (the row's own
 * order, oldest first), then other tools' issues in text order.
 */
export function buildFlags(
  rowId: string,
  raws: readonly RawIssue[],
  data: ReadonlyMap<string, FlagData>,
  context: FlagContext
): Flag[] {
  const merged = new Map<string, { side: Side; start: number; end: number; issue: ReadIssue }>()
  const loose: RawIssue[] = []
  for (const raw of raws) {
    if (raw.key === undefined) {
      loose.push(raw)
      continue
    }
    const seen = merged.get(raw.key)
    if (seen) {
      seen.start = Math.min(seen.start, raw.span[0])
      seen.end = Math.max(seen.end, raw.span[1])
    } else
      merged.set(raw.key, {
        side: raw.side,
        start: raw.span[0],
        end: raw.span[1],
        issue: raw.issue
      })
  }
  const ordered = [
    ...[...data.keys()].filter((key) => merged.has(key)),
    ...[...merged.keys()].filter((key) => !data.has(key))
  ]
  const flags: Flag[] = []
  const make = (
    found: { side: Side; start: number; end: number; issue: ReadIssue },
    known: FlagData | undefined
  ): void => {
    flags.push(flagFrom(rowId, found, known, flags.length, context))
  }
  for (const key of ordered) make(merged.get(key)!, data.get(key))
  for (const raw of loose) {
    make({ side: raw.side, start: raw.span[0], end: raw.span[1], issue: raw.issue }, undefined)
  }
  return flags
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

function flagFrom(
  rowId: string,
  found: { side: Side; start: number; end: number; issue: ReadIssue },
  known: FlagData | undefined,
  position: number,
  context: FlagContext
): Flag {
  const { issue } = found
  if (!known) context.notices.add('itsDefaults')
  let unknown = false
  const pick = <T extends string>(
    value: string | undefined,
    ok: (v: string) => boolean,
    fallback: T
  ): T | string => {
    if (value === undefined) return fallback
    if (ok(value)) return value
    unknown = true
    return fallback
  }
  const date = (value: string | undefined): string => pick(value, (v) => ISO.test(v), context.now)
  const text = (value: string | undefined, max: number): string =>
    pick(value, (v) => v.length <= max, '')

  let id = known?.id !== undefined && known.id.length >= 1 && known.id.length <= 64 ? known.id : ''
  if (id === '' || context.usedIds.has(id)) {
    let n = position
    do id = `${rowId}-its-${++n}`
    while (context.usedIds.has(id))
  }
  context.usedIds.add(id)

  const flag = {
    id,
    row: rowId,
    side: found.side,
    span: [found.start, found.end] as [number, number],
    category: pick(
      known?.category,
      (v) => v.length >= 1 && v.length <= 200,
      categoryForIts(context.typology, issue.type)
    ),
    severity: pick(
      known?.severity,
      (v) => (SEVERITIES as readonly string[]).includes(v),
      severityForIts(context.typology, issue.severity)
    ),
    comment: (issue.comment ?? '').slice(0, 10_000),
    status: pick(
      known?.status,
      (v) => (FLAG_STATUSES as readonly string[]).includes(v),
      issue.enabled ? 'open' : 'resolved'
    ),
    origin: pick(known?.origin, (v) => v.length >= 1 && v.length <= 100, 'import'),
    author: text(known?.author, 200),
    createdAt: date(known?.createdAt),
    updatedAt: date(known?.updatedAt),
    ...(known?.resolution
      ? {
          resolution: {
            note: text(known.resolution.note, 10_000),
            by: text(known.resolution.by, 200),
            at: date(known.resolution.at)
          }
        }
      : {}),
    ...(known?.thread
      ? {
          thread: known.thread.map((comment, k) => ({
            id:
              comment.id !== undefined && comment.id.length >= 1 && comment.id.length <= 64
                ? comment.id
                : `c${k + 1}`,
            author: text(comment.author, 200),
            at: date(comment.at),
            text: text(comment.text, 10_000)
          }))
        }
      : {})
  }
  if (unknown) context.notices.add('unknownValues')
  // Every field was checked above; the schema is the last word on what a flag is.
  return flagSchema.parse(flag) as Flag
}
