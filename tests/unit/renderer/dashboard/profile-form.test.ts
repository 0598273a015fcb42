import { describe, expect, it } from 'vitest'
import {
  GOOGLE_WMT_MQM_PROFILE,
  MQM_CORE_PROFILE,
  UNBABEL_WMT21_MQM_PROFILE
} from '@shared/scoring'
import {
  copyId,
  formFromProfile,
  profileFromForm
} from '../../../../src/renderer/src/features/dashboard/profiles/profile-form'

describe('scoring profile form', () => {
  it.each([MQM_CORE_PROFILE, GOOGLE_WMT_MQM_PROFILE, UNBABEL_WMT21_MQM_PROFILE])(
    'gives back $id unchanged when nothing is edited',
    (profile) => {
      const parsed = profileFromForm(formFromProfile(profile))
      expect(parsed).toEqual({ ok: true, profile })
    }
  )

  it('reads numbers as typed, a comma as a decimal point, an empty threshold as none', () => {
    const form = formFromProfile(MQM_CORE_PROFILE)
    const parsed = profileFromForm({
      ...form,
      id: 'house-mqm',
      passThreshold: '',
      minimumWords: '',
      severities: form.severities.map((s) => (s.id === 'minor' ? { ...s, weight: '0,5' } : s)),
      weights: [
        { name: 'punctuation', pattern: '^minor:linguistic-conventions/punctuation', weight: '0.1' }
      ]
    })
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.profile.passThreshold).toBeNull()
    expect(parsed.profile.minimumWords).toBeUndefined()
    expect(parsed.profile.severities.find((s) => s.id === 'minor')!.weight).toBe(0.5)
    expect(parsed.profile.weights).toEqual([
      { name: 'punctuation', pattern: '^minor:linguistic-conventions/punctuation', weight: 0.1 }
    ])
  })

  it('says what is wrong and where, with the schema main checks', () => {
    const form = formFromProfile(GOOGLE_WMT_MQM_PROFILE)
    const badWeight = profileFromForm({
      ...form,
      severities: form.severities.map((s, i) => (i === 0 ? { ...s, weight: 'heavy' } : s))
    })
    expect(badWeight.ok).toBe(false)
    expect(!badWeight.ok && badWeight.message).toMatch(/^severities\.0\.weight: /)
    const badPattern = profileFromForm({
      ...form,
      weights: [{ name: '', pattern: '(unclosed', weight: '1' }]
    })
    expect(!badPattern.ok && badPattern.message).toMatch(
      /^weights\.0\.pattern: not a valid pattern/
    )
    expect(profileFromForm({ ...form, id: 'Has Spaces' }).ok).toBe(false)
    expect(profileFromForm({ ...form, normalisation: 'per-words', unit: '0' }).ok).toBe(false)
  })

  it('makes a fresh id for a copy', () => {
    expect(copyId('mqm-core', new Set(['mqm-core']))).toBe('mqm-core-copy')
    expect(copyId('mqm-core', new Set(['mqm-core', 'mqm-core-copy', 'mqm-core-copy-2']))).toBe(
      'mqm-core-copy-3'
    )
    expect(copyId('mqm-core-copy', new Set(['mqm-core-copy']))).toBe('mqm-core-copy-2')
  })
})
