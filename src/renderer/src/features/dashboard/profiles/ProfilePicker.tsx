import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScoringProfiles } from '@shared/ipc/contract'
import { copyScoringProfile, type ScoringProfile } from '@shared/scoring/profile'
import { copyId } from './profile-form'
import { ProfileEditor } from './ProfileEditor'

interface ProfilePickerProps {
  readonly profiles: ScoringProfiles
  readonly selected: ScoringProfile
  readonly onSelect: (id: string) => void
  /** A profile was saved: it is listed and chosen. */
  readonly onSaved: (profile: ScoringProfile) => void
}

/** Which profile scores the data: built-in or the QA lead's own; "Copy and edit" starts a new one. */
export function ProfilePicker({
  profiles,
  selected,
  onSelect,
  onSaved
}: ProfilePickerProps): React.JSX.Element {
  const { t, i18n } = useTranslation('dashboard')
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  const [editing, setEditing] = useState<{ start: ScoringProfile; own: boolean } | null>(null)
  const all = [...profiles.builtin, ...profiles.user]
  const own = profiles.user.some((p) => p.id === selected.id)
  const ids = new Set(all.map((p) => p.id))

  const copy = (): void => {
    const id = copyId(selected.id, ids)
    const start = copyScoringProfile(selected, id, {
      en: t('profiles.copyName', { name: selected.label.en, lng: 'en' }).slice(0, 200),
      ru: t('profiles.copyName', { name: selected.label.ru, lng: 'ru' }).slice(0, 200)
    })
    setEditing({ start, own: false })
  }

  return (
    <div className="profile-picker">
      <label className="profile-picker__label">
        <span>{t('profiles.label')}</span>
        <select value={selected.id} onChange={(e) => onSelect(e.target.value)}>
          <optgroup label={t('profiles.builtin')}>
            {profiles.builtin.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label[language]}
              </option>
            ))}
          </optgroup>
          {profiles.user.length > 0 && (
            <optgroup label={t('profiles.user')}>
              {profiles.user.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label[language]}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" className="button button--small" onClick={copy}>
        {t('profiles.copy')}
      </button>
      {own && (
        <button
          type="button"
          className="button button--small"
          onClick={() => setEditing({ start: selected, own: true })}
        >
          {t('profiles.edit')}
        </button>
      )}
      {editing && (
        <ProfileEditor
          start={editing.start}
          // Editing one's own profile may keep its id; a copy needs a new one.
          takenIds={new Set([...ids].filter((id) => !(editing.own && id === editing.start.id)))}
          onSaved={(profile) => {
            setEditing(null)
            onSaved(profile)
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  )
}
