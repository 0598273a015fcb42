/**
 * The one form every scorer reads, whatever the data came from: segments with their word counts, who
 * rated them and the errors they found. Calque projects (`from-articles.ts`: one row = one segment,
 * flags = errors) and MQM TSV files (`from-mqm-tsv.ts`: one system's translation of one document
 * segment = one segment, one line per error) both become this.
 */

export interface ScoringError {
  /** Who marked it: errors of a segment are summed per rater, then averaged over its raters. */
  readonly rater: string
  /** As the data names it: an MQM Core path (`accuracy/mistranslation`) or another typology's label. */
  readonly category: string
  /** Lower-case: `neutral`, `minor`, `major`, `critical`, or whatever else the data uses. */
  readonly severity: string
}

export interface ScoringSegment {
  /** The MT system (imported evaluations); null for a Calque project. */
  readonly system: string | null
  /** The document: a Calque article id, or the `doc` column of an MQM file. */
  readonly doc: string
  /** The segment's id inside its document (1-based position for Calque rows). */
  readonly docSegId: string
  readonly sourceWords: number
  readonly targetWords: number
  /**
   * Everyone who rated this segment, errors or not. A segment nobody rated is not scored (it counts
   * only in `segments`). A Calque project is one review, so its rows have one rater.
   */
  readonly raters: readonly string[]
  /** Errors that count: rejected flags and "No-error" lines are already left out. */
  readonly errors: readonly ScoringError[]
  /** The MT text (without span marks). */
  readonly mt: string
  /** The corrected text, for post-edit distance; null when there is none (imported data). */
  readonly postEdit: string | null
}

export interface ScoringInput {
  readonly kind: 'calque-project' | 'mqm-tsv'
  /** A project's or a file's name, for the report. */
  readonly name: string
  readonly segments: readonly ScoringSegment[]
  /** Display names of documents (article names); documents absent here show their id. */
  readonly docNames?: Readonly<Record<string, string>>
}
