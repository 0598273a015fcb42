/**
 * The bridge to main, handed down through context: the real one comes from lib/api.ts, tests and
 * previews hand in a fake that implements the same `CalqueApi`.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { CalqueApi } from '@shared/ipc/contract'

const ApiContext = createContext<CalqueApi | null>(null)

interface ApiProviderProps {
  /** The API every component below talks to main through. */
  readonly api: CalqueApi
  readonly children: ReactNode
}

export function ApiProvider({ api, children }: ApiProviderProps): React.JSX.Element {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): CalqueApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it')
  return api
}
