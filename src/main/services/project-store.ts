/**
 * Project folders on disk: made once per opened pair (atomically: a half-made project never appears),
 * reopened with their review log replayed. See src/shared/project/format.ts for the files.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { alignDocuments } from '../../shared/align'
import type { Language } from '../../shared/domain/document'
import type { ProjectView, SideView } from '../../shared/ipc/contract'
import { CalqueFailure } from '../../shared/ipc/errors'
import {
  ALIGNMENT_FILE,
  MANIFEST_FILE,
  PROJECT_FORMAT_VERSION,
  REVIEW_LOG_FILE,
  alignmentFileSchema,
  manifestSchema,
  slugify,
  type AlignmentFile,
  type Manifest,
  type ManifestSide
} from '../../shared/project/format'
import { buildDocument } from '../../shared/segment/document'
import { syncDirectory } from './atomic-write'
import { openReviewLog, type ReviewLogWriter } from './review-log'
import { readTextFile } from './text-file'

/** Name of the aligner recorded in alignment.json, so a project remembers what made its rows. */
export const ALIGNER_ID = 'calque-length-v1'

export interface OpenProject {
  readonly dir: string
  readonly manifest: Manifest
  readonly alignment: AlignmentFile
  readonly log: ReviewLogWriter
  readonly view: ProjectView
}

interface LoadedSide {
  readonly path: string
  readonly bytes: Uint8Array
  readonly text: string
  readonly encoding: string
}

/** Opens the project for this pair if one exists under `projectsRoot`, otherwise makes it. */
export async function openOrCreateProject(
  projectsRoot: string,
  sourcePath: string,
  targetPath: string,
  now: () => Date
): Promise<OpenProject> {
  const [source, target] = await Promise.all([
    loadSide(sourcePath, 'source'),
    loadSide(targetPath, 'target')
  ])
  if (source.path === target.path) {
    throw new CalqueFailure({ code: 'pair-same-file', path: sourcePath })
  }
  const name = projectName(target.text, targetPath)
  const id = `${slugify(name)}-${shortHash(`${source.path}\0${target.path}`)}`
  const dir = join(projectsRoot, id)
  const existing = await readFile(join(dir, MANIFEST_FILE), 'utf8').catch(() => null)
  if (existing === null) await createProjectDir(projectsRoot, dir, id, name, source, target, now)
  return openProject(dir, now)
}

export async function openProject(dir: string, now: () => Date): Promise<OpenProject> {
  const manifest = await readJson(dir, MANIFEST_FILE, manifestSchema)
  const alignment = await readJson(dir, ALIGNMENT_FILE, alignmentFileSchema)
  const log = await openReviewLog(join(dir, REVIEW_LOG_FILE), now)
  const view: ProjectView = {
    id: manifest.id,
    name: manifest.name,
    dir,
    source: sideView(manifest.source, alignment.source.segments),
    target: sideView(manifest.target, alignment.target.segments),
    pairing: 'aligned',
    beads: alignment.beads,
    review: log.state,
    notices: log.notices
  }
  return { dir, manifest, alignment, log: log.writer, view }
}

async function loadSide(path: string, side: 'source' | 'target'): Promise<LoadedSide> {
  try {
    const file = await readTextFile(path)
    const bytes = new Uint8Array(await readFile(path))
    return { path: await realpath(path), bytes, text: file.text, encoding: file.encoding }
  } catch (error) {
    if (error instanceof CalqueFailure) throw new CalqueFailure({ ...error.error, side })
    throw error
  }
}

async function createProjectDir(
  projectsRoot: string,
  dir: string,
  id: string,
  name: string,
  source: LoadedSide,
  target: LoadedSide,
  now: () => Date
): Promise<void> {
  const sourceDoc = buildDocument(source.text, 'ru')
  const targetDoc = buildDocument(target.text, 'en')
  const beads = alignDocuments(sourceDoc, targetDoc)
  const manifest: Manifest = {
    formatVersion: PROJECT_FORMAT_VERSION,
    app: 'calque',
    id,
    name,
    createdAt: now().toISOString(),
    source: manifestSide('source', source, 'ru'),
    target: manifestSide('target', target, 'en')
  }
  const alignment: AlignmentFile = {
    formatVersion: PROJECT_FORMAT_VERSION,
    aligner: ALIGNER_ID,
    source: { segments: [...sourceDoc.segments] },
    target: { segments: [...targetDoc.segments] },
    beads: beads.map((b) => ({ ...b, source: [...b.source], target: [...b.target] }))
  }
  // Build the whole folder under a temporary name, then rename: a crash leaves no half-made project.
  await mkdir(projectsRoot, { recursive: true })
  const tmp = join(projectsRoot, `.tmp-${id}-${randomBytes(4).toString('hex')}`)
  await mkdir(tmp)
  try {
    await writeDurable(join(tmp, manifest.source.file), source.bytes)
    await writeDurable(join(tmp, manifest.target.file), target.bytes)
    await writeDurable(join(tmp, ALIGNMENT_FILE), JSON.stringify(alignment, null, 1) + '\n')
    await writeDurable(join(tmp, REVIEW_LOG_FILE), '')
    await writeDurable(join(tmp, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n')
    await syncDirectory(tmp)
    await rename(tmp, dir)
    await syncDirectory(projectsRoot)
  } catch (error) {
    await rm(tmp, { recursive: true, force: true })
    throw error
  }
}

async function writeDurable(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(path, data, { flush: true })
}

function manifestSide(
  side: 'source' | 'target',
  loaded: LoadedSide,
  language: Language
): ManifestSide {
  const ext = extname(loaded.path).slice(1).toLowerCase()
  return {
    file: `${side}.${/^[a-z0-9]{1,8}$/.test(ext) ? ext : 'txt'}`,
    originalPath: loaded.path,
    fileName: basename(loaded.path),
    language,
    encoding: loaded.encoding,
    byteLength: loaded.bytes.byteLength,
    sha256: createHash('sha256').update(loaded.bytes).digest('hex')
  }
}

function sideView(side: ManifestSide, segments: SideView['segments']): SideView {
  return {
    originalPath: side.originalPath,
    fileName: side.fileName,
    language: side.language,
    format: 'txt',
    encoding: {
      name: 'utf-8',
      source: side.encoding.includes('BOM') ? 'bom' : 'detected',
      confidence: 1
    },
    segments,
    warnings: []
  }
}

/** The English headline (first line of the target) names the project; the file name if there is none. */
function projectName(targetText: string, targetPath: string): string {
  const firstLine =
    targetText
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  const name = firstLine.length > 0 ? firstLine : basename(targetPath, extname(targetPath))
  return name.length > 80 ? `${name.slice(0, 79)}…` : name
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}

async function readJson<T>(
  dir: string,
  file: string,
  schema: {
    safeParse(
      v: unknown
    ): { success: true; data: T } | { success: false; error: { message: string } }
  }
): Promise<T> {
  let raw: string
  try {
    raw = await readFile(join(dir, file), 'utf8')
  } catch (error) {
    throw new CalqueFailure({
      code: 'project-corrupt',
      path: dir,
      detail: `${file}: ${(error as Error).message}`
    })
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw new CalqueFailure({
      code: 'project-corrupt',
      path: dir,
      detail: `${file} is not valid JSON`
    })
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new CalqueFailure({
      code: 'project-corrupt',
      path: dir,
      detail: `${file}: ${parsed.error.message}`
    })
  }
  return parsed.data
}
