/**
 * Services throw `CalqueFailure` for expected problems; anything else is a bug. At a boundary (IPC, a
 * menu action) both become data the renderer can put into words.
 */
import { CalqueFailure, type CalqueError } from '@shared/ipc/errors'

export function exceptionToError(error: unknown): CalqueError {
  if (error instanceof CalqueFailure) return error.error
  const detail = error instanceof Error ? error.message : String(error)
  return { code: 'internal', detail }
}
