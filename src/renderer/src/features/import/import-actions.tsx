/**
 * What the workspace header may ask of the app shell about the open project's files. The shell owns
 * opening projects (busy state, errors, showing the result), so the header reaches it through this
 * context instead of talking to main itself: a reopened project then takes exactly the path of any
 * other opened project.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { RequestOf } from '@shared/ipc/contract'

export interface ImportActions {
  /** Reads one side of the open project again in another encoding; the shell shows the result. */
  readonly reopenWithEncoding: (request: RequestOf<'reopenWithEncoding'>) => void
  /** A request to main is in flight: choices that would start another one wait. */
  readonly busy: boolean
}

const ImportActionsContext = createContext<ImportActions | null>(null)

interface ImportActionsProviderProps {
  readonly actions: ImportActions
  readonly children: ReactNode
}

export function ImportActionsProvider({
  actions,
  children
}: ImportActionsProviderProps): React.JSX.Element {
  return <ImportActionsContext.Provider value={actions}>{children}</ImportActionsContext.Provider>
}

/** `null` outside the app shell (a preview, a story): the header then shows encodings read-only. */
export function useImportActions(): ImportActions | null {
  return useContext(ImportActionsContext)
}
