import { useTranslation } from 'react-i18next'
import { alignmentShortcut, isMacPlatform } from '../alignment/shortcuts'

/**
 * The always-visible list of keys. Key caps that are letters or arrows are the keys themselves (the
 * same in every language); named keys (Enter, Del, Ctrl) go through i18n like any other text.
 */
export function KeyboardHelp(): React.JSX.Element {
  const { t } = useTranslation('workspace')
  const { t: ta } = useTranslation('alignment')
  const mac = isMacPlatform()
  const items: ReadonlyArray<{ readonly keys: readonly string[]; readonly action: string }> = [
    { keys: ['↓', 'j', '↑', 'k'], action: t('keys.move') },
    { keys: [t('keys.enter')], action: t('keys.reviewed') },
    { keys: ['n'], action: t('keys.needsWork') },
    { keys: ['f'], action: t('keys.flag') },
    { keys: ['x', t('keys.delete')], action: t('keys.removeFlag') },
    { keys: ['m'], action: ta('keys.merge') },
    { keys: ['s'], action: ta('keys.split') },
    { keys: ['[', ']'], action: ta('keys.move') },
    { keys: ['u'], action: ta('keys.unlink') },
    {
      keys: [alignmentShortcut('undo', ta, mac).label, alignmentShortcut('redo', ta, mac).label],
      action: ta('keys.undo')
    },
    { keys: [ta('keys.menuKey')], action: ta('keys.menu') }
  ]
  return (
    <footer className="key-help" aria-label={t('keys.label')}>
      <ul className="key-help__list">
        {items.map(({ keys, action }) => (
          <li key={action} className="key-help__item">
            <span className="key-help__keys">
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </span>
            <span className="key-help__action">{action}</span>
          </li>
        ))}
      </ul>
    </footer>
  )
}
