/**
 * Command-line parsing, by hand: three commands and two flags do not need a library, and the usage
 * errors stay in our words.
 */
import { ENCODINGS, type EncodingName } from '@shared/import/types'

export interface AlignCommand {
  readonly kind: 'align'
  /** The Russian file, or the one bilingual file (XLIFF, TMX, CSV/TSV) when `target` is absent. */
  readonly source: string
  readonly target?: string
  /** One segment per line: no sentence splitting. */
  readonly presegmented: boolean
  readonly json: boolean
  readonly sourceEncoding?: EncodingName
  readonly targetEncoding?: EncodingName
  /** User segmentation rule files, in order of precedence (the first wins). */
  readonly rules: readonly string[]
}

export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | AlignCommand

export type ParsedArgs =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly message: string }

const ALIGN_FLAGS = new Set(['--presegmented', '--json'])
const ALIGN_OPTIONS = new Set(['--source-encoding', '--target-encoding', '--encoding', '--rules'])

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
  const values = new Map<string, string[]>()
  const files: string[] = []
  let onlyFiles = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [option, inline] = arg.startsWith('--') ? splitInline(arg) : [arg, undefined]
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg)
    else if (arg === '--') onlyFiles = true
    else if (ALIGN_FLAGS.has(arg)) flags.add(arg)
    else if (ALIGN_OPTIONS.has(option)) {
      const value = inline ?? args[++i]
      if (value === undefined) return usage(`${option} needs a value`)
      values.set(option, [...(values.get(option) ?? []), value])
    } else return usage(`unknown option "${arg}" for align`)
  }
  if (files.length === 0) {
    return usage('align needs SOURCE (Russian) and TARGET (English), or one bilingual file')
  }
  if (files.length > 2) return usage(`align takes one or two files, got ${files.length}`)
  const encoding = (option: string): EncodingName | string | undefined => {
    const given = values.get(option)?.at(-1)
    if (given === undefined) return undefined
    const name = given.toLowerCase()
    return (ENCODINGS as readonly string[]).includes(name) ? (name as EncodingName) : given
  }
  const all = values.get('--encoding') ? encoding('--encoding') : undefined
  const sourceEncoding = encoding('--source-encoding') ?? all
  const targetEncoding = encoding('--target-encoding') ?? all
  for (const value of [sourceEncoding, targetEncoding]) {
    if (value !== undefined && !(ENCODINGS as readonly string[]).includes(value)) {
      return usage(`unknown encoding "${value}" (one of: ${ENCODINGS.join(', ')})`)
    }
  }
  if (files.length === 1 && (flags.has('--presegmented') || values.has('--rules'))) {
    return usage('a bilingual file is already segmented: --presegmented and --rules do not apply')
  }
  return command({
    kind: 'align',
    source: files[0]!,
    ...(files[1] === undefined ? {} : { target: files[1] }),
    presegmented: flags.has('--presegmented'),
    json: flags.has('--json'),
    ...(sourceEncoding ? { sourceEncoding: sourceEncoding as EncodingName } : {}),
    ...(targetEncoding ? { targetEncoding: targetEncoding as EncodingName } : {}),
    rules: values.get('--rules') ?? []
  })
}

/** `--rules=FILE` -> [`--rules`, `FILE`]. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=')
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)]
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
  align SOURCE TARGET   Read both files (txt, md, html, docx; any common encoding), split them
                        into sentences (SOURCE Russian, TARGET English) and align them.
                        Prints one row per line: source ids, target ids (0-based) and the
                        confidence, e.g. "[0]:[0, 1]<TAB>0.930". "[]:[5]" is a target
                        sentence with no source (0-1), "[3]:[]" a source sentence with no
                        translation (1-0).
  align FILE            A bilingual file (XLIFF 1.2/2.x, TMX, CSV/TSV) is already paired:
                        print its own pairing, without aligning.
    --presegmented      The files hold one segment per line: align lines as they are.
    --json              Print segments (text, offsets, paragraph) and rows as JSON.
    --source-encoding ENC, --target-encoding ENC, --encoding ENC (both)
                        Read with this encoding instead of detecting it. ENC is one of
                        ${ENCODINGS.join(', ')}.
    --rules FILE        Extra sentence rules (JSON, see docs/architecture.md); repeatable,
                        the first file given wins.

Options:
  -h, --help            Show this help.
  -V, --version         Show the version.

Warnings (e.g. "the English side looks Russian") go to stderr.
Exit status: 0 success, 1 a file could not be read, 2 wrong command line.
`
