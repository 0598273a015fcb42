/**
 * The automatic checks of the open article, asked of main when the article opens and again after its
 * rows changed (an alignment fix main has acknowledged: main checks the rows it holds) or the
 * project's check settings changed. A burst of changes asks once, after a short pause; an answer to an
 * older question is dropped. Dismissals, flags and post-edits need no new run: the window applies
 * them to the findings itself (suggestion-index.ts).
 */
import { useEffect, useRef, useState } from 'react'
import type { Bead } from '@shared/domain/alignment'
import type { CalqueError } from '@shared/domain/errors'
import type { ArticleChecks } from '@shared/ipc/contract'
import { useApi } from '../../app/api-context'
import { toCalqueError } from '../../components/useDescribeError'

/** Pause after a change before asking (fixes often come in a row: merge, merge, split). */
export const RECHECK_DELAY_MS = 400

export type ChecksState =
  | { readonly status: 'loading'; readonly last: ArticleChecks | null }
  | { readonly status: 'ready'; readonly checks: ArticleChecks }
  | { readonly status: 'failed'; readonly error: CalqueError; readonly last: ArticleChecks | null }

export interface ChecksRequest {
  readonly projectId: string
  readonly articleId: string
  /** The rows main has acknowledged (identity changes with every alignment fix, undo and redo). */
  readonly savedBeads: readonly Bead[]
  /** What of the project's settings the checks read: which are off, which glossary. */
  readonly settingsKey: string
}

export function useArticleChecks(request: ChecksRequest): ChecksState {
  const api = useApi()
  const [state, setState] = useState<ChecksState>({ status: 'loading', last: null })
  const asked = useRef(0)
  const first = useRef(true)
  const { projectId, articleId, savedBeads, settingsKey } = request

  useEffect(() => {
    const ticket = ++asked.current
    const run = (): void => {
      setState((s) => ({ status: 'loading', last: lastOf(s) }))
      api
        .checkArticle({ projectId, articleId })
        .then((result) => {
          if (ticket !== asked.current) return
          if (result.ok) setState({ status: 'ready', checks: result.value })
          else setState((s) => ({ status: 'failed', error: result.error, last: lastOf(s) }))
        })
        .catch((thrown: unknown) => {
          if (ticket !== asked.current) return
          setState((s) => ({ status: 'failed', error: toCalqueError(thrown), last: lastOf(s) }))
        })
    }
    // The first question is asked at once; later ones wait for the changes to settle.
    if (first.current) {
      first.current = false
      run()
      return
    }
    const timer = setTimeout(run, RECHECK_DELAY_MS)
    return () => clearTimeout(timer)
  }, [api, projectId, articleId, savedBeads, settingsKey])

  return state
}

/** The findings to show while a new answer is on its way (or after a failed one): the last ones. */
export function currentChecks(state: ChecksState): ArticleChecks | null {
  return lastOf(state)
}

function lastOf(state: ChecksState): ArticleChecks | null {
  return state.status === 'ready' ? state.checks : state.last
}
