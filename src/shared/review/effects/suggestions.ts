/** Dismissing an automatic suggestion (one occurrence, or a whole check) and taking that back. */
import type { Draft } from '../change'
import type { ReviewEvent } from '../events'
import { refuse, type Planned, type Stamp } from './planned'

type SuggestionEvent = Extract<ReviewEvent, { type: 'suggestion.dismiss' | 'suggestion.restore' }>

export function planSuggestionEvent(draft: Draft, event: SuggestionEvent, stamp: Stamp): Planned {
  if (event.type === 'suggestion.restore') {
    if (!draft.get('dismissals', event.key)) return refuse(`no dismissed suggestion ${event.key}`)
    return {
      ok: true,
      change: { sets: [{ coll: 'dismissals', key: event.key, value: undefined }] },
      count: 1
    }
  }
  const dismissal = {
    key: event.key,
    scope: event.scope,
    check: event.check,
    by: stamp.author,
    at: stamp.at
  }
  return {
    ok: true,
    change: { sets: [{ coll: 'dismissals', key: event.key, value: dismissal }] },
    count: 1
  }
}
