/**
 * The store and its actions, handed down through context (tests hand in their own), and a selector
 * hook: a component re-renders only when what its selector returns changes.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { AppActions } from './actions'
import type { AppState, AppStore } from './app-store'

const StoreContext = createContext<{ store: AppStore; actions: AppActions } | null>(null)

interface StoreProviderProps {
  readonly store: AppStore
  readonly actions: AppActions
  readonly children: ReactNode
}

export function StoreProvider({ store, actions, children }: StoreProviderProps): React.JSX.Element {
  return <StoreContext.Provider value={{ store, actions }}>{children}</StoreContext.Provider>
}

function useStoreContext(): { store: AppStore; actions: AppActions } {
  const value = useContext(StoreContext)
  if (!value) throw new Error('the app store needs a <StoreProvider> above it')
  return value
}

export function useStore(): AppStore {
  return useStoreContext().store
}

export function useActions(): AppActions {
  return useStoreContext().actions
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const { store } = useStoreContext()
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()))
}
