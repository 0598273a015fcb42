import { useTranslation } from 'react-i18next'
import { Icon } from '../components/Icon'
import './screens.css'

/** Shown instead of the app when `window.calque` is absent: nothing could work, so say why. */
export function BridgeMissing(): React.JSX.Element {
  const { t } = useTranslation('common')
  return (
    <main className="screen screen--centered" role="alert">
      <Icon name="unlink" className="screen__icon screen__icon--error" />
      <h1 className="screen__title">{t('bridge.title')}</h1>
      <p className="screen__text">{t('bridge.detail')}</p>
    </main>
  )
}
