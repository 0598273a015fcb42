/**
 * The one undo history, on the real sample: every kind of review action is undone exactly (the state
 * before it, to the last field) and redone exactly, replay of a log gives the same state as applying
 * its records one by one, and the history survives a replay (it is rebuilt from the log).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { replay, replayRecords, stepRecord } from '@shared/review/apply'
import { Draft } from '@shared/review/change'
import { checkEvent } from '@shared/review/check-event'
import type { ReviewEvent } from '@shared/review/events'
import {
  editOf,
  flagList,
  initialReviewState,
  statusOf,
  type ReviewState
} from '@shared/review/state'
import { MQM_CORE } from '@shared/typology/profile'
import { applyAll, flagById, flagOn, records, sampleBase, textOf } from './sample-review'

const base = sampleBase()
const start = initialReviewState(base.beads)

/** Everything undo must restore, as plain data. */
function snapshot(state: ReviewState) {
  return {
    beads: state.beads,
    flags: [...state.flags.entries()].sort(),
    notes: [...state.notes.entries()].sort(),
    dismissals: [...state.dismissals.entries()].sort()
  }
}

const idiomRow = base.beads.find((b) =>
  textOf(base, start, b.id, 'target').includes('morning chairs')
)!.id
const idiom = flagOn(
  base,
  start,
  idiomRow,
  'target',
  'morning chairs –money in the evening',
  'idiom'
)

const actions: Array<[string, ReviewEvent[]]> = [
  ['a flag', [idiom]],
  [
    'a flag update',
    [
      idiom,
      { type: 'flag.update', id: 'idiom', changes: { severity: 'critical', comment: 'a calque' } }
    ]
  ],
  [
    'a flag resolved',
    [idiom, { type: 'flag.status', ids: ['idiom'], status: 'resolved', note: 'fixed in the edit' }]
  ],
  [
    'a flag reopened',
    [
      idiom,
      { type: 'flag.status', ids: ['idiom'], status: 'rejected', note: 'fine' },
      { type: 'flag.status', ids: ['idiom'], status: 'open', note: '' }
    ]
  ],
  [
    'a comment',
    [idiom, { type: 'flag.comment', id: 'idiom', comment: { id: 'c1', text: 'agreed' } }]
  ],
  ['a flag removed', [idiom, { type: 'flag.remove', id: 'idiom' }]],
  ['a status', [{ type: 'status.set', row: 'b3', status: 'confirmed' }]],
  ['a post-edit', [{ type: 'edit.set', row: idiomRow, text: 'Promises today, payment tomorrow.' }]],
  [
    'a post-edit taken back',
    [
      { type: 'edit.set', row: 'b2', text: 'x' },
      { type: 'edit.set', row: 'b2', text: null }
    ]
  ],
  [
    'a replace-all',
    [
      {
        type: 'edit.batch',
        edits: [
          { row: 'b1', text: 'One.' },
          { row: 'b2', text: 'Two.' }
        ]
      }
    ]
  ],
  [
    'a dismissal',
    [
      {
        type: 'suggestion.dismiss',
        key: 'f-123',
        scope: 'occurrence',
        check: 'doubled-punctuation'
      }
    ]
  ],
  ['a merge', [{ type: 'align.merge', row: 'b14' }]],
  [
    'a split',
    [
      { type: 'align.merge', row: 'b14' },
      { type: 'align.split', row: 'b50', sourceAt: 1, targetAt: 1 }
    ]
  ],
  ['a move', [{ type: 'align.move', row: 'b15', side: 'target', direction: 'up' }]],
  ['an unlink', [{ type: 'align.unlink', row: 'b15' }]]
]

describe('every action is undone and redone exactly', () => {
  for (const [name, events] of actions) {
    it(name, () => {
      const before = applyAll(base, events.slice(0, -1))
      const after = applyAll(base, events.slice(-1), before)
      expect(snapshot(after)).not.toEqual(snapshot(before))
      const undone = applyAll(base, [{ type: 'history.undo' }], after)
      expect(snapshot(undone)).toEqual(snapshot(before))
      const redone = applyAll(base, [{ type: 'history.redo' }], undone)
      expect(snapshot(redone)).toEqual(snapshot(after))
      // Replay of the whole log gives the same state, history included.
      const log = [...events, { type: 'history.undo' } as const, { type: 'history.redo' } as const]
      expect(replay(records(log), base)).toEqual(applyAll(base, log))
    })
  }
})

describe('what the actions do', () => {
  it('stamps who resolved a flag and when, from the log record', () => {
    const state = applyAll(base, [
      idiom,
      { type: 'flag.status', ids: ['idiom'], status: 'resolved', note: 'done' }
    ])
    expect(flagById(state, 'idiom')).toMatchObject({
      status: 'resolved',
      resolution: { note: 'done', by: 'anna', at: '2026-11-27T10:00:00.000Z' }
    })
  })

  it('keeps no post-edit when the edit is the MT itself', () => {
    const mt = textOf(base, start, 'b4', 'target')
    const state = applyAll(base, [{ type: 'edit.set', row: 'b4', text: mt }])
    expect(editOf(state, 'b4')).toBeNull()
    expect(state.notes.has('b4')).toBe(false)
  })

  it('carries post-edits by their words through a merge and back through a split', () => {
    const first = textOf(base, start, 'b14', 'target')
    const second = textOf(base, start, 'b15', 'target')
    const edited = applyAll(base, [
      { type: 'edit.set', row: 'b14', text: first.replace('too early', 'premature') },
      { type: 'edit.set', row: 'b15', text: `${second} (Reuters)` }
    ])
    const merged = applyAll(base, [{ type: 'align.merge', row: 'b14' }], edited)
    expect(editOf(merged, 'b50')).toBe(
      `${first.replace('too early', 'premature')} ${second} (Reuters)`
    )
    const split = applyAll(
      base,
      [{ type: 'align.split', row: 'b50', sourceAt: 1, targetAt: 1 }],
      merged
    )
    expect(editOf(split, 'b51')).toBe(first.replace('too early', 'premature'))
    expect(editOf(split, 'b52')).toBe(`${second} (Reuters)`)
  })

  it('starts a changed row unreviewed and brings its status back on undo', () => {
    const reviewed = applyAll(base, [{ type: 'status.set', row: 'b14', status: 'needs-work' }])
    const merged = applyAll(base, [{ type: 'align.merge', row: 'b14' }], reviewed)
    expect(statusOf(merged, 'b50')).toBe('unreviewed')
    const undone = applyAll(base, [{ type: 'history.undo' }], merged)
    expect(statusOf(undone, 'b14')).toBe('needs-work')
  })

  it('undoes a bulk resolve as one step', () => {
    const two = [idiom, flagOn(base, start, 'b2', 'target', 'diplomatic relations', 'dr')]
    const resolved = applyAll(base, [
      ...two,
      { type: 'flag.status', ids: ['idiom', 'dr'], status: 'resolved', note: '' }
    ])
    expect(resolved.history.done.at(-1)).toMatchObject({ kind: 'flag.status', count: 2 })
    const undone = applyAll(base, [{ type: 'history.undo' }], resolved)
    expect(flagList(undone).map((f) => f.status)).toEqual(['open', 'open'])
  })
})

describe('what main refuses', () => {
  const context = { sides: base, typology: MQM_CORE }
  const flag = (idiom as Extract<ReviewEvent, { type: 'flag.add' }>).flag
  const add = (changes: Partial<typeof flag>): ReviewEvent => ({
    type: 'flag.add',
    flag: { ...flag, ...changes }
  })
  const flagged = applyAll(base, [idiom])
  const cases: Array<[string, ReviewEvent, ReviewState]> = [
    ['a category outside the typology', add({ id: 'x', category: 'made-up' }), start],
    ['a flag added as resolved', add({ status: 'resolved' }), start],
    ['an identical duplicate flag', add({ id: 'again' }), flagged],
    ['an existing flag id', idiom, flagged],
    ['a flag on a row that does not exist', add({ row: 'b999' }), start],
    ['undo with nothing to undo', { type: 'history.undo' }, start],
    ['a legacy align.undo', { type: 'align.undo' }, start],
    ['an edit of a missing row', { type: 'edit.set', row: 'b999', text: 'x' }, start],
    [
      'a batch naming a row twice',
      {
        type: 'edit.batch',
        edits: [
          { row: 'b1', text: 'a' },
          { row: 'b1', text: 'b' }
        ]
      },
      start
    ]
  ]
  for (const [name, event, state] of cases) {
    it(name, () => expect(checkEvent(state, event, context)).toMatch(/\w/))
  }
  it('accepts a valid flag', () => expect(checkEvent(start, idiom, context)).toBeNull())
})

describe('property: any sequence of actions, undos and redos', () => {
  const rowIds = base.beads.map((b) => b.id)
  const event = fc.oneof(
    fc.record({
      type: fc.constant('status.set' as const),
      row: fc.constantFrom(...rowIds),
      status: fc.constantFrom(
        'reviewed' as const,
        'needs-work' as const,
        'confirmed' as const,
        'unreviewed' as const
      )
    }),
    fc.record({
      type: fc.constant('edit.set' as const),
      row: fc.constantFrom(...rowIds),
      text: fc.option(fc.string({ maxLength: 20 }), { nil: null })
    }),
    fc.record({ type: fc.constant('align.merge' as const), row: fc.constantFrom(...rowIds) }),
    fc.record({ type: fc.constant('align.unlink' as const), row: fc.constantFrom(...rowIds) }),
    fc.constant({ type: 'history.undo' as const }),
    fc.constant({ type: 'history.redo' as const })
  )

  it('undoing every step returns to the start; replay equals step-by-step application', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        const valid: ReviewEvent[] = []
        let state = start
        for (const e of events) {
          if (checkEvent(state, e, { sides: base }) !== null) continue
          state = applyAll(base, [e], state)
          valid.push(e)
        }
        expect(replay(records(valid), base)).toEqual(state)
        let undone = state
        while (undone.history.done.length > 0)
          undone = applyAll(base, [{ type: 'history.undo' }], undone)
        expect(snapshot(undone)).toEqual(snapshot(start))
        expect(replayRecords(records(valid), base).skipped).toEqual([])
      }),
      { numRuns: 150 }
    )
  })
})

describe('a handed-out history is never changed afterwards', () => {
  it('a state from a draft keeps its steps while the draft goes on, and after undo and redo', () => {
    const rows = base.beads.slice(0, 4).map((b) => b.id)
    const status = (row: string): ReviewEvent => ({ type: 'status.set', row, status: 'reviewed' })
    const draft = new Draft(start)
    const sides = base
    for (const record of records([status(rows[0]!), status(rows[1]!)]))
      stepRecord(draft, record, sides)
    const first = draft.toState()
    const steps = [...first.history.done]
    for (const record of records(
      [status(rows[2]!), { type: 'history.undo' }, { type: 'history.redo' }, status(rows[3]!)],
      2
    ))
      stepRecord(draft, record, sides)
    const later = draft.toState()
    expect(first.history.done).toEqual(steps)
    expect(first.history.done).toHaveLength(2)
    expect(later.history.done).toHaveLength(4)
    // A state applied on again (the renderer's way) leaves the one it started from alone.
    const next = applyAll(base, [status(rows[0]!)], later)
    expect(later.history.done).toHaveLength(4)
    expect(next.history.done).toHaveLength(5)
  })
})
