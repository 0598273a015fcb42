/**
 * The picker's category list filtered by what the reviewer types: every word typed must start a word
 * of the category's label or its dimension's label (in the UI language or English), or of its id, so
 * "omi", "acc om" and "пропуск" all find Accuracy › Omission.
 */
import { flattenTypology, type Typology, type TypologyCategory } from '@shared/typology/profile'

export type LabelledCategory = Omit<TypologyCategory, 'label'> & {
  /** The category's own name in the UI language. */
  readonly label: string
  /** With its dimension: `Accuracy › Omission`. */
  readonly path: string
}

export function labelledCategories(
  typology: Typology,
  label: (id: string) => string,
  path: (id: string) => string
): LabelledCategory[] {
  return flattenTypology(typology).map((c) => ({ ...c, label: label(c.id), path: path(c.id) }))
}

export function searchCategories(
  categories: readonly LabelledCategory[],
  query: string,
  english?: (id: string) => string
): LabelledCategory[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...categories]
  return categories.filter((c) => {
    const haystack =
      `${c.path} ${english?.(c.id) ?? ''} ${c.id.replace(/[/-]/g, ' ')}`.toLocaleLowerCase()
    const starts = haystack.split(/[\s›/-]+/).filter(Boolean)
    return words.every((w) => starts.some((s) => s.startsWith(w)) || haystack.includes(w))
  })
}
