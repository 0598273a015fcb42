/**
 * The `calque` command line. Built by electron-vite into out/main/cli.js; `bin/calque.cjs` loads it and
 * calls `main`. `main` takes the arguments and the output writers and returns the exit code, so tests
 * call it directly.
 */
import { HELP_TEXT, findCommand, parseArgs } from './args'
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io'
import { readVersion } from './version'

export type { CliIo } from './io'

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv)
  if (!parsed.ok) {
    io.stderr(`calque: ${parsed.message}\nRun "calque --help" for usage.\n`)
    return EXIT_USAGE
  }
  const { command } = parsed
  if (command.kind === 'help') {
    io.stdout(HELP_TEXT)
    return EXIT_OK
  }
  if (command.kind === 'version') {
    io.stdout(`${readVersion()}\n`)
    return EXIT_OK
  }
  return findCommand(command.kind)!.run(command, io)
}
