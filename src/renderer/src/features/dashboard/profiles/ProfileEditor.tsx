import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScoringProfile } from '@shared/scoring/profile'
import { BUILTIN_SCORING_PROFILES } from '@shared/scoring/builtin-profiles'
import { useApi } from '../../../app/api-context'
import { Dialog } from '../../../components/Dialog'
import { useDescribeError } from '../../../components/useDescribeError'
import { formFromProfile, profileFromForm, type ProfileForm } from './profile-form'
import { ProfileRules } from './ProfileRules'

interface ProfileEditorProps {
  /** The profile the form starts from (a copy of a built-in one, or a user profile to change). */
  readonly start: ScoringProfile
  /** Ids other profiles use (a save must not overwrite one of them). */
  readonly takenIds: ReadonlySet<string>
  readonly onSaved: (profile: ScoringProfile) => void
  readonly onClose: () => void
}

/**
 * The QA lead's own scoring profile: names, severities and their weights, category rules, the
 * formula, normalisation, direction and pass threshold. Checked as it is typed with the schema main
 * uses, and saved by main into the user's profiles folder.
 */
export function ProfileEditor({
  start,
  takenIds,
  onSaved,
  onClose
}: ProfileEditorProps): React.JSX.Element {
  const { t } = useTranslation(['dashboard', 'scoring', 'common'])
  const api = useApi()
  const describe = useDescribeError()
  const [form, setForm] = useState<ProfileForm>(() => formFromProfile(start))
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const parsed = profileFromForm(form)
  const idTaken = takenIds.has(form.id.trim())
  const builtin = BUILTIN_SCORING_PROFILES.some((p) => p.id === form.id.trim())
  const problem = !parsed.ok
    ? t('dashboard:profiles.invalid', { detail: parsed.message })
    : builtin
      ? t('dashboard:profiles.builtinId')
      : idTaken
        ? t('dashboard:profiles.takenId')
        : null
  const set = (change: Partial<ProfileForm>): void => setForm((f) => ({ ...f, ...change }))

  const save = async (): Promise<void> => {
    if (!parsed.ok || problem) return
    setSaving(true)
    setFailure(null)
    try {
      const result = await api.saveScoringProfile({ profile: parsed.profile })
      if (result.ok) onSaved(result.value)
      else setFailure(describe(result.error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Dialog
      title={t('dashboard:profiles.editorTitle')}
      onClose={onClose}
      className="profile-editor"
    >
      <h2>{t('dashboard:profiles.editorTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <div className="profile-editor__names">
          <label className="field">
            <span>{t('dashboard:profiles.nameEn')}</span>
            <input value={form.labelEn} onChange={(e) => set({ labelEn: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('dashboard:profiles.nameRu')}</span>
            <input
              value={form.labelRu}
              onChange={(e) => set({ labelRu: e.target.value })}
              lang="ru"
            />
          </label>
          <label className="field">
            <span>{t('dashboard:profiles.id')}</span>
            <input
              value={form.id}
              onChange={(e) => set({ id: e.target.value })}
              spellCheck={false}
            />
          </label>
        </div>
        <ProfileRules form={form} onChange={set} />
        <fieldset className="profile-editor__formula">
          <legend>{t('dashboard:profiles.formulaLegend')}</legend>
          <label className="field">
            <span>{t('dashboard:profiles.formula')}</span>
            <select
              value={form.formula}
              onChange={(e) => set({ formula: e.target.value as ProfileForm['formula'] })}
            >
              <option value="quality-score">{t('scoring:formula.quality-score')}</option>
              <option value="penalty-points">{t('scoring:formula.penalty-points')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('dashboard:profiles.normalisation')}</span>
            <select
              value={form.normalisation}
              onChange={(e) =>
                set({ normalisation: e.target.value as ProfileForm['normalisation'] })
              }
            >
              <option value="per-words">{t('dashboard:profiles.perWords')}</option>
              <option value="per-segment-mean">{t('dashboard:profiles.perSegmentMean')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('dashboard:profiles.basis')}</span>
            <select
              value={form.basis}
              onChange={(e) => set({ basis: e.target.value as ProfileForm['basis'] })}
            >
              <option value="source">{t('dashboard:profiles.basisSource')}</option>
              <option value="target">{t('dashboard:profiles.basisTarget')}</option>
            </select>
          </label>
          {form.normalisation === 'per-words' && (
            <label className="field">
              <span>{t('dashboard:profiles.unit')}</span>
              <input
                inputMode="numeric"
                value={form.unit}
                onChange={(e) => set({ unit: e.target.value })}
              />
            </label>
          )}
          <label className="field">
            <span>{t('dashboard:profiles.direction')}</span>
            <select
              value={form.direction}
              onChange={(e) => set({ direction: e.target.value as ProfileForm['direction'] })}
            >
              <option value="higher-better">{t('scoring:direction.higher-better')}</option>
              <option value="lower-better">{t('scoring:direction.lower-better')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('dashboard:profiles.threshold')}</span>
            <input
              inputMode="decimal"
              value={form.passThreshold}
              placeholder={t('dashboard:profiles.noThreshold')}
              onChange={(e) => set({ passThreshold: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t('dashboard:profiles.minimumWords')}</span>
            <input
              inputMode="numeric"
              value={form.minimumWords}
              placeholder={t('dashboard:profiles.noMinimum')}
              onChange={(e) => set({ minimumWords: e.target.value })}
            />
          </label>
          <label className="toggle profile-editor__critical">
            <input
              type="checkbox"
              checked={form.criticalFails}
              onChange={(e) => set({ criticalFails: e.target.checked })}
            />
            {t('dashboard:profiles.criticalFails')}
          </label>
        </fieldset>
        <p className={problem ? 'profile-editor__problem' : 'profile-editor__ok'} role="status">
          {problem ?? t('dashboard:profiles.valid')}
        </p>
        {failure && (
          <p className="profile-editor__problem" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={saving || problem !== null}
          >
            {t('dashboard:profiles.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
