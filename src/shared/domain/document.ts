/** The document model every reader produces and every later step consumes. */

export type Language = 'ru' | 'en'

/** A sentence (or heading, or list item): `[start, end)` are offsets into `TextDocument.text`. */
export interface Segment {
  readonly text: string
  readonly start: number
  readonly end: number
  /** 0-based index of the paragraph the segment belongs to. */
  readonly paragraph: number
}

/** A paragraph as a `[start, end)` range of the normalised text. */
export interface Paragraph {
  readonly start: number
  readonly end: number
}

export interface TextDocument {
  readonly language: Language
  /** The normalised text that all offsets point into. */
  readonly text: string
  readonly paragraphs: readonly Paragraph[]
  readonly segments: readonly Segment[]
}
