/**
 * Making a project: import the user's files (any supported format and encoding), segment and align
 * them (or keep a bilingual file's own pairing), and write the project folder atomically — a crash or
 * bad input never leaves a half-made project. Reopening the same files reopens the same project.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { alignDocuments } from '@shared/align'
import type { Bead } from '@shared/domain/alignment'
import type { Language, TextDocument } from '@shared/domain/document'
import type { EncodingName, ImportWarning } from '@shared/import/types'
import { CalqueFailure } from '@shared/ipc/errors'
import {
  ALIGNMENT_FILE,
  MANIFEST_FILE,
  PROJECT_FORMAT_VERSION,
  REVIEW_LOG_FILE,
  slugify,
  type AlignmentFile,
  type Manifest,
  type ManifestSide
} from '@shared/project/format'
import { syncDirectory, writeFileAtomic } from './atomic-write'
import { importPairSide, importPath, type ImportedFile, type MonolingualFile } from './import-file'
import { openProject, readManifestIfAny, type OpenProject } from './project-store'
import type { Segmenters } from './segmentation-rules'

/** Recorded in alignment.json, so a project remembers what made its rows. */
export const ALIGNER_ID = 'calque-gale-church-anchors-v2'

type Side = 'source' | 'target'

interface Built {
  readonly name: string
  readonly pairing: Manifest['pairing']
  readonly source: TextDocument
  readonly target: TextDocument
  readonly beads: readonly Bead[]
  readonly sides: { readonly source: ManifestSide; readonly target: ManifestSide }
  /** File name in the project folder -> the original bytes. */
  readonly copies: ReadonlyMap<string, Uint8Array>
}

/** Opens the project for this pair if one exists under `projectsRoot`, otherwise makes it. */
export async function openOrCreatePairProject(
  projectsRoot: string,
  sourcePath: string,
  targetPath: string,
  now: () => Date,
  segmenters: Segmenters = {}
): Promise<OpenProject> {
  const [sourceReal, targetReal] = await Promise.all([
    realpathFor(sourcePath, 'source'),
    realpathFor(targetPath, 'target')
  ])
  if (sourceReal === targetReal)
    throw new CalqueFailure({ code: 'pair-same-file', path: sourcePath })
  const [source, target] = await Promise.all([
    importMonolingual(sourceReal, 'source', 'ru', segmenters),
    importMonolingual(targetReal, 'target', 'en', segmenters)
  ])
  const built = buildPair(source, target, sourceReal, targetReal)
  const id = `${slugify(built.name)}-${shortHash(`${sourceReal}\0${targetReal}`)}`
  return openOrMake(projectsRoot, id, built, now)
}

/** Opens (or makes) the project for one bilingual file (XLIFF, TMX, CSV/TSV), keeping its pairing. */
export async function openOrCreateBilingualProject(
  projectsRoot: string,
  path: string,
  now: () => Date
): Promise<OpenProject> {
  const real = await realpathFor(path)
  const imported = await importPath(real, { language: 'ru' })
  if (imported.kind !== 'bilingual') throw new CalqueFailure({ code: 'not-bilingual', path })
  const built = buildBilingual(imported, real)
  const id = `${slugify(built.name)}-${shortHash(`bilingual\0${real}`)}`
  return openOrMake(projectsRoot, id, built, now)
}

/**
 * Re-reads one side from the project's own copy with the encoding the user chose, and rebuilds the
 * rows. Refused once the project has review work: every row would change under it.
 */
export async function reencodeProject(
  project: OpenProject,
  side: Side,
  encoding: EncodingName,
  now: () => Date,
  segmenters: Segmenters = {}
): Promise<OpenProject> {
  const actions = project.view.review.lastSeq + 1
  if (actions > 0) {
    throw new CalqueFailure({ code: 'project-has-review', path: project.dir, detail: `${actions}` })
  }
  const { manifest, dir } = project
  const chosen = (s: Side): EncodingName | undefined =>
    s === side
      ? encoding
      : manifest[s].encoding.source === 'user'
        ? manifest[s].encoding.name
        : undefined
  let built: Built
  if (manifest.pairing === 'paired') {
    const imported = await importPath(join(dir, manifest.source.file), {
      language: 'ru',
      encoding: encoding
    })
    if (imported.kind !== 'bilingual') throw new CalqueFailure({ code: 'not-bilingual', path: dir })
    built = buildBilingual(imported, manifest.source.originalPath)
  } else {
    const [source, target] = await Promise.all(
      (['source', 'target'] as const).map((s) =>
        importMonolingual(
          join(dir, manifest[s].file),
          s,
          s === 'source' ? 'ru' : 'en',
          segmenters,
          chosen(s)
        )
      )
    )
    built = buildPair(source!, target!, manifest.source.originalPath, manifest.target.originalPath)
  }
  // The alignment first: a crash between the two writes leaves rows that match their text.
  await writeFileAtomic(join(dir, ALIGNMENT_FILE), alignmentJson(built))
  await writeFileAtomic(
    join(dir, MANIFEST_FILE),
    manifestJson(manifest.id, manifest.name, manifest.createdAt, built)
  )
  return openProject(dir, now)
}

async function openOrMake(
  projectsRoot: string,
  id: string,
  built: Built,
  now: () => Date
): Promise<OpenProject> {
  const dir = join(projectsRoot, id)
  if ((await readManifestIfAny(dir)) === null)
    await writeProjectDir(projectsRoot, dir, id, built, now)
  return openProject(dir, now)
}

function importMonolingual(
  path: string,
  side: Side,
  language: Language,
  segmenters: Segmenters,
  encoding?: EncodingName
): Promise<MonolingualFile> {
  const segmenter = segmenters[language]
  return importPairSide(path, side, {
    language,
    ...(encoding ? { encoding } : {}),
    ...(segmenter ? { segmenter } : {})
  })
}

function buildPair(
  source: MonolingualFile,
  target: MonolingualFile,
  sourcePath: string,
  targetPath: string
): Built {
  const beads = alignDocuments(source.document, target.document)
  const sourceSide = manifestSide(
    'source',
    source,
    sourcePath,
    'ru',
    withSide(source.warnings, 'source')
  )
  const targetSide = manifestSide(
    'target',
    target,
    targetPath,
    'en',
    withSide(target.warnings, 'target')
  )
  return {
    name: projectName(target.document, targetPath),
    pairing: 'aligned',
    source: source.document,
    target: target.document,
    beads,
    sides: { source: sourceSide, target: targetSide },
    copies: new Map([
      [sourceSide.file, source.bytes],
      [targetSide.file, target.bytes]
    ])
  }
}

function buildBilingual(imported: ImportedFile & { kind: 'bilingual' }, path: string): Built {
  const beads: Bead[] = imported.pairs.map((pair, k) => ({
    id: `b${k}`,
    source: [...pair.source],
    target: [...pair.target],
    // The file itself says these belong together.
    confidence: 1,
    origin: 'auto'
  }))
  const side = (s: Side, language: Language): ManifestSide => ({
    ...manifestSide('bilingual', imported, path, language, []),
    warnings: imported.warnings.filter((w) => w.side === undefined || w.side === s)
  })
  return {
    name: projectName(imported.target, path),
    pairing: 'paired',
    source: imported.source,
    target: imported.target,
    beads,
    sides: { source: side('source', 'ru'), target: side('target', 'en') },
    copies: new Map([[side('source', 'ru').file, imported.bytes]])
  }
}

function withSide(warnings: readonly ImportWarning[], side: Side): ImportWarning[] {
  return warnings.map((w) => ({ ...w, side: w.side ?? side }))
}

function manifestSide(
  fileStem: 'source' | 'target' | 'bilingual',
  imported: ImportedFile,
  originalPath: string,
  language: Language,
  warnings: readonly ImportWarning[]
): ManifestSide {
  const ext = extname(originalPath).slice(1).toLowerCase()
  return {
    file: `${fileStem}.${/^[a-z0-9]{1,8}$/.test(ext) ? ext : 'txt'}`,
    originalPath,
    fileName: basename(originalPath),
    language,
    format: imported.format,
    encoding: imported.encoding,
    byteLength: imported.bytes.byteLength,
    sha256: createHash('sha256').update(imported.bytes).digest('hex'),
    warnings: [...warnings]
  }
}

async function writeProjectDir(
  projectsRoot: string,
  dir: string,
  id: string,
  built: Built,
  now: () => Date
): Promise<void> {
  // Build the whole folder under a temporary name, then rename: a crash leaves no half-made project.
  await mkdir(projectsRoot, { recursive: true })
  const tmp = join(projectsRoot, `.tmp-${id}-${randomBytes(4).toString('hex')}`)
  await mkdir(tmp)
  try {
    for (const [file, bytes] of built.copies) await writeDurable(join(tmp, file), bytes)
    await writeDurable(join(tmp, ALIGNMENT_FILE), alignmentJson(built))
    await writeDurable(join(tmp, REVIEW_LOG_FILE), '')
    await writeDurable(
      join(tmp, MANIFEST_FILE),
      manifestJson(id, built.name, now().toISOString(), built)
    )
    await syncDirectory(tmp)
    await rename(tmp, dir)
    await syncDirectory(projectsRoot)
  } catch (error) {
    await rm(tmp, { recursive: true, force: true })
    throw error
  }
}

function alignmentJson(built: Built): string {
  const alignment: AlignmentFile = {
    formatVersion: PROJECT_FORMAT_VERSION,
    aligner: built.pairing === 'paired' ? 'bilingual-file' : ALIGNER_ID,
    source: { segments: [...built.source.segments] },
    target: { segments: [...built.target.segments] },
    beads: built.beads.map((b) => ({ ...b, source: [...b.source], target: [...b.target] }))
  }
  return JSON.stringify(alignment, null, 1) + '\n'
}

function manifestJson(id: string, name: string, createdAt: string, built: Built): string {
  const manifest: Manifest = {
    formatVersion: PROJECT_FORMAT_VERSION,
    app: 'calque',
    id,
    name,
    createdAt,
    pairing: built.pairing,
    source: built.sides.source,
    target: built.sides.target
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}

async function writeDurable(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(path, data, { flush: true })
}

async function realpathFor(path: string, side?: Side): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CalqueFailure({
      code: code === 'ENOENT' || code === 'ENOTDIR' ? 'file-missing' : 'file-unreadable',
      path,
      ...(side ? { side } : {}),
      ...(code === 'ENOENT' || code === 'ENOTDIR' ? {} : { detail: (error as Error).message })
    })
  }
}

/** The English headline (first target segment) names the project; the file name if there is none. */
function projectName(target: TextDocument, path: string): string {
  const first = target.segments[0]?.text.trim() ?? ''
  const name = first.length > 0 ? first : basename(path, extname(path))
  return name.length > 80 ? `${name.slice(0, 79)}…` : name
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}
