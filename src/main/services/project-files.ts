/**
 * Reading and writing the project's JSON files with the messages a user can act on: a damaged file is
 * "the project could not be read: <file>: <what>", a file from a newer Calque says so (and opens
 * read-only), never a raw schema dump.
 */
import { join } from 'node:path'
import { CalqueFailure } from '@shared/domain/errors'
import {
  DEFAULT_PROJECT_SETTINGS,
  MANIFEST_FILE,
  PROJECT_FILE,
  PROJECT_FILE_VERSION,
  PROJECT_FORMAT_VERSION,
  manifestSchema,
  projectFileSchema,
  type Manifest,
  type ProjectFile
} from '@shared/project/format'
import { errnoOf, fsFailure } from './fs-errors'
import { writeFileAtomic, type FsPort } from './fs-port'

interface Schema<T> {
  safeParse(v: unknown):
    | { success: true; data: T }
    | {
        success: false
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }
      }
}

/**
 * A project JSON file, validated. `newest` is the format version this Calque writes: a file with a
 * higher `formatVersion` throws `project-newer-version` instead of a validation error.
 */
export async function readProjectJson<T>(
  fs: FsPort,
  dir: string,
  file: string,
  schema: Schema<T>,
  newest: number
): Promise<T> {
  const path = join(dir, file)
  let raw: string
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(path))
  } catch (error) {
    if (error instanceof TypeError) throw corrupt(dir, `${file} is not UTF-8 text`)
    if (errnoOf(error) === 'ENOENT') throw corrupt(dir, `${file} is missing`)
    throw fsFailure(error, path, 'read')
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw corrupt(dir, `${file} is not valid JSON`)
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion
  if (typeof version === 'number' && version > newest) {
    throw new CalqueFailure({ code: 'project-newer-version', path: dir, detail: String(version) })
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
    throw corrupt(dir, `${file}: ${where}${issue?.message ?? 'unexpected content'}`)
  }
  return parsed.data
}

function corrupt(dir: string, detail: string): CalqueFailure {
  return new CalqueFailure({ code: 'project-corrupt', path: dir, detail })
}

export function readArticleManifest(fs: FsPort, dir: string): Promise<Manifest> {
  return readProjectJson(fs, dir, MANIFEST_FILE, manifestSchema, PROJECT_FORMAT_VERSION)
}

export async function exists(fs: FsPort, path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return false
    throw fsFailure(error, path, 'read')
  }
}

/**
 * project.json, or — for a folder written by the first format (one pair, manifest.json at the top) —
 * the project it migrates to: one article living in the folder itself. `legacy` says which.
 */
export async function readProjectFile(
  fs: FsPort,
  dir: string
): Promise<{ readonly file: ProjectFile; readonly legacy: boolean }> {
  if (await exists(fs, join(dir, PROJECT_FILE))) {
    return {
      file: await readProjectJson(fs, dir, PROJECT_FILE, projectFileSchema, PROJECT_FILE_VERSION),
      legacy: false
    }
  }
  if (!(await exists(fs, join(dir, MANIFEST_FILE)))) {
    throw corrupt(dir, 'this folder holds no Calque project (no project.json)')
  }
  const manifest = await readArticleManifest(fs, dir)
  return {
    file: {
      formatVersion: PROJECT_FILE_VERSION,
      app: 'calque',
      id: manifest.id,
      name: manifest.name,
      createdAt: manifest.createdAt,
      articles: [{ id: manifest.id, dir: '.', name: manifest.name, addedAt: manifest.createdAt }],
      settings: DEFAULT_PROJECT_SETTINGS
    },
    legacy: true
  }
}

export async function writeProjectFile(fs: FsPort, dir: string, file: ProjectFile): Promise<void> {
  await writeFileAtomic(fs, join(dir, PROJECT_FILE), JSON.stringify(file, null, 2) + '\n')
}
