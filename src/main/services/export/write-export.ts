/**
 * Writing an export to disk: atomically (temp file, fsync, rename, fsync the folder), so a crash or a
 * full disk leaves the old file or the new one, never half of one. Text is written as UTF-8.
 */
import { writeFileAtomic } from '../atomic-write'

/** A write that failed; nothing at `path` was changed. */
export class ExportWriteError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string
  ) {
    super(`could not write ${path}: ${detail}`)
    this.name = 'ExportWriteError'
  }
}

export async function writeExportFile(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, data)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ExportWriteError(path, code ?? (error as Error).message)
  }
}
