/**
 * Writing an export or a report to disk: atomically (temp file, fsync, rename, fsync the folder), so a
 * crash or a full disk leaves the old file or the new one, never half of one. Text is written as UTF-8.
 * A failure is a CalqueFailure (`disk-full`, `folder-missing`, `folder-read-only`, …) with the path;
 * nothing at the path was changed.
 */
import { writeFileAtomic } from '../atomic-write'

export async function writeExportFile(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(path, data)
}
