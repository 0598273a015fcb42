/**
 * What the tracker does to the review: status changes (one `flag.status` per article, through the
 * same `submit` the workspace uses, so both views see it at once and undo knows it), comments, and
 * the jump to a flag's row in the workspace.
 */
import { useMemo } from 'react'
import type { FlagStatus } from '@shared/domain/review'
import { statusEvents } from '@shared/report/status-events'
import type { TrackerItem } from '@shared/report/tracker-items'
import { useActions } from '../../../store/use-store'
import { dashboardUi } from '../dashboard-ui'

export interface TrackerActions {
  /** Changes the status of the items that can change; returns how many flags were refused. */
  setStatus(items: readonly TrackerItem[], status: FlagStatus, note: string): number
  comment(item: TrackerItem, text: string): boolean
  /** Shows the flag's row in the workspace (the way back is the view switch). */
  jump(item: TrackerItem): void
}

export function useTrackerActions(): TrackerActions {
  const actions = useActions()
  return useMemo<TrackerActions>(
    () => ({
      setStatus(items, status, note) {
        let refused = 0
        for (const { articleId, event } of statusEvents(items, status, note)) {
          if (!actions.submit(articleId, event)) refused += event.ids.length
        }
        return refused
      },
      comment(item, text) {
        if (!item.articleId || !item.flagId || text.trim() === '') return false
        return actions.submit(item.articleId, {
          type: 'flag.comment',
          id: item.flagId,
          comment: { id: crypto.randomUUID(), text: text.trim() }
        })
      },
      jump(item) {
        const { articleId, row } = item
        if (!articleId || !row) return
        dashboardUi.refocusTracker = true
        actions.showArticle(articleId)
        actions.setCursor(articleId, (c) => ({
          ...c,
          row,
          side: item.side ?? c.side,
          caret: 0,
          anchor: null
        }))
        actions.setView('workspace')
      }
    }),
    [actions]
  )
}
