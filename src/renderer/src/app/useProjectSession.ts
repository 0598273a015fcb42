/**
 * Which project the window shows, and the last thing that went wrong. Opening can start here (start
 * screen buttons) or in main (File menu, pushed as `projectOpened` / `openFailed`); both end the same
 * way. A failure never closes the project that is already open.
 */
import { useCallback, useEffect, useState } from 'react'
import type { ProjectView, RequestOf } from '@shared/ipc/contract'
import type { CalqueError, Result } from '@shared/domain/errors'
import { toCalqueError } from '../components/useDescribeError'
import { useApi } from './api-context'

export interface ProjectSession {
  /** `true` until main has said whether a project is already open (e.g. after a window reload). */
  readonly loading: boolean
  readonly project: ProjectView | null
  readonly error: CalqueError | null
  /** An open request is in flight: buttons that start another one are disabled. */
  readonly busy: boolean
  readonly dismissError: () => void
  readonly openPair: () => void
  /** One bilingual file (XLIFF, TMX, CSV/TSV), already paired. */
  readonly openBilingual: () => void
  readonly openSample: () => void
  readonly openRecent: (projectId: string) => void
  /** Reads one side of the open project again in another encoding, and shows the result. */
  readonly reopenWithEncoding: (request: RequestOf<'reopenWithEncoding'>) => void
}

export function useProjectSession(): ProjectSession {
  const api = useApi()
  const [loading, setLoading] = useState(true)
  const [project, setProject] = useState<ProjectView | null>(null)
  const [error, setError] = useState<CalqueError | null>(null)
  const [busy, setBusy] = useState(false)

  const show = useCallback((opened: ProjectView) => {
    setProject(opened)
    setError(null)
    setLoading(false)
  }, [])

  useEffect(() => {
    let live = true
    api.currentProject({}).then(
      (current) => {
        if (!live) return
        // A `projectOpened` that arrived first is newer than this answer: keep it.
        if (current) setProject((shown) => shown ?? current)
        setLoading(false)
      },
      (thrown: unknown) => {
        if (!live) return
        setError(toCalqueError(thrown))
        setLoading(false)
      }
    )
    const offOpened = api.on('projectOpened', show)
    const offFailed = api.on('openFailed', setError)
    return () => {
      live = false
      offOpened()
      offFailed()
    }
  }, [api, show])

  const run = useCallback(
    async (open: () => Promise<Result<ProjectView | null>>) => {
      setBusy(true)
      try {
        const result = await open()
        if (!result.ok) setError(result.error)
        else if (result.value) show(result.value) // null: the user cancelled the dialog
      } catch (thrown) {
        setError(toCalqueError(thrown))
      } finally {
        setBusy(false)
      }
    },
    [show]
  )

  return {
    loading,
    project,
    error,
    busy,
    dismissError: useCallback(() => setError(null), []),
    openPair: useCallback(() => void run(() => api.openPair({})), [api, run]),
    openBilingual: useCallback(() => void run(() => api.openBilingual({})), [api, run]),
    openSample: useCallback(() => void run(() => api.openSample({})), [api, run]),
    openRecent: useCallback(
      (projectId: string) => void run(() => api.openRecent({ projectId })),
      [api, run]
    ),
    reopenWithEncoding: useCallback(
      (request: RequestOf<'reopenWithEncoding'>) => void run(() => api.reopenWithEncoding(request)),
      [api, run]
    )
  }
}
