/** The phrase book file format (`formatVersion` 1), validated when a file is read. */
import { z } from 'zod'
import { SEVERITIES, type Severity } from '../../domain/review'

const pattern = z.string().trim().min(1)

export const phraseEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,80}$/, 'ids are lower-case letters, digits and hyphens'),
    kind: z.enum(['idiom', 'proverb', 'set-phrase', 'false-friend', 'name']),
    ru: z.string().trim().min(1),
    match: z.array(pattern).min(1).optional(),
    literal: z.array(pattern).min(1),
    idiomatic: z.array(z.string().trim().min(1)).min(1),
    note: z.string().optional(),
    category: z
      .string()
      .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/)
      .optional(),
    severity: z.enum(SEVERITIES as [Severity, ...Severity[]]).optional()
  })
  .strict()

export const phraseFileSchema = z
  .object({
    formatVersion: z.literal(1),
    description: z.string().optional(),
    entries: z.array(phraseEntrySchema)
  })
  .strict()

export type PhraseFile = z.infer<typeof phraseFileSchema>
