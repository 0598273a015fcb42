/**
 * Command-line parsing, by hand: three commands and two flags do not need a library, and the usage
 * errors stay in our words.
 */
export interface AlignCommand {
  readonly kind: 'align'
  readonly source: string
  readonly target: string
  /** One segment per line: no sentence splitting. */
  readonly presegmented: boolean
  readonly json: boolean
}

export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | AlignCommand

export type ParsedArgs =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly message: string }

const ALIGN_FLAGS = new Set(['--presegmented', '--json'])

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return command({ kind: 'help' })
  const [name, ...rest] = argv
  if (name === undefined) return usage('no command given')
  if (name === '--version' || name === '-V') {
    return rest.length === 0
      ? command({ kind: 'version' })
      : usage(`unexpected argument "${rest[0]}"`)
  }
  if (name === 'help') return command({ kind: 'help' })
  if (name === 'align') return parseAlign(rest)
  if (name.startsWith('-')) return usage(`unknown option "${name}"`)
  return usage(`unknown command "${name}"`)
}

function parseAlign(args: readonly string[]): ParsedArgs {
  const flags = new Set<string>()
  const files: string[] = []
  let onlyFiles = false
  for (const arg of args) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg)
    else if (arg === '--') onlyFiles = true
    else if (ALIGN_FLAGS.has(arg)) flags.add(arg)
    else return usage(`unknown option "${arg}" for align`)
  }
  if (files.length < 2) return usage('align needs two files: SOURCE (Russian) and TARGET (English)')
  if (files.length > 2) return usage(`align takes two files, got ${files.length}`)
  return command({
    kind: 'align',
    source: files[0]!,
    target: files[1]!,
    presegmented: flags.has('--presegmented'),
    json: flags.has('--json')
  })
}

function command(value: Command): ParsedArgs {
  return { ok: true, command: value }
}

function usage(message: string): ParsedArgs {
  return { ok: false, message }
}

export const HELP_TEXT = `Usage: calque <command> [options]

Review machine translation of Russian news into English.

Commands:
  align SOURCE TARGET   Split both files into sentences (SOURCE Russian, TARGET English)
                        and align them. Prints one row per line: source ids, target ids
                        (0-based) and the confidence, e.g. "[0]:[0, 1]<TAB>0.930".
                        "[]:[5]" is a target sentence with no source (0-1).
    --presegmented      The files hold one segment per line: align lines as they are.
    --json              Print segments (text, offsets, paragraph) and beads as JSON.

Options:
  -h, --help            Show this help.
  -V, --version         Show the version.

Exit status: 0 success, 1 a file could not be read, 2 wrong command line.
`
