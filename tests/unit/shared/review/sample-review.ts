/**
 * The real sample pair run through the real text engine (segmentation + alignment), as a replay
 * base, plus small helpers to turn events into log records and state.
 */
import { readFileSync } from 'node:fs'
import { alignDocuments } from '@shared/align'
import type { Flag } from '@shared/domain/review'
import { REVIEW_LOG_FORMAT_VERSION, type LogRecord, type ReviewEvent } from '@shared/review/events'
import {
  applyRecord,
  initialReviewState,
  type ReviewBase,
  type ReviewState
} from '@shared/review/replay'
import { rowText } from '@shared/review/row-text'
import { buildDocument } from '@shared/segment/document'
import { sampleEn, sampleRu } from '../../../helpers/paths'

export function sampleBase(): ReviewBase {
  const source = buildDocument(readFileSync(sampleRu, 'utf8'), 'ru')
  const target = buildDocument(readFileSync(sampleEn, 'utf8'), 'en')
  return {
    beads: alignDocuments(source, target),
    source: source.segments,
    target: target.segments
  }
}

export function records(events: readonly ReviewEvent[], firstSeq = 0): LogRecord[] {
  return events.map((event, i) => ({
    formatVersion: REVIEW_LOG_FORMAT_VERSION,
    seq: firstSeq + i,
    at: '2026-11-27T10:00:00.000Z',
    author: 'anna',
    event
  }))
}

/** Events applied one at a time, as the renderer and the writer do. */
export function applyAll(
  base: ReviewBase,
  events: readonly ReviewEvent[],
  from: ReviewState = initialReviewState(base.beads)
): ReviewState {
  return records(events, from.lastSeq + 1).reduce(
    (state, record) => applyRecord(state, record, base),
    from
  )
}

/** The text of one side of a current row. */
export function textOf(base: ReviewBase, state: ReviewState, row: string, side: Flag['side']) {
  const bead = state.beads.find((b) => b.id === row)
  if (!bead) throw new Error(`no row ${row}`)
  return rowText(base[side], bead[side])
}

/** The text a flag covers, as the reviewer sees it. */
export function flagged(base: ReviewBase, state: ReviewState, id: string): string {
  const flag = state.flags.find((f) => f.id === id)
  if (!flag) throw new Error(`no flag ${id}`)
  return textOf(base, state, flag.row, flag.side).slice(flag.span[0], flag.span[1])
}

/** A flag on `phrase` (its first occurrence) in a row's text. */
export function flagOn(
  base: ReviewBase,
  state: ReviewState,
  row: string,
  side: Flag['side'],
  phrase: string,
  id = phrase
): ReviewEvent {
  const text = textOf(base, state, row, side)
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in row ${row}`)
  return {
    type: 'flag.add',
    flag: {
      id,
      row,
      side,
      span: [start, start + phrase.length],
      category: 'accuracy',
      severity: 'major',
      comment: '',
      status: 'open',
      origin: 'reviewer',
      author: 'anna',
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z'
    }
  }
}
