/**
 * Runs the checks over a document: row checks row by row, then the document checks; fills in each
 * finding's defaults, text and stable id; leaves out what the reviewer dismissed. Findings come out in
 * row order, target before source, by position.
 */
import { QaContext } from './context'
import { QA_CHECKS } from './registry'
import { RowMemo } from './row-memo'
import { hash53, hashHex } from './text/hash'
import type { CheckId, Emit, Finding, FindingDraft, QaCheck, QaOptions, QaRow } from './types'

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
  const names = checks.some((check) => check.usesNames)
  /**
   * A row check reads nothing but its row's two texts (and how many sentences each has), so a row
   * repeated word for word (a repeated headline, a standard line, a corpus that repeats itself) is
   * checked once and its findings re-issued for each repetition. The first row is the exception
   * (an article's headline: `end-punctuation` reads its place), so it is neither reused nor kept.
   */
  const repeats = new RowMemo<{ emit: Emit; draft: FindingDraft }[]>()
  for (const row of rows) {
    const first = row.index === 0
    const seen = first ? undefined : repeats.get(row)
    if (seen) {
      for (const { emit, draft } of seen) emit({ ...draft, row })
    } else {
      const drafts: { emit: Emit; draft: FindingDraft }[] = []
      if (!first) repeats.set(row, drafts)
      for (const { check, emit } of rowChecks) {
        if (check.scope !== 'row') continue
        check.run(row, context, (draft) => {
          drafts.push({ emit, draft })
          emit(draft)
        })
      }
    }
    if (names) context.collectNames(row)
  }
  for (const check of checks) if (check.scope === 'document') check.run(context, emitter(check))

  const dismissed = new Set(options.dismissed ?? [])
  // Rows carry their position in the article (`index`): no map from ids is needed to sort.
  return findings
    .filter((finding) => !dismissed.has(finding.id))
    .sort(
      (a, b) =>
        a.row - b.row ||
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
