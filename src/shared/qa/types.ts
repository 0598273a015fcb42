/**
 * Automatic quality checks: the rows they read, the findings they report and the shape of a check.
 * A finding is a suggestion: the reviewer accepts it as a flag (origin `check:<id>`) or dismisses it.
 */
import type { ReviewedRow } from '../domain/article'
import type { Severity, Side } from '../domain/review'
import type { Glossary } from './glossary/types'
import type { PhraseBook } from './phrases/types'
import type { Speller } from './spelling/speller'

/**
 * What the checks read of a row: a structural subset of `ReviewedRow`, so reviewed rows can be passed
 * as they are. `source`/`target` are the row's segments joined by one space; every span indexes them.
 * The paragraph numbers are optional: with them, quotation marks are balanced per paragraph.
 */
export type QaRow = Pick<
  ReviewedRow,
  'id' | 'index' | 'source' | 'target' | 'sourceSegments' | 'targetSegments' | 'confidence'
> &
  Partial<Pick<ReviewedRow, 'sourceParagraph' | 'targetParagraph'>>

/** `[start, end)` in the row's text on one side. */
export type Span = readonly [number, number]

/** An i18n key in the `qa` namespace (e.g. `message.doubledPeriod`) and its parameters. */
export interface QaMessage {
  readonly key: string
  readonly params: Readonly<Record<string, string | number>>
}

/**
 * A safe one-key correction: replace `span` of the target text (the text the check read) with
 * `replacement`. Only offered where the right English is certain (`..` -> `.`, `«` -> `“`).
 */
export interface QaFix {
  readonly side: 'target'
  readonly span: Span
  readonly replacement: string
}

export interface Finding {
  /**
   * Stable across runs for the same occurrence (a hash of the check, row id, side, the span's text and
   * how many times that text was reported before in the row), so a dismissal can be stored by id.
   */
  readonly id: string
  readonly check: CheckId
  /** MQM path from the typology, e.g. `linguistic-conventions/punctuation`. */
  readonly category: string
  readonly severity: Severity
  readonly rowId: string
  /** The row's `index`. */
  readonly row: number
  readonly side: Side
  readonly span: Span
  /** The span's text. */
  readonly text: string
  readonly message: QaMessage
  readonly fix?: QaFix
}

export const CHECK_IDS = [
  'numbers',
  'end-punctuation',
  'doubled-punctuation',
  'russian-typography',
  'unbalanced-pairs',
  'whitespace',
  'repeated-word',
  'near-repetition',
  'untranslated',
  'run-on',
  'length-ratio',
  'unpaired',
  'inconsistent-target',
  'inconsistent-source',
  'name-consistency',
  'calque',
  'glossary',
  'spelling',
  'boilerplate'
] as const
export type CheckId = (typeof CHECK_IDS)[number]

/** What a check reports; the engine adds the check id, defaults, the span's text and the id. */
export interface FindingDraft {
  readonly row: QaRow
  readonly side: Side
  readonly span: Span
  readonly message: QaMessage
  readonly fix?: QaFix
  /** Overrides the check's default category (e.g. a number written with a decimal comma). */
  readonly category?: string
  readonly severity?: Severity
}

export type Emit = (draft: FindingDraft) => void

export interface QaOptions {
  /** Checks to run; default: every check. */
  readonly enabled?: readonly CheckId[]
  /** The user's glossary (CSV/TBX parsed with `parseGlossary`); the `glossary` check needs it. */
  readonly glossary?: Glossary
  /** An English speller built from Hunspell files (`createSpeller`); the `spelling` check needs it. */
  readonly spelling?: Speller
  /** Idioms and set phrases; default: the built-in list (`resources/qa/calques.ru-en.json`). */
  readonly phrases?: PhraseBook
  /** Ids of findings the reviewer dismissed: left out of the result. */
  readonly dismissed?: Iterable<string>
}

/** The shared, lazily computed view of the document every check reads (see `context.ts`). */
export type { QaContext } from './context'
import type { QaContext } from './context'

interface CheckBase {
  readonly id: CheckId
  readonly category: string
  readonly severity: Severity
  /** Runs only when the options carry a glossary or a speller. */
  readonly needs?: 'glossary' | 'spelling'
  /** Reads `context.names`: the engine collects them while it walks the rows. */
  readonly usesNames?: boolean
}

/** A registered check with its label and one-line description as i18n keys of the `qa` namespace. */
export type RegisteredCheck = QaCheck & {
  /** `check.<id>.name`. */
  readonly name: string
  /** `check.<id>.description`. */
  readonly description: string
}

/** A check that judges each row on its own. */
export interface RowCheck extends CheckBase {
  readonly scope: 'row'
  run(row: QaRow, context: QaContext, emit: Emit): void
}

/** A check that compares rows across the document (consistency, repetitions). */
export interface DocumentCheck extends CheckBase {
  readonly scope: 'document'
  run(context: QaContext, emit: Emit): void
}

export type QaCheck = RowCheck | DocumentCheck
