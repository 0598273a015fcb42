/**
 * The command line: which command, and its options. Each command parses its own options
 * (`commands/<name>.ts`); this file only picks the command and builds the help text from the registry.
 */
import type { AnyCliCommand } from './command'
import { COMMANDS } from './commands'
import { usage, type Usage } from './options'

/** What a command's parser returns: its options, tagged with the command's name. */
export interface CommandOptions {
  readonly kind: string
}

export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | CommandOptions

export type ParsedArgs = { readonly ok: true; readonly command: Command } | Usage

export function findCommand(name: string): AnyCliCommand | undefined {
  return COMMANDS.find((c) => c.name === name)
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return ok({ kind: 'help' })
  const [name, ...rest] = argv
  if (name === undefined) return usage('no command given')
  if (name === '--version' || name === '-V') {
    return rest.length === 0 ? ok({ kind: 'version' }) : usage(`unexpected argument "${rest[0]}"`)
  }
  if (name === 'help') return ok({ kind: 'help' })
  const found = findCommand(name)
  if (found) {
    const parsed = found.parse(rest)
    return parsed.ok ? ok(parsed.options as CommandOptions) : parsed
  }
  if (name.startsWith('-')) return usage(`unknown option "${name}"`)
  return usage(`unknown command "${name}"`)
}

function ok(command: Command): ParsedArgs {
  return { ok: true, command }
}

export const HELP_TEXT = `Usage: calque <command> [options]

Review machine translation of Russian news into English.

Commands:
${COMMANDS.map((c) => c.help.replace(/\n*$/, '\n')).join('')}
Options:
  -h, --help            Show this help.
  -V, --version         Show the version.

Warnings (e.g. "the English side looks Russian") go to stderr.
Exit status: 0 success, 1 a file could not be read, 2 wrong command line.
`
