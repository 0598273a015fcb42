/**
 * One CLI command: how it reads its arguments, how it runs, and its block of the help text. Each
 * command lives in `commands/<name>.ts` and is listed once in `commands/index.ts`.
 */
import type { CliIo } from './io'
import type { Usage } from './options'

export interface CliCommand<Options> {
  readonly name: string
  /** Lines for `calque --help`, already indented as the help text shows them. */
  readonly help: string
  parse(args: readonly string[]): { readonly ok: true; readonly options: Options } | Usage
  run(options: Options, io: CliIo): Promise<number>
}

/** Erases a command's option type for the registry (each command checks its own options). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCliCommand = CliCommand<any>

export function defineCommand<Options>(command: CliCommand<Options>): CliCommand<Options> {
  return command
}
