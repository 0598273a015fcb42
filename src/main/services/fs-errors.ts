/**
 * Operating-system errors as sentences a user can act on: `ENOSPC` is "the disk is full", `EROFS` is
 * "this folder cannot be written", never a raw code or a misleading "ENOENT mkdir".
 */
import { CalqueFailure, type CalqueError } from '@shared/domain/errors'

export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

/** `op` says what was being done: the same errno means different things for reading and writing. */
export function fsFailure(error: unknown, path: string, op: 'read' | 'write'): CalqueFailure {
  if (error instanceof CalqueFailure) return error
  return new CalqueFailure(fsError(error, path, op))
}

export function fsError(error: unknown, path: string, op: 'read' | 'write'): CalqueError {
  const code = errnoOf(error)
  const detail = error instanceof Error ? error.message : String(error)
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', path }
    case 'EROFS':
      return { code: 'folder-read-only', path }
    case 'EACCES':
    case 'EPERM':
      return op === 'write'
        ? { code: 'folder-read-only', path }
        : { code: 'file-unreadable', path, detail: code }
    case 'ENAMETOOLONG':
      return { code: 'path-too-long', path }
    case 'ELOOP':
      return { code: 'path-loop', path }
    case 'EISDIR':
      return { code: 'file-is-directory', path }
    case 'ENOENT':
    case 'ENOTDIR':
      // Writing, the file itself need not exist: it is the folder that is missing.
      return op === 'write' ? { code: 'folder-missing', path } : { code: 'file-missing', path }
    default:
      return op === 'write'
        ? { code: 'write-failed', path, detail }
        : { code: 'file-unreadable', path, detail }
  }
}
