/**
 * The weight of one error under a profile: the first rule whose pattern is found in
 * `severity:category` (both lower-cased), else the severity's own weight, else 0 (an unknown severity,
 * reported as such). A scored file holds thousands of errors but only a few dozen distinct
 * severity/category pairs, so each pair is matched once and remembered.
 */
import { RE2JS } from 're2js'
import type { ScoringProfile } from './profile'

export interface ErrorWeight {
  readonly weight: number
  /** The rule that gave it (its name, else its pattern); null when the severity's weight applied. */
  readonly rule: string | null
  /** False when neither a rule nor the profile's severities know this severity. */
  readonly known: boolean
}

export type Weigher = (severity: string, category: string) => ErrorWeight

export function createWeigher(profile: ScoringProfile): Weigher {
  const rules = profile.weights.map((rule) => ({
    matcher: RE2JS.compile(rule.pattern, RE2JS.CASE_INSENSITIVE),
    weight: rule.weight,
    name: rule.name ?? rule.pattern
  }))
  const severities = new Map(profile.severities.map((s) => [s.id, s.weight]))
  const cache = new Map<string, ErrorWeight>()
  return (severity, category) => {
    const key = `${severity.toLowerCase()}:${category.toLowerCase()}`
    let found = cache.get(key)
    if (!found) {
      found = weigh(key, severity.toLowerCase())
      cache.set(key, found)
    }
    return found
  }

  function weigh(key: string, severity: string): ErrorWeight {
    for (const rule of rules) {
      if (rule.matcher.matcher(key).find())
        return { weight: rule.weight, rule: rule.name, known: true }
    }
    const own = severities.get(severity)
    return own === undefined
      ? { weight: 0, rule: null, known: false }
      : { weight: own, rule: null, known: true }
  }
}
