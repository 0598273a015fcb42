import { useTranslation } from 'react-i18next'
import type { ProfileForm } from './profile-form'

interface ProfileRulesProps {
  readonly form: ProfileForm
  readonly onChange: (change: Partial<ProfileForm>) => void
}

/** The profile's weights: one per severity, then category rules tried in order (first match wins). */
export function ProfileRules({ form, onChange }: ProfileRulesProps): React.JSX.Element {
  const { t } = useTranslation('dashboard')
  const severities = form.severities
  const weights = form.weights
  const setSeverity = (i: number, change: Partial<ProfileForm['severities'][number]>): void =>
    onChange({ severities: severities.map((s, j) => (i === j ? { ...s, ...change } : s)) })
  const setRule = (i: number, change: Partial<ProfileForm['weights'][number]>): void =>
    onChange({ weights: weights.map((w, j) => (i === j ? { ...w, ...change } : w)) })
  return (
    <>
      <fieldset className="profile-editor__table">
        <legend>{t('profiles.severities')}</legend>
        {severities.map((s, i) => (
          <div key={i} className="profile-editor__row">
            <input
              aria-label={t('profiles.severityId', { n: i + 1 })}
              value={s.id}
              spellCheck={false}
              onChange={(e) => setSeverity(i, { id: e.target.value })}
            />
            <input
              aria-label={t('profiles.severityWeight', { severity: s.id || i + 1 })}
              className="profile-editor__number"
              inputMode="decimal"
              value={s.weight}
              onChange={(e) => setSeverity(i, { weight: e.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('profiles.remove')}
              title={t('profiles.remove')}
              onClick={() => onChange({ severities: severities.filter((_, j) => j !== i) })}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ severities: [...severities, { id: '', weight: '0' }] })}
        >
          {t('profiles.addSeverity')}
        </button>
      </fieldset>
      <fieldset className="profile-editor__table">
        <legend>{t('profiles.rules')}</legend>
        <p className="profile-editor__hint">{t('profiles.rulesHint')}</p>
        {weights.map((w, i) => (
          <div key={i} className="profile-editor__row profile-editor__row--rule">
            <input
              aria-label={t('profiles.ruleName', { n: i + 1 })}
              value={w.name}
              onChange={(e) => setRule(i, { name: e.target.value })}
            />
            <input
              aria-label={t('profiles.rulePattern', { n: i + 1 })}
              value={w.pattern}
              spellCheck={false}
              className="profile-editor__pattern"
              onChange={(e) => setRule(i, { pattern: e.target.value })}
            />
            <input
              aria-label={t('profiles.ruleWeight', { n: i + 1 })}
              className="profile-editor__number"
              inputMode="decimal"
              value={w.weight}
              onChange={(e) => setRule(i, { weight: e.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('profiles.remove')}
              title={t('profiles.remove')}
              onClick={() => onChange({ weights: weights.filter((_, j) => j !== i) })}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            onChange({ weights: [...weights, { name: '', pattern: '', weight: '0' }] })
          }
        >
          {t('profiles.addRule')}
        </button>
      </fieldset>
    </>
  )
}
