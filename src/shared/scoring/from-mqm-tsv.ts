/**
 * MQM TSV records as scoring input: one segment per (system, doc, docSegId), in the order first seen.
 * Raters are everyone with a line on the segment (a `No-error` line says "rated, nothing found");
 * lines with no rater carry metadata only, and attention checks (`HOTW-test`) are not ratings. Texts
 * come from the segment's first line; `metadata.corrected_translation`, where a rater gave one, is the
 * post-edit.
 */
import { countWords } from '../metrics/word-count'
import type { MqmTsvRecord } from '../mqm-tsv/read'
import { isAttentionCheck, isNoError, normaliseSeverity } from '../mqm-tsv/severity'
import type { ScoringError, ScoringInput, ScoringSegment } from './input'

interface Draft {
  readonly record: MqmTsvRecord
  readonly raters: Set<string>
  readonly errors: ScoringError[]
  postEdit: string | null
}

export function scoringInputFromMqmRecords(
  records: Iterable<MqmTsvRecord>,
  name: string
): ScoringInput {
  const drafts = new Map<string, Draft>()
  for (const record of records) {
    const key = `${record.system}\u0000${record.doc}\u0000${record.docSegId}`
    let draft = drafts.get(key)
    if (!draft) {
      draft = { record, raters: new Set(), errors: [], postEdit: null }
      drafts.set(key, draft)
    }
    const corrected = record.metadata?.corrected_translation
    if (draft.postEdit === null && typeof corrected === 'string') draft.postEdit = corrected
    if (record.rater === '' || isAttentionCheck(record.severity)) continue
    draft.raters.add(record.rater)
    if (isNoError(record.severity) || record.severity === '') continue
    draft.errors.push({
      rater: record.rater,
      category: record.category,
      severity: normaliseSeverity(record.severity)
    })
  }
  const segments: ScoringSegment[] = []
  for (const { record, raters, errors, postEdit } of drafts.values()) {
    segments.push({
      system: record.system,
      doc: record.doc,
      docSegId: record.docSegId,
      sourceWords: countWords(record.source),
      targetWords: countWords(record.target),
      raters: [...raters],
      errors,
      mt: record.target,
      postEdit
    })
  }
  return { kind: 'mqm-tsv', name, segments }
}
