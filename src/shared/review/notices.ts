/**
 * What opening an article's review log can have to tell the user. Every repair leaves the original
 * bytes in a side file next to the log (`savedTo`), never deleted.
 */
export type LogNotice =
  /** The last line was cut off mid-record (a crash or kill while writing): moved aside. */
  | { readonly kind: 'torn-last-line'; readonly line: number; readonly savedTo?: string }
  /** The last record was complete but lacked its newline: the newline was added. */
  | { readonly kind: 'unterminated-last-line'; readonly line: number }
  /** Lines that are not valid UTF-8 or not valid records: moved aside (or skipped when read-only). */
  | { readonly kind: 'undecodable-line'; readonly line: number; readonly savedTo?: string }
  | {
      readonly kind: 'invalid-line'
      readonly line: number
      readonly reason: string
      readonly savedTo?: string
    }
  /** A valid record that does not fit the rows it meets (e.g. a hand-edited log): skipped. */
  | { readonly kind: 'skipped-event'; readonly seq: number; readonly reason: string }
  /** The article's review log was missing: it opens with no review work. */
  | { readonly kind: 'log-missing' }
