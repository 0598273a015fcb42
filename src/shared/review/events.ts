/**
 * Review events: every action a reviewer takes becomes one of these, appended to the project's log
 * (`review.jsonl`). State is the replay of the log, so the log is the single source of truth.
 */
import { z } from 'zod'
import { SEGMENT_STATUSES, SEVERITIES } from '../domain/review'

export const REVIEW_LOG_FORMAT_VERSION = 1

const isoDate = z.string().datetime({ offset: true })
const rowId = z.string().regex(/^b\d+$/, 'row ids look like b0, b1, …')

export const flagSchema = z
  .object({
    id: z.string().min(1).max(64),
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
    origin: z.string().min(1).max(100),
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
  /** Takes back the most recent alignment fix not yet taken back. */
  z.object({ type: z.literal('align.undo') }).strict(),
  /** Does again the fix most recently taken back (any new fix forgets what could be redone). */
  z.object({ type: z.literal('align.redo') }).strict()
] as const

/** What the renderer asks to record; main stamps `seq`, `at` and `author`. */
export const reviewEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('flag.add'), flag: flagSchema }).strict(),
  z.object({ type: z.literal('flag.remove'), id: z.string().min(1).max(64) }).strict(),
  z
    .object({
      type: z.literal('status.set'),
      row: rowId,
      status: z
        .enum(SEGMENT_STATUSES as [string, ...string[]])
        .transform((s) => s as (typeof SEGMENT_STATUSES)[number])
    })
    .strict(),
  ...alignmentEventSchemas
])

export type ReviewEvent = z.output<typeof reviewEventSchema>

/** A manual alignment fix that changes rows (as opposed to undo/redo, which replay one). */
export type AlignmentOp = Extract<
  ReviewEvent,
  { type: 'align.merge' | 'align.split' | 'align.move' | 'align.unlink' }
>
export type AlignmentEvent = Extract<ReviewEvent, { type: `align.${string}` }>

export function isAlignmentEvent(event: ReviewEvent): event is AlignmentEvent {
  return event.type.startsWith('align.')
}

/** One line of `review.jsonl`. */
export const logRecordSchema = z
  .object({
    formatVersion: z.literal(REVIEW_LOG_FORMAT_VERSION),
    seq: z.number().int().nonnegative(),
    at: isoDate,
    author: z.string().max(200),
    event: reviewEventSchema
  })
  .strict()

export type LogRecord = z.output<typeof logRecordSchema>
