/**
 * Review events: every action a reviewer takes becomes one of these, appended to the project's log
 * (`review.jsonl`). State is the replay of the log, so the log is the single source of truth.
 */
import { z } from 'zod'
import { SEGMENT_STATUSES, SEVERITIES } from '../domain/review'

/**
 * Version written into each record. 2 added post-edits, flag updates/status/discussion, dismissed
 * suggestions and the one undo history; version 1 records are read as they are.
 */
export const REVIEW_LOG_FORMAT_VERSION = 2

const isoDate = z.string().datetime({ offset: true })
const rowId = z.string().regex(/^b\d+$/, 'row ids look like b0, b1, …')

/**
 * Ids the renderer makes (flag ids, comment ids): letters, digits, `-` and `_`, starting with a letter
 * or digit — so never `__proto__` or anything else with a meaning of its own.
 */
export const itemId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'ids are 1-64 letters, digits, - or _')

export const flagSchema = z
  .object({
    id: itemId,
    row: rowId,
    side: z.enum(['source', 'target']),
    span: z
      .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
      .refine(([s, e]) => s <= e, 'span start must not be after its end'),
    category: z.string().min(1).max(200),
    severity: z
      .enum(SEVERITIES as [string, ...string[]])
      .transform((s) => s as (typeof SEVERITIES)[number]),
    comment: z.string().max(10_000),
    status: z.enum(['open', 'resolved', 'rejected']),
    origin: z
      .string()
      .regex(
        /^(reviewer|import|check:[a-z0-9-]{1,60})$/,
        'origin is reviewer, import or check:<id>'
      ),
    author: z.string().max(200),
    createdAt: isoDate,
    updatedAt: isoDate,
    resolution: z
      .object({ note: z.string().max(10_000), by: z.string().max(200), at: isoDate })
      .strict()
      .optional(),
    thread: z
      .array(
        z
          .object({
            id: z.string().min(1).max(64),
            author: z.string().max(200),
            at: isoDate,
            text: z.string().max(10_000)
          })
          .strict()
      )
      .max(1000)
      .optional()
  })
  .strict()

const side = z.enum(['source', 'target'])
/** A count of segments: bounded so a hostile number cannot make validation allocate. */
const segmentCount = z.number().int().nonnegative().max(1_000_000)

/**
 * Manual alignment fixes (src/shared/review/alignment-ops.ts). Each names the row it acts on by its id
 * in the CURRENT rows (after every earlier fix); the rows it makes get fresh ids, so replay is exact.
 */
export const alignmentEventSchemas = [
  /** The row and the row after it become one row. */
  z.object({ type: z.literal('align.merge'), row: rowId }).strict(),
  /**
   * The row becomes two: the first keeps its first `sourceAt` source and `targetAt` target segments,
   * the second the rest. Neither may be left with no segment at all.
   */
  z
    .object({
      type: z.literal('align.split'),
      row: rowId,
      sourceAt: segmentCount,
      targetAt: segmentCount
    })
    .strict(),
  /**
   * One segment crosses the boundary with a neighbour, order kept: `up` moves the row's first segment
   * of `side` to the end of the previous row, `down` its last segment to the start of the next row. A
   * row left with no segment disappears.
   */
  z
    .object({
      type: z.literal('align.move'),
      row: rowId,
      side,
      direction: z.enum(['up', 'down'])
    })
    .strict(),
  /** The row becomes a source-only row followed by a target-only row (1-0 then 0-1). */
  z.object({ type: z.literal('align.unlink'), row: rowId }).strict(),
  /**
   * Legacy (logs written before the one history): takes back the most recent alignment fix not yet
   * taken back, even when other actions came after it. Calque now writes `history.undo`.
   */
  z.object({ type: z.literal('align.undo') }).strict(),
  /** Legacy: does again the alignment fix most recently taken back. Calque now writes `history.redo`. */
  z.object({ type: z.literal('align.redo') }).strict()
] as const

const severity = z
  .enum(SEVERITIES as [string, ...string[]])
  .transform((s) => s as (typeof SEVERITIES)[number])
const span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => s <= e, 'span start must not be after its end')
/** A post-edit: the whole English of a row (bounded, like any text a row can hold). */
const editText = z.string().max(1_000_000)

/** Events on flags other than adding one. Who and when come from the log record. */
export const flagEventSchemas = [
  /** Changes what a flag says (category, severity, comment) or where it sits on its row. */
  z
    .object({
      type: z.literal('flag.update'),
      id: itemId,
      changes: z
        .object({
          category: z.string().min(1).max(200).optional(),
          severity: severity.optional(),
          comment: z.string().max(10_000).optional(),
          side: side.optional(),
          span: span.optional()
        })
        .strict()
    })
    .strict(),
  /** Resolves, rejects or reopens flags (one or many: a bulk action is one undoable step). */
  z
    .object({
      type: z.literal('flag.status'),
      ids: z.array(itemId).min(1).max(100_000),
      status: z.enum(['open', 'resolved', 'rejected']),
      note: z.string().max(10_000)
    })
    .strict(),
  /** Adds a message to a flag's discussion. */
  z
    .object({
      type: z.literal('flag.comment'),
      id: itemId,
      comment: z.object({ id: itemId, text: z.string().min(1).max(10_000) }).strict()
    })
    .strict(),
  z.object({ type: z.literal('flag.remove'), id: itemId }).strict()
] as const

/** Events on rows: status and post-edit. */
export const rowEventSchemas = [
  z
    .object({
      type: z.literal('status.set'),
      row: rowId,
      status: z
        .enum(SEGMENT_STATUSES as [string, ...string[]])
        .transform((s) => s as (typeof SEGMENT_STATUSES)[number])
    })
    .strict(),
  /** The row's English as the reviewer corrected it; `null` goes back to the MT. */
  z.object({ type: z.literal('edit.set'), row: rowId, text: editText.nullable() }).strict(),
  /** Several rows' post-edits at once (Replace All): one undoable step. */
  z
    .object({
      type: z.literal('edit.batch'),
      edits: z
        .array(z.object({ row: rowId, text: editText.nullable() }).strict())
        .min(1)
        .max(200_000)
    })
    .strict()
] as const

/** Automatic suggestions the reviewer dismissed (one occurrence, or a whole check), and taken back. */
export const suggestionEventSchemas = [
  z
    .object({
      type: z.literal('suggestion.dismiss'),
      key: z.string().min(1).max(200),
      scope: z.enum(['occurrence', 'check']),
      check: z.string().regex(/^[a-z0-9-]{1,60}$/)
    })
    .strict(),
  z.object({ type: z.literal('suggestion.restore'), key: z.string().min(1).max(200) }).strict()
] as const

/** Undo and redo of the one history: every event above is an undoable step. */
export const historyEventSchemas = [
  z.object({ type: z.literal('history.undo') }).strict(),
  z.object({ type: z.literal('history.redo') }).strict()
] as const

/** What the renderer asks to record; main stamps `seq`, `at` and `author`. */
export const reviewEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('flag.add'), flag: flagSchema }).strict(),
  ...flagEventSchemas,
  ...rowEventSchemas,
  ...suggestionEventSchemas,
  ...historyEventSchemas,
  ...alignmentEventSchemas
])

export type ReviewEvent = z.output<typeof reviewEventSchema>

/** A manual alignment fix that changes rows (as opposed to undo/redo, which replay one). */
export type AlignmentOp = Extract<
  ReviewEvent,
  { type: 'align.merge' | 'align.split' | 'align.move' | 'align.unlink' }
>
export type AlignmentEvent = Extract<ReviewEvent, { type: `align.${string}` }>
export type EventType = ReviewEvent['type']

export function isAlignmentEvent(event: ReviewEvent): event is AlignmentEvent {
  return event.type.startsWith('align.')
}

export function isAlignmentOp(event: ReviewEvent): event is AlignmentOp {
  return isAlignmentEvent(event) && event.type !== 'align.undo' && event.type !== 'align.redo'
}

/** One line of `review.jsonl`. */
export const logRecordSchema = z
  .object({
    formatVersion: z.union([z.literal(1), z.literal(REVIEW_LOG_FORMAT_VERSION)]),
    seq: z.number().int().nonnegative(),
    at: isoDate,
    author: z.string().max(200),
    event: reviewEventSchema
  })
  .strict()

export type LogRecord = z.output<typeof logRecordSchema>
