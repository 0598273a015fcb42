/**
 * What readers leave out of a document, by kind. A `content-skipped` warning carries one kind in
 * `detail` and how many in `count`, so the UI can say it in the reader's language with plurals.
 */
import type { ImportWarning } from './types'

export const SKIPPED_CONTENT_KINDS = [
  'script',
  'style',
  'navigation',
  'header',
  'footer',
  'aside',
  'form',
  'embedded',
  'hidden',
  'image',
  'code',
  'table',
  'footnote',
  'comment',
  'textbox',
  'equation',
  'other-language',
  'column',
  'item'
] as const

export type SkippedContentKind = (typeof SKIPPED_CONTENT_KINDS)[number]

export class SkippedContent {
  private readonly counts = new Map<SkippedContentKind, number>()

  add(kind: SkippedContentKind, n = 1): void {
    if (n > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + n)
  }

  get size(): number {
    return this.counts.size
  }

  /** One warning per kind, in the list's order. */
  warnings(): ImportWarning[] {
    return SKIPPED_CONTENT_KINDS.filter((kind) => this.counts.has(kind)).map((kind) => ({
      code: 'content-skipped',
      detail: kind,
      count: this.counts.get(kind)!
    }))
  }

  /** `script (2), navigation (1)`: for error details, which are technical English. */
  describe(): string {
    return SKIPPED_CONTENT_KINDS.filter((kind) => this.counts.has(kind))
      .map((kind) => `${kind} (${this.counts.get(kind)})`)
      .join(', ')
  }
}
