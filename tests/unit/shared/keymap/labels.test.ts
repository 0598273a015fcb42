/**
 * Every command of the keymap registry has a label in both languages (the `?` overlay, the row menu and
 * the README read them), as do its groups and the places a command works; no label names a command
 * that does not exist.
 */
import { describe, expect, it } from 'vitest'
import { COMMANDS, KEY_GROUPS, type CommandSpec } from '@shared/keymap/commands'
import { resources, SUPPORTED_LANGUAGES } from '@shared/i18n/resources'

const all = COMMANDS as readonly CommandSpec[]

describe.each(SUPPORTED_LANGUAGES)('the %s key labels', (language) => {
  const keys = resources[language].keys as {
    command: Record<string, string>
    group: Record<string, string>
    scope: Record<string, string>
  }

  it('name every command, and nothing else', () => {
    expect(Object.keys(keys.command).sort()).toEqual(all.map((c) => c.id).sort())
    for (const c of all) expect(keys.command[c.id]?.trim(), c.id).toBeTruthy()
  })

  it('name every group and every place a command works', () => {
    expect(Object.keys(keys.group).sort()).toEqual([...KEY_GROUPS].sort())
    for (const scope of new Set(all.map((c) => c.scope))) {
      expect(keys.scope[scope]?.trim(), scope).toBeTruthy()
    }
  })
})

it('labels commands differently in Russian than in English', () => {
  const en = resources.en.keys.command as Record<string, string>
  const ru = resources.ru.keys.command as Record<string, string>
  const same = all.filter((c) => en[c.id] === ru[c.id]).map((c) => c.id)
  expect(same).toEqual([])
})
