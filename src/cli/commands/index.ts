/** Every `calque` command, in the order `calque --help` lists them. Add a command here. */
import type { AnyCliCommand } from '../command'
import { alignCommand } from './align'
import { checkCommand } from './check'

export const COMMANDS: readonly AnyCliCommand[] = [alignCommand, checkCommand]
