/**
 * Row events as changes: a status, a post-edit, many post-edits at once (Replace All). A post-edit
 * equal to the MT is no post-edit: the row simply shows its MT again.
 */
import type { Draft } from '../change'
import type { ReviewEvent } from '../events'
import { rowText } from '../row-text'
import type { ReviewSides } from '../span-anchor'
import { tidyNotes, type RowNotes } from '../state'
import { refuse, type Planned } from './planned'

type RowEvent = Extract<ReviewEvent, { type: 'status.set' | 'edit.set' | 'edit.batch' }>

export function planRowEvent(draft: Draft, event: RowEvent, sides: ReviewSides): Planned {
  switch (event.type) {
    case 'status.set': {
      if (!hasRow(draft, event.row)) return refuse(`no row ${event.row}`)
      const notes = draft.get('notes', event.row) ?? {}
      return rows([[event.row, { ...notes, status: event.status }]], event.row)
    }
    case 'edit.set':
    case 'edit.batch': {
      const edits = event.type === 'edit.set' ? [event] : event.edits
      const changes: Array<[string, RowNotes]> = []
      for (const { row, text } of edits) {
        const bead = draft.bead(row)
        if (!bead) return refuse(`no row ${row}`)
        const { edit: _old, ...notes } = draft.get('notes', row) ?? {}
        const unchanged = text === null || text === rowText(sides.target, bead.target)
        changes.push([row, unchanged ? notes : { ...notes, edit: text }])
      }
      return rows(changes, edits[0]!.row)
    }
  }
}

function rows(changes: ReadonlyArray<[string, RowNotes]>, focus: string): Planned {
  return {
    ok: true,
    change: {
      sets: changes.map(([row, notes]) => ({ coll: 'notes', key: row, value: tidyNotes(notes) }))
    },
    count: changes.length,
    focus,
    undoFocus: focus
  }
}

function hasRow(draft: Draft, row: string): boolean {
  return draft.indexOf(row) !== -1
}
