import { useTranslation } from 'react-i18next'
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '@shared/i18n/resources'
import './language-toggle.css'

interface LanguageToggleProps {
  /** Switches the UI language (and remembers it through main). */
  readonly onChange: (language: SupportedLanguage) => void
}

/** EN | RU segmented switch; each option's accessible name is the language's full name. */
export function LanguageToggle({ onChange }: LanguageToggleProps): React.JSX.Element {
  const { t, i18n } = useTranslation('common')
  return (
    <div className="language-toggle" role="radiogroup" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((language) => {
        const active = i18n.language === language
        return (
          <button
            key={language}
            type="button"
            role="radio"
            aria-checked={active}
            aria-label={t(`language.${language}`)}
            title={t(`language.${language}`)}
            className="language-toggle__option"
            onClick={() => {
              if (!active) onChange(language)
            }}
          >
            {t(`language.${language}Short`)}
          </button>
        )
      })}
    </div>
  )
}
