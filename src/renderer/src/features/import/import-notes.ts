/**
 * What the readers noticed about a project's files, turned into the notes a reviewer reads before
 * starting: one note per fact, in order of how much it matters (a swapped pair makes every row wrong;
 * a skipped script is trivia), with duplicates merged. Pure: the component translates the notes.
 */
import type { Language } from '@shared/domain/document'
import { SKIPPED_CONTENT_KINDS, type SkippedContentKind } from '@shared/import/skipped-content'
import type { EncodingName, ImportWarning } from '@shared/import/types'
import type { ArticleView as ProjectView, SideView } from '@shared/domain/project'

export type Side = 'source' | 'target'

export type SkippedItem =
  /**
   * A kind the readers name (the shared list, which the locales translate); `item` also stands for
   * a warning that did not say what was skipped.
   */
  | { readonly kind: SkippedContentKind; readonly count?: number }
  /** A `detail` outside the list (an older project, a newer reader): shown as given. */
  | { readonly kind: 'other'; readonly detail: string; readonly count?: number }

export type ImportNote =
  /** Both sides are in the other's language: the user picked the files in the wrong order. */
  | { readonly kind: 'swapped'; readonly source: string; readonly target: string }
  | { readonly kind: 'looks-russian'; readonly file: string }
  | { readonly kind: 'looks-english'; readonly file: string }
  | {
      readonly kind: 'encoding-uncertain'
      readonly side: Side
      readonly file: string
      /** The encoding the detector settled on, to name in the note. */
      readonly encoding: EncodingName
      /** The side's language: the note says which text to check. */
      readonly language: Language
    }
  | {
      readonly kind: 'empty-targets'
      readonly file: string
      readonly count: number
      /** CSV/TSV files have rows; XLIFF and TMX have units. */
      readonly unit: 'row' | 'unit'
    }
  | {
      readonly kind: 'content-skipped'
      readonly file: string
      readonly items: readonly SkippedItem[]
    }
  /** UTF-8 with damaged byte sequences (shown as U+FFFD): `count`, the first at byte `offset`. */
  | {
      readonly kind: 'encoding-damaged'
      readonly file: string
      readonly count: number
      readonly offset: number
    }
  /** UTF-8 with lines in a single-byte code page, each read in its own encoding. */
  | {
      readonly kind: 'encoding-mixed'
      readonly file: string
      readonly count: number
      readonly offset: number
      readonly encoding: EncodingName
    }
  /** The file declares one encoding, its bytes say another: the bytes won. */
  | {
      readonly kind: 'encoding-overruled'
      readonly file: string
      readonly declared: string
      readonly encoding: EncodingName
    }
  /** A bilingual file declaring languages other than Russian and English. */
  | { readonly kind: 'languages-unexpected'; readonly file: string; readonly languages: string }
  /** A bilingual file from English into Russian, turned round. */
  | { readonly kind: 'sides-reversed'; readonly file: string }

const ORDER: readonly ImportNote['kind'][] = [
  'swapped',
  'sides-reversed',
  'looks-russian',
  'looks-english',
  'languages-unexpected',
  'encoding-mixed',
  'encoding-damaged',
  'encoding-overruled',
  'encoding-uncertain',
  'empty-targets',
  'content-skipped'
]

/** The notes for a project, most important first. */
export function importNotes(project: ProjectView): ImportNote[] {
  // A warning may name its side; otherwise it concerns the side it was reported on.
  const warnings = (['source', 'target'] as const).flatMap((reportedOn) =>
    project[reportedOn].warnings.map((warning) => {
      const side = warning.side ?? reportedOn
      return { warning, side, view: project[side] }
    })
  )
  const has = (code: ImportWarning['code'], side: Side): boolean =>
    warnings.some((w) => w.warning.code === code && w.side === side)
  const swapped = has('looks-english', 'source') && has('looks-russian', 'target')

  const notes: ImportNote[] = []
  if (swapped) {
    notes.push({
      kind: 'swapped',
      source: project.source.fileName,
      target: project.target.fileName
    })
  }
  const skipped = new SkippedByFile()
  for (const { warning, side, view } of warnings) {
    switch (warning.code) {
      case 'looks-russian':
      case 'looks-english':
        if (!swapped) notes.push({ kind: warning.code, file: view.fileName })
        break
      case 'encoding-uncertain':
        notes.push({
          kind: warning.code,
          side,
          file: view.fileName,
          encoding: view.encoding.name,
          language: view.language
        })
        break
      case 'empty-targets':
        // A count of 0 would be no news; an absent count still says "some".
        if (warning.count !== 0) {
          notes.push({
            kind: warning.code,
            file: view.fileName,
            count: warning.count ?? 1,
            unit: view.format === 'csv' || view.format === 'tsv' ? 'row' : 'unit'
          })
        }
        break
      case 'content-skipped':
        skipped.add(view.fileName, side, warning)
        break
      case 'encoding-damaged':
        notes.push({
          kind: warning.code,
          file: view.fileName,
          count: warning.count ?? 1,
          offset: warning.offset ?? 0
        })
        break
      case 'encoding-mixed':
        notes.push({
          kind: warning.code,
          file: view.fileName,
          count: warning.count ?? 1,
          offset: warning.offset ?? 0,
          encoding: warning.encoding ?? view.encoding.name
        })
        break
      case 'encoding-overruled':
        notes.push({
          kind: warning.code,
          file: view.fileName,
          declared: warning.detail ?? '',
          encoding: warning.encoding ?? view.encoding.name
        })
        break
      case 'languages-unexpected':
        notes.push({ kind: warning.code, file: view.fileName, languages: warning.detail ?? '' })
        break
      case 'sides-reversed':
        notes.push({ kind: warning.code, file: view.fileName })
        break
    }
  }
  for (const [file, items] of skipped.byFile()) notes.push({ kind: 'content-skipped', file, items })
  return dedupe(notes).sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
}

/**
 * Skipped content per file. Within one side, counts of the same kind add up (a reader may report
 * scripts in the head and in the body separately). Across the two sides of one bilingual file they
 * do not: both sides read the same table, so the larger count stands.
 */
class SkippedByFile {
  private readonly files = new Map<string, Map<Side, Map<string, SkippedItem>>>()

  add(file: string, side: Side, warning: ImportWarning): void {
    const sides = this.files.get(file) ?? new Map<Side, Map<string, SkippedItem>>()
    const items = sides.get(side) ?? new Map<string, SkippedItem>()
    const item = skippedItem(warning)
    const key = item.kind === 'other' ? `other:${item.detail}` : item.kind
    const before = items.get(key)
    items.set(key, before ? { ...item, count: sum(before.count, item.count) } : item)
    sides.set(side, items)
    this.files.set(file, sides)
  }

  byFile(): [string, SkippedItem[]][] {
    return [...this.files].map(([file, sides]) => {
      const merged = new Map<string, SkippedItem>()
      for (const items of sides.values()) {
        for (const [key, item] of items) {
          const before = merged.get(key)
          merged.set(key, before ? { ...item, count: max(before.count, item.count) } : item)
        }
      }
      return [file, [...merged.values()]]
    })
  }
}

function skippedItem(warning: ImportWarning): SkippedItem {
  const detail = warning.detail?.trim() ?? ''
  const count = warning.count
  if (!detail) return { kind: 'item', count }
  if ((SKIPPED_CONTENT_KINDS as readonly string[]).includes(detail)) {
    return { kind: detail as SkippedContentKind, count }
  }
  return { kind: 'other', detail, count }
}

/** An unknown count stays unknown: "scripts", not a made-up number. */
const sum = (a?: number, b?: number): number | undefined =>
  a === undefined || b === undefined ? undefined : a + b
const max = (a?: number, b?: number): number | undefined =>
  a === undefined || b === undefined ? undefined : Math.max(a, b)

/** Both sides of a bilingual project are one file: the same warning on each is one note. */
function dedupe(notes: readonly ImportNote[]): ImportNote[] {
  const seen = new Set<string>()
  return notes.filter((note) => {
    // One file has one encoding: a bilingual file's two sides make one note, the first (the source
    // side's, which asks to check the Cyrillic text: a wrong Cyrillic code page garbles only that).
    const key = JSON.stringify(
      note.kind === 'encoding-uncertain'
        ? { kind: note.kind, file: note.file, encoding: note.encoding }
        : note
    )
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Whether a side's encoding deserves a "low confidence" mark in the header. */
export function isEncodingUnsure(view: SideView): boolean {
  if (view.encoding.source !== 'detected') return false
  return (
    view.encoding.confidence < LOW_ENCODING_CONFIDENCE ||
    view.warnings.some((w) => w.code === 'encoding-uncertain')
  )
}

/**
 * Below this the detector is guessing between Cyrillic code pages. The readers also say so with an
 * `encoding-uncertain` warning; the header trusts either, so a missed warning still shows the mark.
 */
export const LOW_ENCODING_CONFIDENCE = 0.6
