/**
 * The one place where an exception becomes something a user is shown. Services throw `CalqueFailure`
 * for what users can act on (a missing file, a full disk); anything else is a bug: it becomes an
 * `internal` error for the UI, and its stack trace goes to the log where a developer will look.
 */
import { CalqueFailure, fail, ok, type CalqueError, type Result } from '@shared/domain/errors'

export type ErrorLogger = (message: string, error: unknown) => void

export const consoleLogger: ErrorLogger = (message, error) =>
  console.error(`[calque] ${message}`, error)

export function toUserError(
  error: unknown,
  context: string,
  log: ErrorLogger = consoleLogger
): CalqueError {
  if (error instanceof CalqueFailure) return error.error
  log(`${context} failed`, error)
  return { code: 'internal', detail: error instanceof Error ? error.message : String(error) }
}

/** Runs `work`, turning any exception into a failed `Result` (see `toUserError`). */
export async function guarded<T>(
  context: string,
  work: () => Promise<T>,
  log: ErrorLogger = consoleLogger
): Promise<Result<T>> {
  try {
    return ok(await work())
  } catch (error) {
    return fail(toUserError(error, context, log))
  }
}
