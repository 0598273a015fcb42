/** Atomic writes on the real file system (see fs-port.ts for the port the durable paths use). */
import { nodeFs, writeFileAtomic as writeAtomicWith } from './fs-port'

export function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  return writeAtomicWith(nodeFs, path, data)
}

/** fsync a folder (POSIX); a no-op where the platform refuses to open folders (Windows). */
export function syncDirectory(dir: string): Promise<void> {
  return nodeFs.syncDir(dir)
}
