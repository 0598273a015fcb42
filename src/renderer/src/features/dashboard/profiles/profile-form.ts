/**
 * A scoring profile as an editable form (numbers as the text the user types) and back. The form
 * never decides what is valid: `profileFromForm` builds the JSON and `parseScoringProfile` — the same
 * check main runs before saving — says what is wrong and where.
 */
import {
  parseScoringProfile,
  SCORING_PROFILE_FORMAT_VERSION,
  type ProfileParse,
  type ScoringProfile
} from '@shared/scoring/profile'

export interface ProfileForm {
  readonly id: string
  readonly labelEn: string
  readonly labelRu: string
  readonly description: string
  /** Kept as it is (the typology the flag picker offers with the profile). */
  readonly typology: string | undefined
  readonly severities: readonly { readonly id: string; readonly weight: string }[]
  readonly weights: readonly {
    readonly name: string
    readonly pattern: string
    readonly weight: string
  }[]
  readonly formula: ScoringProfile['formula']
  readonly normalisation: ScoringProfile['normalisation']['kind']
  readonly basis: ScoringProfile['normalisation']['basis']
  /** Words per unit for `per-words` (1,000 in MQM Core). */
  readonly unit: string
  readonly direction: ScoringProfile['direction']
  /** Empty: no pass/fail. */
  readonly passThreshold: string
  readonly criticalFails: boolean
  /** Empty: no small-sample warning. */
  readonly minimumWords: string
}

export function formFromProfile(profile: ScoringProfile): ProfileForm {
  return {
    id: profile.id,
    labelEn: profile.label.en,
    labelRu: profile.label.ru,
    description: profile.description ?? '',
    typology: profile.typology,
    severities: profile.severities.map((s) => ({ id: s.id, weight: String(s.weight) })),
    weights: profile.weights.map((w) => ({
      name: w.name ?? '',
      pattern: w.pattern,
      weight: String(w.weight)
    })),
    formula: profile.formula,
    normalisation: profile.normalisation.kind,
    basis: profile.normalisation.basis,
    unit: profile.normalisation.kind === 'per-words' ? String(profile.normalisation.unit) : '1000',
    direction: profile.direction,
    passThreshold: profile.passThreshold === null ? '' : String(profile.passThreshold),
    criticalFails: profile.criticalFails,
    minimumWords: profile.minimumWords === undefined ? '' : String(profile.minimumWords)
  }
}

/** A number as typed (`0,1` too); anything else stays text, so the schema names the field. */
function numberOf(text: string): number | string {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return text
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : text
}

export function profileFromForm(form: ProfileForm): ProfileParse {
  const json = {
    formatVersion: SCORING_PROFILE_FORMAT_VERSION,
    id: form.id.trim(),
    label: { en: form.labelEn.trim(), ru: form.labelRu.trim() },
    ...(form.description.trim() ? { description: form.description.trim() } : {}),
    ...(form.typology ? { typology: form.typology } : {}),
    severities: form.severities.map((s) => ({
      id: s.id.trim().toLowerCase(),
      weight: numberOf(s.weight)
    })),
    weights: form.weights.map((w) => ({
      ...(w.name.trim() ? { name: w.name.trim() } : {}),
      pattern: w.pattern,
      weight: numberOf(w.weight)
    })),
    formula: form.formula,
    normalisation:
      form.normalisation === 'per-words'
        ? { kind: 'per-words', basis: form.basis, unit: numberOf(form.unit) }
        : { kind: 'per-segment-mean', basis: form.basis },
    direction: form.direction,
    passThreshold: form.passThreshold.trim() === '' ? null : numberOf(form.passThreshold),
    criticalFails: form.criticalFails,
    ...(form.minimumWords.trim() === '' ? {} : { minimumWords: numberOf(form.minimumWords) })
  }
  return parseScoringProfile(json)
}

/** A fresh id for a copy: `<id>-copy`, `<id>-copy-2`, … never one already taken. */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  const stem = `${id.replace(/-copy(-\d+)?$/, '')}-copy`.slice(0, 55)
  if (!taken.has(stem)) return stem
  let n = 2
  while (taken.has(`${stem}-${n}`)) n++
  return `${stem}-${n}`
}
