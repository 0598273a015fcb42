/**
 * Error typologies as data: categories (a tree, ids are paths such as `accuracy/mistranslation`),
 * severities, and each category's ITS 2.0 `locQualityIssueType` for bilingual exports. The built-in
 * profile is MQM Core (`resources/typology/mqm-core.json`); a project may name another.
 */
import { z } from 'zod'
import builtinMqmCore from '../../../resources/typology/mqm-core.json'
import { SEVERITIES, type Severity } from '../domain/review'

/** The 27 ITS 2.0 Localization Quality Issue types (w3.org/TR/its20, `locQualityIssueType`). */
export const ITS_ISSUE_TYPES = [
  'terminology',
  'mistranslation',
  'omission',
  'untranslated',
  'addition',
  'duplication',
  'inconsistency',
  'grammar',
  'legal',
  'register',
  'locale-specific-content',
  'locale-violation',
  'style',
  'characters',
  'misspelling',
  'typographical',
  'formatting',
  'inconsistent-entities',
  'numbers',
  'markup',
  'pattern-problem',
  'whitespace',
  'internationalization',
  'length',
  'non-conformance',
  'uncategorized',
  'other'
] as const
export type ItsIssueType = (typeof ITS_ISSUE_TYPES)[number]

const categoryId = z
  .string()
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, 'category ids look like "accuracy" or "accuracy/omission"')
/** Labels for a user's own categories; built-in ones are translated through i18n instead. */
const labels = z.object({ en: z.string().min(1), ru: z.string().min(1) }).strict()

const leafSchema = z
  .object({ id: categoryId, its: z.enum(ITS_ISSUE_TYPES), label: labels.optional() })
  .strict()

export const typologySchema = z
  .object({
    formatVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    description: z.string().optional(),
    label: labels.optional(),
    severities: z
      .array(
        z
          .object({
            id: z.enum(SEVERITIES as [Severity, ...Severity[]]),
            its: z.number().min(0).max(100)
          })
          .strict()
      )
      .min(1),
    categories: z
      .array(leafSchema.extend({ children: z.array(leafSchema).default([]) }).strict())
      .min(1)
  })
  .strict()
  .superRefine((profile, ctx) => {
    const seen = new Set<string>()
    for (const top of profile.categories) {
      for (const c of [top, ...top.children]) {
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', message: `category "${c.id}" twice` })
        seen.add(c.id)
      }
      for (const child of top.children) {
        if (!child.id.startsWith(`${top.id}/`)) {
          ctx.addIssue({ code: 'custom', message: `"${child.id}" is not under "${top.id}"` })
        }
      }
    }
  })

export type Typology = z.output<typeof typologySchema>

export interface TypologyCategory {
  readonly id: string
  /** The top-level dimension (`accuracy` for `accuracy/omission`). */
  readonly top: string
  /** 0 for a dimension, 1 for an error type under it. */
  readonly depth: 0 | 1
  readonly its: ItsIssueType
  readonly label?: { readonly en: string; readonly ru: string }
}

export const MQM_CORE: Typology = typologySchema.parse(builtinMqmCore)

/** Every category in picker order: each dimension followed by its error types. */
export function flattenTypology(typology: Typology): TypologyCategory[] {
  const out: TypologyCategory[] = []
  for (const top of typology.categories) {
    out.push({
      id: top.id,
      top: top.id,
      depth: 0,
      its: top.its,
      ...(top.label ? { label: top.label } : {})
    })
    for (const child of top.children) {
      out.push({
        id: child.id,
        top: top.id,
        depth: 1,
        its: child.its,
        ...(child.label ? { label: child.label } : {})
      })
    }
  }
  return out
}

export function findCategory(typology: Typology, id: string): TypologyCategory | undefined {
  return flattenTypology(typology).find((c) => c.id === id)
}

/** ITS type of a category; an id the profile does not know (imported data) is `other`. */
export function itsTypeOf(typology: Typology, id: string): ItsIssueType {
  return findCategory(typology, id)?.its ?? 'other'
}

/** ITS severity (0-100, higher is worse) of a severity in this profile. */
export function itsSeverityOf(typology: Typology, severity: Severity): number {
  return typology.severities.find((s) => s.id === severity)?.its ?? 0
}

/** `accuracy/omission` -> `accuracy`. */
export function topLevelOf(category: string): string {
  const slash = category.indexOf('/')
  return slash === -1 ? category : category.slice(0, slash)
}
