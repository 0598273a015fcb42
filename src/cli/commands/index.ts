/** Every `calque` command, in the order `calque --help` lists them. Add a command here. */
import type { AnyCliCommand } from '../command'
import { alignCommand } from './align'
import { checkCommand } from './check'
import { exportCommand } from './export'
import { scoreCommand } from './score'

export const COMMANDS: readonly AnyCliCommand[] = [
  alignCommand,
  checkCommand,
  exportCommand,
  scoreCommand
]
