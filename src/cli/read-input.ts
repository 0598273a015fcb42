/**
 * The command line's input (see `readAlignedInput`), with the readers' warnings on stderr in the
 * user's words.
 */
import { basename } from 'node:path'
import type { ImportWarning } from '@shared/import/types'
import {
  readAlignedInput,
  type AlignedInput,
  type InputRequest
} from '../main/services/aligned-input'
import type { CliIo } from './io'
import { warningMessage } from './messages'

export async function readInput(request: InputRequest, io: CliIo): Promise<AlignedInput> {
  const input = await readAlignedInput(request)
  reportWarnings(io, input.warnings.source, request.source, 'ru')
  if (request.target !== undefined) reportWarnings(io, input.warnings.target, request.target, 'en')
  return input
}

export function reportWarnings(
  io: CliIo,
  warnings: readonly ImportWarning[],
  path: string,
  language: 'ru' | 'en'
): void {
  for (const warning of warnings) {
    io.stderr(`calque: warning: ${warningMessage(warning, basename(path), language)}\n`)
  }
}
