import { useTranslation } from 'react-i18next'
import { COMMANDS, KEY_GROUPS, type CommandSpec } from '@shared/keymap/commands'
import { Dialog } from '../../components/Dialog'
import { ariaKeys, keyLabel } from './key-labels'
import { isMacPlatform } from './platform'

interface KeyHelpProps {
  readonly onClose: () => void
}

/** Every key of the app, by group, read from the registry (the `?` overlay). */
export function KeyHelp({ onClose }: KeyHelpProps): React.JSX.Element {
  const { t } = useTranslation('keys')
  const mac = isMacPlatform()
  return (
    <Dialog title={t('title')} onClose={onClose} className="key-help">
      <h2>{t('title')}</h2>
      <div className="key-help__groups">
        {KEY_GROUPS.map((group) => (
          <section key={group} aria-labelledby={`keys-${group}`}>
            <h3 id={`keys-${group}`}>{t(`group.${group}`)}</h3>
            <table>
              <tbody>
                {(COMMANDS as readonly CommandSpec[])
                  .filter((c) => c.group === group)
                  .map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        {c.keys.map((k) => (
                          <kbd key={k} aria-label={ariaKeys(k, mac)}>
                            {keyLabel(k, t, mac)}
                          </kbd>
                        ))}
                      </th>
                      <td>
                        {t(`command.${c.id}` as never)}
                        {c.scope !== 'grid' && c.scope !== 'global' && (
                          <span className="key-help__scope">
                            {' '}
                            ({t(`scope.${c.scope}` as never)})
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  )
}
