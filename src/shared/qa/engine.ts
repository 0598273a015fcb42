/**
 * Runs the checks over a document: row checks row by row, then the document checks; fills in each
 * finding's defaults, text and stable id; leaves out what the reviewer dismissed. Findings come out in
 * row order, target before source, by position.
 */
import { QaContext } from './context'
import { QA_CHECKS } from './registry'
import { hash53, hashHex } from './text/hash'
import type { CheckId, Finding, FindingDraft, QaCheck, QaOptions, QaRow } from './types'

export function runChecks(rows: readonly QaRow[], options: QaOptions = {}): Finding[] {
  const context = new QaContext(rows, options)
  const enabled = new Set<CheckId>(options.enabled ?? QA_CHECKS.map((check) => check.id))
  const checks = QA_CHECKS.filter((check) => enabled.has(check.id) && isReady(check, options))
  const findings: Finding[] = []
  /**
   * How often each (check, row, side, text) was reported so far: the occurrence index of the id. The
   * id is thus stable while the row's text and the check's findings in it are, across runs and across
   * edits of other rows.
   */
  const occurrences = new Map<string, number>()

  const emitter =
    (check: QaCheck) =>
    (draft: FindingDraft): void => {
      const { row, side, span } = draft
      const text = (side === 'source' ? row.source : row.target).slice(span[0], span[1])
      // The text enters the key as its hash: a short key even for a whole-row span.
      const key = `${check.id}\u0000${row.id}\u0000${side}\u0000${hash53(text)}`
      const occurrence = occurrences.get(key) ?? 0
      occurrences.set(key, occurrence + 1)
      findings.push({
        id: hashHex(`${key}\u0000${occurrence}`),
        check: check.id,
        category: draft.category ?? check.category,
        severity: draft.severity ?? check.severity,
        rowId: row.id,
        row: row.index,
        side,
        span: [span[0], span[1]],
        text,
        message: draft.message,
        ...(draft.fix ? { fix: draft.fix } : {})
      })
    }

  const rowChecks = checks.flatMap((check) =>
    check.scope === 'row' ? [{ check, emit: emitter(check) }] : []
  )
  for (const row of rows) {
    for (const { check, emit } of rowChecks)
      if (check.scope === 'row') check.run(row, context, emit)
  }
  for (const check of checks) if (check.scope === 'document') check.run(context, emitter(check))

  const dismissed = new Set(options.dismissed ?? [])
  const rowPosition = new Map(rows.map((row, k) => [row.id, k]))
  return findings
    .filter((finding) => !dismissed.has(finding.id))
    .sort(
      (a, b) =>
        (rowPosition.get(a.rowId) ?? 0) - (rowPosition.get(b.rowId) ?? 0) ||
        (a.side === b.side ? 0 : a.side === 'target' ? -1 : 1) ||
        a.span[0] - b.span[0] ||
        a.span[1] - b.span[1] ||
        QA_ORDER.get(a.check)! - QA_ORDER.get(b.check)!
    )
}

const QA_ORDER = new Map(QA_CHECKS.map((check, k) => [check.id, k]))

/** A check that needs a glossary or a speller runs only when it was given one. */
function isReady(check: QaCheck, options: QaOptions): boolean {
  if (check.needs === 'glossary') return options.glossary !== undefined
  if (check.needs === 'spelling') return options.spelling !== undefined
  return true
}
