/**
 * README.md lists every key of the app, generated from the keymap registry: each group under its
 * heading, each command with exactly its keys and what it does (the English label the `?` overlay
 * shows, with the place it works when that is not the rows). A command added, removed or rebound
 * without the README following fails here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS, KEY_GROUPS, type CommandSpec } from '@shared/keymap/commands'
import en from '@shared/i18n/locales/en/keys.json'

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8')

/** How the README spells keys the registry names. */
const SPELLED: Record<string, string> = {
  '↑': 'ArrowUp',
  '↓': 'ArrowDown',
  '←': 'ArrowLeft',
  '→': 'ArrowRight',
  Esc: 'Escape',
  PgDn: 'PageDown',
  PgUp: 'PageUp',
  Menu: 'ContextMenu'
}

/** `Ctrl/Cmd+Shift+→` -> `Mod+Shift+ArrowRight`. */
function registryKey(spelled: string): string {
  const parts = spelled === '+' ? ['+'] : spelled.split(/\+(?!$)/)
  const key = parts.pop()!
  return [...parts.map((m) => (m === 'Ctrl/Cmd' ? 'Mod' : m)), SPELLED[key] ?? key].join('+')
}

interface Row {
  readonly keys: readonly string[]
  readonly does: string
}

/** The key tables of the "Reviewing an article" section, by their group heading. */
function keyTables(): Map<string, Row[]> {
  const section = README.split(/^## /m).find((s) => s.startsWith('Reviewing an article'))
  if (!section) throw new Error('README.md has no "## Reviewing an article" section')
  const keys = section.split(/^### /m).find((s) => s.startsWith('Keys'))
  if (!keys) throw new Error('the section has no "### Keys" list')
  const tables = new Map<string, Row[]>()
  for (const block of keys.split(/^#### /m).slice(1)) {
    const [heading, ...lines] = block.split('\n')
    const rows = lines
      .filter((line) => /^\|.*\|$/.test(line.trim()))
      .slice(2) // the header row and the |---| line
      .map((line): Row => {
        const [keyCell, doesCell] = line
          .trim()
          .slice(1, -1)
          .split(/\s\|\s/)
        const tokens = [...(keyCell ?? '').matchAll(/``\s(.+?)\s``|`([^`]+)`/g)]
        return {
          keys: tokens.map((m) => registryKey(m[1] ?? m[2]!)),
          does: (doesCell ?? '').trim()
        }
      })
    tables.set(heading!.trim(), rows)
  }
  return tables
}

function described(command: CommandSpec): string {
  const label = (en.command as Record<string, string>)[command.id]
  const where = (en.scope as Record<string, string>)[command.scope]
  return command.scope === 'grid' || command.scope === 'global' ? label! : `${label} (${where})`
}

const row = (r: Row) => `${r.keys.join(', ')} — ${r.does}`

describe('the README key list', () => {
  const tables = keyTables()

  it('has one table per group of the registry, in its order, under the group’s name', () => {
    expect([...tables.keys()]).toEqual(KEY_GROUPS.map((g) => en.group[g]))
  })

  it.each(KEY_GROUPS)('lists every %s command with exactly its keys, and nothing else', (group) => {
    const commands = (COMMANDS as readonly CommandSpec[]).filter((c) => c.group === group)
    const expected = commands.map((c) => row({ keys: c.keys, does: described(c) }))
    expect((tables.get(en.group[group]) ?? []).map(row).sort()).toEqual(expected.sort())
  })

  it('covers every command of the rows, the post-edit field, the flags and the whole window', () => {
    const listed = new Set([...tables.values()].flat().map((r) => r.does))
    const missing = (COMMANDS as readonly CommandSpec[])
      .filter((c) => ['grid', 'editor', 'flag', 'global'].includes(c.scope))
      .filter((c) => !listed.has(described(c)))
      .map((c) => c.id)
    expect(missing).toEqual([])
  })
})
