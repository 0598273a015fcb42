/**
 * Imported MQM annotations as the tracker shows them: one per error line, with the span on the side
 * it was marked on, the category in the data's words and in MQM Core terms, and Calque's severity
 * where it has one. "No-error" lines and attention checks are not annotations.
 */
import type { Severity, Side } from '../domain/review'
import { mqmCoreCategoryOf } from '../scoring/categories'
import type { MqmTsvRecord } from './read'
import { calqueSeverityOf, isAttentionCheck, isNoError, normaliseSeverity } from './severity'
import type { Span } from './spans'

export interface MqmAnnotation {
  readonly line: number
  readonly system: string
  readonly doc: string
  readonly docSegId: string
  readonly rater: string
  /** Where the span is; null when the line marks no span (a whole-segment error). */
  readonly side: Side | null
  readonly span: Span | null
  /** As written in the file. */
  readonly category: string
  /** The closest MQM Core category, null when none fits (`Other`). */
  readonly coreCategory: string | null
  /** Normalised (`major`, `trivial`, …). */
  readonly severity: string
  /** Calque's severity, null for another tool's (e.g. `trivial`). */
  readonly calqueSeverity: Severity | null
  readonly note: string
  /** `metadata.author`, written by Calque's exporter: who flagged it (the rater is the whole review). */
  readonly author: string | null
  readonly metadata: Readonly<Record<string, unknown>> | null
}

export function mqmAnnotationsOf(records: readonly MqmTsvRecord[]): MqmAnnotation[] {
  const out: MqmAnnotation[] = []
  for (const r of records) {
    if (r.rater === '' || isNoError(r.severity) || isAttentionCheck(r.severity)) continue
    const target = r.targetSpans[0]
    const source = r.sourceSpans[0]
    const side: Side | null = target ? 'target' : source ? 'source' : null
    const author = r.metadata?.author
    out.push({
      line: r.line,
      system: r.system,
      doc: r.doc,
      docSegId: r.docSegId,
      rater: r.rater,
      side,
      span: target ?? source ?? null,
      category: r.category,
      coreCategory: mqmCoreCategoryOf(r.category),
      severity: normaliseSeverity(r.severity),
      calqueSeverity: calqueSeverityOf(r.severity),
      note: r.note,
      author: typeof author === 'string' ? author : null,
      metadata: r.metadata
    })
  }
  return out
}
