/**
 * The review state of one article as the window shows it, on the real sample: a change shows at once
 * (optimistic), counts as saved only with main's acknowledgement (and then carries main's stamp), and a
 * refused change is rolled back while the status bar keeps the event that failed.
 */
import { describe, expect, it } from 'vitest'
import type { CalqueError } from '@shared/domain/errors'
import type { ReviewEvent } from '@shared/review/events'
import { editOf, statusOf } from '@shared/review/state'
import {
  articleReducer,
  initArticle,
  isUnsaved,
  savingFlagIds,
  type ArticleAction,
  type ArticleState
} from '../../../../src/renderer/src/store/article-state'
import { createFlag } from '../../../../src/renderer/src/features/flags/new-flag'
import { rowWith, sampleArticle, withReview } from '../helpers/sample-project'

const article = sampleArticle()
const idiom = rowWith(article, 'morning chairs')
const phrase = 'morning chairs –money in the evening'
const start = idiom.texts.target.indexOf(phrase)
const calque = createFlag(
  {
    row: idiom.bead.id,
    side: 'target',
    span: [start, start + phrase.length],
    category: 'accuracy/mistranslation',
    severity: 'critical',
    comment: 'Calque of «утром стулья — вечером деньги»'
  },
  'f-calque',
  new Date('2026-11-27T09:00:00.000Z')
)
const ack = { seq: 7, savedAt: '2026-11-27T12:00:00.000Z', author: 'anna' }
const refusal: CalqueError = { code: 'log-changed-on-disk', path: '/p/articles/a/review.jsonl' }

function run(state: ArticleState, ...actions: ArticleAction[]): ArticleState {
  return actions.reduce(articleReducer, state)
}
const sent = (ticket: number, event: ReviewEvent): ArticleAction => ({
  type: 'sent',
  change: { ticket, event }
})

describe('an article as loaded', () => {
  it('replays the records main sent: statuses, post-edits and flags from earlier sessions', () => {
    const state = initArticle(
      withReview(article, [
        { type: 'status.set', row: 'b0', status: 'reviewed' },
        { type: 'edit.set', row: idiom.bead.id, text: 'The idiom, said in English.' },
        { type: 'flag.add', flag: calque }
      ])
    )
    expect(statusOf(state.visible, 'b0')).toBe('reviewed')
    expect(editOf(state.visible, idiom.bead.id)).toBe('The idiom, said in English.')
    expect(state.visible.flags.get('f-calque')?.span).toEqual([start, start + phrase.length])
    expect(state.visible).toBe(state.saved)
    expect(state.saved.lastSeq).toBe(2)
    expect(state.status).toEqual({ kind: 'clean' })
  })
})

describe('a change sent to main', () => {
  it('shows at once, and counts as saved only once main acknowledges it', () => {
    let state = run(initArticle(article), sent(1, { type: 'flag.add', flag: calque }))
    expect(state.visible.flags.get('f-calque')).toBeDefined()
    expect(state.saved.flags.size).toBe(0)
    expect(savingFlagIds(state)).toEqual(new Set(['f-calque']))
    expect(isUnsaved(state)).toBe(true)

    state = run(state, { type: 'saved', ticket: 1, saved: ack })
    expect(isUnsaved(state)).toBe(false)
    expect(savingFlagIds(state).size).toBe(0)
    expect(state.visible).toBe(state.saved)
    expect(state.status).toEqual({ kind: 'saved', at: ack.savedAt })
    // The local state matches the log exactly: main's seq, time and author.
    expect(state.saved.lastSeq).toBe(7)
    expect(state.saved.flags.get('f-calque')).toMatchObject({
      author: 'anna',
      createdAt: ack.savedAt,
      updatedAt: ack.savedAt,
      comment: 'Calque of «утром стулья — вечером деньги»'
    })
  })

  it('keeps later changes on top while an earlier one is acknowledged', () => {
    const state = run(
      initArticle(article),
      sent(1, { type: 'status.set', row: 'b0', status: 'reviewed' }),
      sent(2, { type: 'status.set', row: 'b1', status: 'needs-work' }),
      { type: 'saved', ticket: 1, saved: { ...ack, seq: 0 } }
    )
    expect(statusOf(state.saved, 'b0')).toBe('reviewed')
    expect(statusOf(state.saved, 'b1')).toBe('unreviewed')
    expect(statusOf(state.visible, 'b1')).toBe('needs-work')
    expect(state.pending.map((c) => c.ticket)).toEqual([2])
  })

  it('rolls a refused change back and keeps the failed event for the status bar', () => {
    const event: ReviewEvent = { type: 'status.set', row: 'b0', status: 'reviewed' }
    let state = run(initArticle(article), sent(1, event))
    expect(statusOf(state.visible, 'b0')).toBe('reviewed')
    state = run(state, { type: 'failed', ticket: 1, error: refusal })
    expect(statusOf(state.visible, 'b0')).toBe('unreviewed')
    expect(state.pending).toEqual([])
    expect(state.status).toEqual({ kind: 'failed', error: refusal, event })
    // A late or duplicate answer for a change already settled changes nothing.
    expect(run(state, { type: 'saved', ticket: 1, saved: ack })).toBe(state)
    expect(run(state, { type: 'failed', ticket: 1, error: refusal })).toBe(state)
  })

  it('rolls back only the refused change: a merge refused after a flag leaves the flag', () => {
    let state = run(
      initArticle(article),
      sent(1, { type: 'flag.add', flag: calque }),
      sent(2, { type: 'align.merge', row: 'b3' })
    )
    expect(state.visible.beads).toHaveLength(article.beads.length - 1)
    state = run(state, { type: 'failed', ticket: 2, error: refusal })
    expect(state.visible.beads).toHaveLength(article.beads.length)
    expect(state.visible.beads.map((b) => b.id)).toEqual(article.beads.map((b) => b.id))
    expect(state.visible.flags.has('f-calque')).toBe(true)
    expect(savingFlagIds(state)).toEqual(new Set(['f-calque']))
  })
})
