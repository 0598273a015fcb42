/**
 * The option scanner every command shares: boolean flags, options with a value (`--opt VALUE` or
 * `--opt=VALUE`, repeatable), positional files, `--` ends the options. By hand, because a handful of
 * flags does not need a library and the usage errors stay in our words.
 */
export interface ScannedArgs {
  readonly flags: ReadonlySet<string>
  /** Every value given for an option, in order. */
  readonly values: ReadonlyMap<string, readonly string[]>
  readonly files: readonly string[]
}

export type Scan = { readonly ok: true; readonly args: ScannedArgs } | Usage

export interface Usage {
  readonly ok: false
  readonly message: string
}

export function usage(message: string): Usage {
  return { ok: false, message }
}

export function scanArgs(
  command: string,
  args: readonly string[],
  spec: { readonly flags: readonly string[]; readonly options: readonly string[] }
): Scan {
  const flagNames = new Set(spec.flags)
  const optionNames = new Set(spec.options)
  const flags = new Set<string>()
  const values = new Map<string, string[]>()
  const files: string[] = []
  let onlyFiles = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [option, inline] = arg.startsWith('--') ? splitInline(arg) : [arg, undefined]
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg)
    else if (arg === '--') onlyFiles = true
    else if (flagNames.has(arg)) flags.add(arg)
    else if (optionNames.has(option)) {
      const value = inline ?? args[++i]
      if (value === undefined) return usage(`${option} needs a value`)
      values.set(option, [...(values.get(option) ?? []), value])
    } else return usage(`unknown option "${arg}" for ${command}`)
  }
  return { ok: true, args: { flags, values, files } }
}

/** The last value given for an option (a later one overrides an earlier one). */
export function lastValue(args: ScannedArgs, option: string): string | undefined {
  return args.values.get(option)?.at(-1)
}

/** `--rules=FILE` -> [`--rules`, `FILE`]. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=')
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)]
}
