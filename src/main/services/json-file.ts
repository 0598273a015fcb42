/** Small JSON files in the user-data folder (settings, recent projects): read leniently, write atomically. */
import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from './atomic-write'

/** Returns `undefined` when the file is missing or unreadable: such files are conveniences, never fatal. */
export async function readJsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return undefined
  }
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n')
}
