/**
 * Project folders on disk: opened with their review log replayed over the project's rows. Making a
 * project (importing its files) is in project-create.ts. See src/shared/project/format.ts for the files.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ProjectView, SideView } from '@shared/ipc/contract'
import { CalqueFailure } from '@shared/ipc/errors'
import {
  ALIGNMENT_FILE,
  MANIFEST_FILE,
  REVIEW_LOG_FILE,
  alignmentFileSchema,
  manifestSchema,
  type AlignmentFile,
  type Manifest,
  type ManifestSide
} from '@shared/project/format'
import { reviewBase } from '@shared/review/replay'
import { openReviewLog, type ReviewLogWriter } from './review-log'

export interface OpenProject {
  readonly dir: string
  readonly manifest: Manifest
  readonly alignment: AlignmentFile
  readonly log: ReviewLogWriter
  readonly view: ProjectView
}

export async function openProject(dir: string, now: () => Date): Promise<OpenProject> {
  const manifest = await readProjectJson(dir, MANIFEST_FILE, manifestSchema)
  const alignment = await readProjectJson(dir, ALIGNMENT_FILE, alignmentFileSchema)
  const log = await openReviewLog(join(dir, REVIEW_LOG_FILE), now, reviewBase(alignment))
  const view: ProjectView = {
    id: manifest.id,
    name: manifest.name,
    dir,
    source: sideView(manifest.source, alignment.source.segments),
    target: sideView(manifest.target, alignment.target.segments),
    pairing: manifest.pairing,
    beads: alignment.beads,
    review: log.state,
    notices: log.notices
  }
  return { dir, manifest, alignment, log: log.writer, view }
}

/** The manifest alone, or `null` when the folder holds no project yet. */
export async function readManifestIfAny(dir: string): Promise<Manifest | null> {
  const raw = await readFile(join(dir, MANIFEST_FILE), 'utf8').catch(() => null)
  return raw === null ? null : readProjectJson(dir, MANIFEST_FILE, manifestSchema)
}

function sideView(side: ManifestSide, segments: SideView['segments']): SideView {
  return {
    originalPath: side.originalPath,
    fileName: side.fileName,
    language: side.language,
    format: side.format,
    encoding: side.encoding,
    segments,
    warnings: side.warnings
  }
}

export async function readProjectJson<T>(
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
