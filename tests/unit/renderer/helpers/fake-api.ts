/**
 * A fake `CalqueApi`: every method is a `vi.fn` with a sensible default (nothing open, saves succeed),
 * overridable per test, plus `emit` to play main pushing an event.
 */
import { vi, type Mock } from 'vitest'
import type { CalqueApi, EventName, EventPayloads, InvokeMethod } from '@shared/ipc/contract'
import { ok } from '@shared/ipc/errors'

type Methods = { [M in InvokeMethod]: Mock<CalqueApi[M]> }

export type FakeApi = CalqueApi &
  Methods & {
    emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
  }

export function fakeApi(overrides: Partial<{ [M in InvokeMethod]: CalqueApi[M] }> = {}): FakeApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  let seq = 0
  const settings = { language: 'en' as const, projectsRoot: '/home/reviewer/Calque' }
  const defaults: { [M in InvokeMethod]: CalqueApi[M] } = {
    openSample: async () => ok(null as never),
    openPair: async () => ok(null),
    openBilingual: async () => ok(null),
    reopenWithEncoding: async () => ok(null as never),
    openRecent: async () => ok(null as never),
    listRecent: async () => [],
    currentProject: async () => null,
    appendReview: async () => ok({ seq: seq++, savedAt: new Date().toISOString() }),
    getSettings: async () => settings,
    setLanguage: async ({ language }) => ({ ...settings, language }),
    chooseProjectsRoot: async () => ok(null)
  }
  const methods = Object.fromEntries(
    (Object.keys(defaults) as InvokeMethod[]).map((m) => [m, vi.fn(overrides[m] ?? defaults[m])])
  ) as unknown as Methods
  return {
    ...methods,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: never) => void)
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? [])
        (listener as (p: typeof payload) => void)(payload)
    }
  }
}
