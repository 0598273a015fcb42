/**
 * Errors cross IPC as data, not exceptions (Electron keeps only an Error's message). The renderer and the
 * CLI turn a code plus its parameters into a sentence in the user's language.
 */
export type ErrorCode =
  | 'file-missing'
  | 'file-is-directory'
  | 'file-unreadable'
  | 'file-empty'
  | 'file-too-large'
  | 'file-truncated'
  | 'file-malformed'
  | 'file-unsafe-xml'
  | 'file-format-unsupported'
  | 'file-no-text'
  | 'encoding-mismatch'
  /** A container damaged where no line and column apply (a DOCX's ZIP structure); `format`, `detail`. */
  | 'file-damaged'
  /** A DOCX whose document unpacks beyond the limit: `size` (unpacked) and `limit`, in bytes. */
  | 'file-unpacks-too-large'
  /** A format version Calque does not read (XLIFF 3.0): `format`, and the version in `detail`. */
  | 'file-version-unsupported'
  /** More sentences than one project holds: the limit, as a number, in `detail`. */
  | 'too-many-segments'
  /** A user's segmentation rule file that cannot be used: what is wrong, rule by rule, in `detail`. */
  | 'rules-invalid'
  /** An import job that ran out of the memory it is given (`limit`, bytes). */
  | 'import-out-of-memory'
  /** An import job whose worker died (`detail`). */
  | 'import-crashed'
  | 'pair-same-file'
  | 'pair-got-bilingual'
  | 'not-bilingual'
  | 'project-has-review'
  | 'project-corrupt'
  | 'project-not-open'
  | 'log-changed-on-disk'
  /** The disk (or the user's quota) is full: the change was not saved, the log left as it was. */
  | 'disk-full'
  /** Writing failed for another reason (I/O error, fsync failure): nothing was acknowledged. */
  | 'write-failed'
  /** The project's folder cannot be written (read-only medium, permissions). */
  | 'folder-read-only'
  | 'folder-missing'
  | 'path-too-long'
  /** A chain of symbolic links loops. */
  | 'path-loop'
  /** Another window or Calque instance has the project open: it opens read-only here. */
  | 'project-locked'
  /** The project is open read-only (locked elsewhere, read-only folder, newer format): nothing is saved. */
  | 'project-read-only'
  /** The project was written by a newer Calque (`detail`: its format version). */
  | 'project-newer-version'
  /** The user cancelled a long import (an import job). */
  | 'import-cancelled'
  | 'invalid-request'
  | 'internal'

export interface CalqueError {
  readonly code: ErrorCode
  /** The file concerned, as the user named it. */
  readonly path?: string
  /** Which side of the pair, where it matters. */
  readonly side?: 'source' | 'target'
  /** Free detail for logs and the CLI (e.g. the byte offset of the first undecodable sequence). */
  readonly detail?: string
  /** Byte offset, for encoding errors. */
  readonly offset?: number
  /** Size limit in bytes, for `file-too-large`. */
  readonly limit?: number
  /** The file's size in bytes, for `file-too-large`. */
  readonly size?: number
  /** 1-based line and column, for `file-malformed` XML/CSV. */
  readonly line?: number
  readonly column?: number
  /** Format or encoding name, for `file-format-unsupported` and `encoding-mismatch`. */
  readonly format?: string
  readonly encoding?: string
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CalqueError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (error: CalqueError): { ok: false; error: CalqueError } => ({
  ok: false,
  error
})

/** Thrown inside services, caught at the IPC/CLI boundary and turned into a `Result`. */
export class CalqueFailure extends Error {
  constructor(readonly error: CalqueError) {
    super(
      `${error.code}${error.path ? `: ${error.path}` : ''}${error.detail ? ` (${error.detail})` : ''}`
    )
    this.name = 'CalqueFailure'
  }
}
