import { describe, expect, it } from 'vitest'
import {
  BUILTIN_SCORING_PROFILES,
  GOOGLE_WMT_MQM_PROFILE,
  MQM_CORE_PROFILE,
  UNBABEL_WMT21_MQM_PROFILE,
  copyScoringProfile,
  createWeigher,
  findBuiltinProfile,
  parseScoringProfile
} from '@shared/scoring'

describe('built-in scoring profiles', () => {
  it('ship MQM Core, Google WMT MQM and Unbabel MQM (WMT21) with the published weights', () => {
    expect(BUILTIN_SCORING_PROFILES.map((p) => p.id)).toEqual([
      'mqm-core',
      'google-wmt-mqm',
      'unbabel-wmt21-mqm'
    ])
    const weights = (p: typeof MQM_CORE_PROFILE) =>
      Object.fromEntries(p.severities.map((s) => [s.id, s.weight]))
    expect(weights(MQM_CORE_PROFILE)).toEqual({ neutral: 0, minor: 1, major: 5, critical: 25 })
    expect(weights(UNBABEL_WMT21_MQM_PROFILE)).toEqual({
      neutral: 0,
      minor: 1,
      major: 5,
      critical: 10
    })
    expect(MQM_CORE_PROFILE.normalisation).toEqual({
      kind: 'per-words',
      basis: 'source',
      unit: 1000
    })
    expect(MQM_CORE_PROFILE.criticalFails).toBe(true)
    expect(GOOGLE_WMT_MQM_PROFILE.direction).toBe('lower-better')
    expect(UNBABEL_WMT21_MQM_PROFILE.normalisation).toEqual({
      kind: 'per-segment-mean',
      basis: 'target'
    })
  })

  it('are found by id or short name, case-insensitively', () => {
    expect(findBuiltinProfile('Google')?.id).toBe('google-wmt-mqm')
    expect(findBuiltinProfile('unbabel')?.id).toBe('unbabel-wmt21-mqm')
    expect(findBuiltinProfile(' MQM-Core ')?.id).toBe('mqm-core')
    expect(findBuiltinProfile('trados')).toBeUndefined()
  })
})

describe('a QA lead’s own profile', () => {
  it('starts as a copy of a built-in one and survives a JSON round trip', () => {
    const mine = copyScoringProfile(MQM_CORE_PROFILE, 'newsroom-strict', {
      en: 'Newsroom (strict)',
      ru: 'Редакция (строго)'
    })
    const edited = {
      ...mine,
      passThreshold: 99.5,
      weights: [{ pattern: 'major:accuracy', weight: 10 }]
    }
    const parsed = parseScoringProfile(JSON.parse(JSON.stringify(edited)))
    expect(parsed.ok && parsed.profile).toEqual(edited)
    expect(MQM_CORE_PROFILE.id).toBe('mqm-core')
    expect(MQM_CORE_PROFILE.passThreshold).toBe(99)
  })

  it('is refused with the place of the first problem', () => {
    const bad = (change: Record<string, unknown>) =>
      parseScoringProfile({ ...JSON.parse(JSON.stringify(MQM_CORE_PROFILE)), ...change })
    expect(bad({ weights: [{ pattern: '(minor', weight: 1 }] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^weights\.0\.pattern: not a valid pattern/)
    })
    // RE2 syntax only: no lookarounds or backreferences that could hang on a crafted category.
    expect(bad({ weights: [{ pattern: '(?<=minor):', weight: 1 }] }).ok).toBe(false)
    expect(
      bad({
        severities: [
          { id: 'minor', weight: 1 },
          { id: 'minor', weight: 2 }
        ]
      })
    ).toMatchObject({
      ok: false,
      message: 'severities.1.id: severity "minor" twice'
    })
    expect(bad({ normalisation: { kind: 'per-words', basis: 'source' } }).ok).toBe(false)
    expect(bad({ id: 'Has Spaces' }).ok).toBe(false)
    expect(bad({ extra: true }).ok).toBe(false)
  })
})

describe('weights: first matching rule on severity:category, else the severity', () => {
  const google = createWeigher(GOOGLE_WMT_MQM_PROFILE)

  it('gives Google’s WMT weights to Google’s categories', () => {
    expect(google('Minor', 'Fluency/Punctuation').weight).toBe(0.1)
    expect(google('Major', 'Fluency/Punctuation').weight).toBe(5)
    expect(google('Minor', 'Accuracy/Mistranslation').weight).toBe(1)
    expect(google('Major', 'Non-translation!').weight).toBe(25)
    expect(google('Minor', 'Source issue').weight).toBe(0)
    expect(google('Major', 'Accuracy/Creative Reinterpretation').weight).toBe(0)
    expect(google('no-error', 'No-error').weight).toBe(0)
  })

  it('matches MQM Core paths too (punctuation under linguistic conventions)', () => {
    expect(google('minor', 'linguistic-conventions/punctuation')).toEqual({
      weight: 0.1,
      rule: 'Trivial',
      known: true
    })
  })

  it('falls back to the severity’s weight and flags severities nobody knows', () => {
    const core = createWeigher(MQM_CORE_PROFILE)
    expect(core('critical', 'accuracy/omission')).toEqual({ weight: 25, rule: null, known: true })
    expect(core('blocker', 'accuracy/omission')).toEqual({ weight: 0, rule: null, known: false })
  })
})
