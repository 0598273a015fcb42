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
    updatedAt: isoDate
  })
  .strict()

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
    .strict()
])

export type ReviewEvent = z.output<typeof reviewEventSchema>

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
