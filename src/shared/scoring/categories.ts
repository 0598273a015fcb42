/**
 * Categories of other typologies in MQM Core terms: `Lexical Selection` (Unbabel) or
 * `Accuracy/Mistranslation` (Google) -> `accuracy/mistranslation`. The table is data
 * (`resources/scoring/category-map.json`); add a typology's labels there. Used to show imported errors
 * in the tracker and to count errors per MQM Core dimension; weights never go through it (a profile's
 * rules match the data's own names, which is how published scores are reproduced).
 */
import { z } from 'zod'
import categoryMap from '../../../resources/scoring/category-map.json'
import { MQM_CORE, flattenTypology, topLevelOf } from '../typology/profile'

const mapSchema = z
  .object({
    formatVersion: z.literal(1),
    description: z.string().optional(),
    categories: z.record(z.string(), z.string()),
    topLevel: z.record(z.string(), z.string())
  })
  .strict()

const MAP = mapSchema.parse(categoryMap)
const CORE_IDS = new Set(flattenTypology(MQM_CORE).map((c) => c.id))

/** Errors whose category has no MQM Core counterpart (`Other`, `Source issue`) count here. */
export const OTHER_DIMENSION = 'other'

/** The MQM Core category (a path such as `accuracy/omission`, or a dimension), or null when none fits. */
export function mqmCoreCategoryOf(category: string): string | null {
  const key = category.trim().toLowerCase()
  if (CORE_IDS.has(key)) return key
  const mapped = MAP.categories[key]
  if (mapped !== undefined) return mapped
  const slash = key.indexOf('/')
  const top = MAP.topLevel[slash === -1 ? key : key.slice(0, slash).trim()]
  return top ?? null
}

/** The MQM Core dimension an error counts under in reports (`accuracy`, …, or `other`). */
export function mqmDimensionOf(category: string): string {
  const core = mqmCoreCategoryOf(category)
  return core === null ? OTHER_DIMENSION : topLevelOf(core)
}
