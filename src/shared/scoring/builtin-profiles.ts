/** The built-in scoring profiles (resources/scoring/*.json) and lookup by id or a short name. */
import googleWmtMqm from '../../../resources/scoring/google-wmt-mqm.json'
import mqmCore from '../../../resources/scoring/mqm-core.json'
import unbabelWmt21Mqm from '../../../resources/scoring/unbabel-wmt21-mqm.json'
import { scoringProfileSchema, type ScoringProfile } from './profile'

export const MQM_CORE_PROFILE: ScoringProfile = scoringProfileSchema.parse(mqmCore)
export const GOOGLE_WMT_MQM_PROFILE: ScoringProfile = scoringProfileSchema.parse(googleWmtMqm)
export const UNBABEL_WMT21_MQM_PROFILE: ScoringProfile = scoringProfileSchema.parse(unbabelWmt21Mqm)

/** In the order a profile picker lists them; the first is the default for Calque projects. */
export const BUILTIN_SCORING_PROFILES: readonly ScoringProfile[] = [
  MQM_CORE_PROFILE,
  GOOGLE_WMT_MQM_PROFILE,
  UNBABEL_WMT21_MQM_PROFILE
]

/** Short names for the command line (`--profile google`). */
const ALIASES: Readonly<Record<string, string>> = {
  mqm: 'mqm-core',
  core: 'mqm-core',
  google: 'google-wmt-mqm',
  wmt: 'google-wmt-mqm',
  unbabel: 'unbabel-wmt21-mqm'
}

export function findBuiltinProfile(name: string): ScoringProfile | undefined {
  const key = name.trim().toLowerCase()
  const id = ALIASES[key] ?? key
  return BUILTIN_SCORING_PROFILES.find((p) => p.id === id)
}
