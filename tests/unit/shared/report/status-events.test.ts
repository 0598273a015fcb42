import { describe, expect, it } from 'vitest'
import { reviewEventSchema } from '@shared/review/events'
import { changeableItems, reasonRequired, statusEvents } from '@shared/report/status-events'
import { sampleItems } from './tracker-fixtures'

const items = sampleItems()

describe('status changes from the tracker', () => {
  it('makes one flag.status event per article, naming only flags whose status changes', () => {
    const events = statusEvents(items, 'rejected', '  not an error in this register  ')
    expect(events.map((e) => e.articleId)).toEqual([
      'belarus-usa-ambassadors-1a2b3c4d',
      'second-article'
    ])
    // The already rejected flag of the second article is left out.
    expect(events.map((e) => e.event.ids.length)).toEqual([3, 1])
    for (const { event } of events) {
      expect(event).toMatchObject({
        type: 'flag.status',
        status: 'rejected',
        note: 'not an error in this register'
      })
      // Each is a valid log event.
      expect(reviewEventSchema.safeParse(event).success).toBe(true)
    }
  })

  it('reopens without a note, and makes nothing when nothing changes', () => {
    const reopen = statusEvents(items, 'open', 'ignored')
    expect(reopen).toHaveLength(2)
    expect(reopen.every((e) => e.event.note === '')).toBe(true)
    expect(reopen.flatMap((e) => e.event.ids)).toHaveLength(2)
    const open = items.filter((i) => i.status === 'open')
    expect(statusEvents(open, 'open', '')).toEqual([])
    expect(changeableItems(open, 'resolved')).toHaveLength(3)
  })

  it('leaves out imported annotations, which have no lifecycle', () => {
    const imported = items.map((i) => ({ ...i, flagId: null, articleId: null }))
    expect(statusEvents(imported, 'resolved', '')).toEqual([])
  })

  it('asks a reason for a rejection only', () => {
    expect([
      reasonRequired('rejected'),
      reasonRequired('resolved'),
      reasonRequired('open')
    ]).toEqual([true, false, false])
  })
})
