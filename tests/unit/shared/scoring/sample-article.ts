/**
 * The sample pair (resources/samples/belarus-usa-ambassadors) as a ReviewedArticle: its README
 * guarantees the same 26 paragraphs in the same order, so row i is paragraph i of each side (the
 * aligner is not under test here). Flags are placed on real errors of the real MT by phrase.
 */
import { readFileSync } from 'node:fs'
import type { ReviewedArticle, ReviewedRow } from '@shared/domain/article'
import type { Flag, FlagStatus, Severity, Side } from '@shared/domain/review'
import { sampleEn, sampleRu } from '../../../helpers/paths'

const paragraphs = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')

export const SAMPLE_RU = paragraphs(sampleRu)
export const SAMPLE_EN = paragraphs(sampleEn)

export interface FlagSpec {
  readonly row: number
  /** The text flagged: its first occurrence in the row's text on `side`. */
  readonly phrase: string
  readonly category: string
  readonly severity: Severity
  readonly status?: FlagStatus
  readonly side?: Side
  readonly author?: string
  readonly comment?: string
  readonly at?: string
}

let nextId = 0

export function flagOn(
  row: ReviewedRow | { source: string; target: string; id: string },
  spec: FlagSpec
): Flag {
  const side = spec.side ?? 'target'
  const text = side === 'source' ? row.source : row.target
  const start = text.indexOf(spec.phrase)
  if (start === -1) throw new Error(`"${spec.phrase}" is not in row ${spec.row}: ${text}`)
  const at = spec.at ?? '2026-11-27T10:00:00.000Z'
  return {
    id: `f${nextId++}`,
    row: row.id,
    side,
    span: [start, start + spec.phrase.length],
    category: spec.category,
    severity: spec.severity,
    comment: spec.comment ?? '',
    status: spec.status ?? 'open',
    origin: 'reviewer',
    author: spec.author ?? 'anna',
    createdAt: at,
    updatedAt: at
  }
}

/** Rows of the sample, `edits` by row index, flags placed by phrase. */
export function sampleArticle(
  flags: readonly FlagSpec[] = [],
  edits: Readonly<Record<number, string>> = {}
): ReviewedArticle {
  const rows: ReviewedRow[] = SAMPLE_EN.map((target, index) => ({
    id: `b${index}`,
    index,
    source: SAMPLE_RU[index]!,
    target,
    edit: edits[index] ?? null,
    status: 'unreviewed',
    flags: [],
    sourceSegments: [index],
    targetSegments: [index],
    confidence: 1,
    origin: 'auto',
    sourceParagraph: index,
    targetParagraph: index,
    heading: false
  }))
  const withFlags = rows.map((row) => ({
    ...row,
    flags: flags.filter((f) => f.row === row.index).map((f) => flagOn(row, f))
  }))
  return {
    id: 'belarus-usa-ambassadors-1a2b3c4d',
    name: 'USA and Belarus ready to restore relations at the level of ambassadors',
    sourceLanguage: 'ru',
    targetLanguage: 'en',
    sourceFile: 'ru.txt',
    targetFile: 'en.txt',
    rows: withFlags
  }
}

/** Real errors of the sample MT (row = paragraph index). */
export const SAMPLE_FLAGS: readonly FlagSpec[] = [
  { row: 2, phrase: '..', category: 'linguistic-conventions/punctuation', severity: 'minor' },
  {
    row: 15,
    phrase: 'morning chairs –money in the evening',
    category: 'style/unidiomatic',
    severity: 'major',
    comment: 'calque of «утром стулья — вечером деньги»'
  },
  {
    row: 15,
    phrase: 'Lukashenka',
    category: 'terminology/inconsistent-use',
    severity: 'minor',
    status: 'resolved'
  },
  {
    row: 3,
    phrase: 'chargé d’affaires',
    category: 'accuracy/mistranslation',
    severity: 'major',
    status: 'rejected'
  }
]
