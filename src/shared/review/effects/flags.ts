/**
 * Flag events as changes: add, update (what it says, where it sits), resolve/reject/reopen (one or
 * many at once), comment, remove. Who and when come from the record (`Stamp`), so a flag's history is
 * the log's, and nothing the renderer claims about authorship is trusted.
 */
import type { Flag } from '../../domain/review'
import type { Draft } from '../change'
import type { ReviewEvent } from '../events'
import { refuse, type Planned, type Stamp } from './planned'

type FlagEvent = Extract<
  ReviewEvent,
  { type: 'flag.add' | 'flag.update' | 'flag.status' | 'flag.comment' | 'flag.remove' }
>

export function planFlagEvent(draft: Draft, event: FlagEvent, stamp: Stamp): Planned {
  switch (event.type) {
    case 'flag.add':
      // Replacing an existing id is how logs before flag.update changed a flag: replay keeps that.
      return one(event.flag.id, event.flag, event.flag.row)
    case 'flag.update': {
      const flag = draft.get('flags', event.id)
      if (!flag) return refuse(`no flag ${event.id}`)
      const { changes } = event
      const next: Flag = {
        ...flag,
        ...(changes.category !== undefined ? { category: changes.category } : {}),
        ...(changes.severity !== undefined ? { severity: changes.severity } : {}),
        ...(changes.comment !== undefined ? { comment: changes.comment } : {}),
        ...(changes.side !== undefined ? { side: changes.side } : {}),
        ...(changes.span !== undefined ? { span: changes.span } : {}),
        updatedAt: stamp.at
      }
      return one(flag.id, next, flag.row)
    }
    case 'flag.status': {
      const sets = []
      for (const id of new Set(event.ids)) {
        const flag = draft.get('flags', id)
        if (!flag) return refuse(`no flag ${id}`)
        const { resolution: _old, ...rest } = flag
        const next: Flag =
          event.status === 'open'
            ? { ...rest, status: 'open', updatedAt: stamp.at }
            : {
                ...rest,
                status: event.status,
                updatedAt: stamp.at,
                resolution: { note: event.note, by: stamp.author, at: stamp.at }
              }
        sets.push({ coll: 'flags' as const, key: id, value: next })
      }
      const first = draft.get('flags', event.ids[0]!)
      return {
        ok: true,
        change: { sets },
        count: sets.length,
        ...(first ? { focus: first.row, undoFocus: first.row } : {})
      }
    }
    case 'flag.comment': {
      const flag = draft.get('flags', event.id)
      if (!flag) return refuse(`no flag ${event.id}`)
      const comment = { ...event.comment, author: stamp.author, at: stamp.at }
      return one(flag.id, { ...flag, thread: [...(flag.thread ?? []), comment] }, flag.row)
    }
    case 'flag.remove': {
      const flag = draft.get('flags', event.id)
      if (!flag) return refuse(`no flag ${event.id}`)
      return one(flag.id, undefined, flag.row)
    }
  }
}

function one(id: string, value: Flag | undefined, row: string): Planned {
  return {
    ok: true,
    change: { sets: [{ coll: 'flags', key: id, value }] },
    count: 1,
    focus: row,
    undoFocus: row
  }
}
