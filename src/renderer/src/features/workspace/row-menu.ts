/**
 * The row menu (right click, the Menu key, Shift+F10): every action a row offers — statuses, the
 * post-edit, flags, alignment fixes, undo/redo — labelled from the key registry with its key, each
 * enabled only when it can be done.
 */
import type { TFunction } from 'i18next'
import { commandSpec, type CommandId } from '@shared/keymap/commands'
import type { MenuEntry } from '../alignment/RowContextMenu'
import { ariaKeys, keyLabel } from '../keys/key-labels'

export const ROW_MENU_GROUPS: readonly (readonly CommandId[])[] = [
  ['status-reviewed', 'status-needs-work', 'status-confirmed', 'status-unreviewed'],
  ['edit-row', 'restore-mt'],
  ['flag', 'flag-source'],
  [
    'merge',
    'split',
    'unlink',
    'move-target-up',
    'move-target-down',
    'move-source-up',
    'move-source-down'
  ],
  ['undo', 'redo']
]

export function rowMenuGroups(
  t: TFunction<'keys'>,
  mac: boolean,
  enabled: (id: CommandId) => boolean,
  label: (id: CommandId) => string = (id) => t(`command.${id}` as never)
): MenuEntry<CommandId>[][] {
  return ROW_MENU_GROUPS.map((group) =>
    group.map((id) => {
      const key = commandSpec(id).keys[0]
      return {
        id,
        label: label(id),
        ...(key ? { shortcut: { label: keyLabel(key, t, mac), aria: ariaKeys(key, mac) } } : {}),
        enabled: enabled(id)
      }
    })
  )
}
