/**
 * The workspace's review state plus the one way to change it: `submit` shows the change at once,
 * sends it to main, and keeps it only if main acknowledges it (rolled back, with the error, if not).
 */
import { useCallback, useReducer, useRef } from 'react'
import type { ReviewEvent } from '@shared/review/events'
import type { ReviewState } from '@shared/review/replay'
import type { ReviewSides } from '@shared/review/span-anchor'
import { useApi } from '../../app/api-context'
import { toCalqueError } from '../../components/useDescribeError'
import { initReviewStore, reviewReducer, type ReviewStoreState } from './review-store'

export interface ReviewStore {
  readonly state: ReviewStoreState
  readonly submit: (event: ReviewEvent) => void
}

export function useReviewStore(
  projectId: string,
  review: ReviewState,
  sides: ReviewSides
): ReviewStore {
  const api = useApi()
  // The project's own state and texts seed the store once; the workspace remounts for another project.
  const [state, dispatch] = useReducer(reviewReducer, { review, sides }, initReviewStore)
  const nextTicket = useRef(0)

  const submit = useCallback(
    (event: ReviewEvent) => {
      const ticket = ++nextTicket.current
      dispatch({ type: 'sent', change: { ticket, event } })
      api.appendReview({ projectId, event }).then(
        (result) =>
          dispatch(
            result.ok
              ? { type: 'saved', ticket, saved: result.value }
              : { type: 'failed', ticket, error: result.error }
          ),
        (thrown: unknown) => dispatch({ type: 'failed', ticket, error: toCalqueError(thrown) })
      )
    },
    [api, projectId]
  )

  return { state, submit }
}
