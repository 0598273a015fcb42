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
  /**
   * What the file marked it as (DOCX, HTML and Markdown headings and list items), for exports that
   * keep the structure; absent for an ordinary paragraph, and in documents made before it existed.
   */
  readonly kind?: ParagraphKind
}

export type ParagraphKind = 'heading' | 'list-item'

export interface TextDocument {
  readonly language: Language
  /** The normalised text that all offsets point into. */
  readonly text: string
  readonly paragraphs: readonly Paragraph[]
  readonly segments: readonly Segment[]
}
