/**
 * Building an article from the user's files: import both sides (any supported format and encoding),
 * segment and align them — or keep a bilingual file's own pairing — and say what the article's files
 * will hold. Nothing is written here (project-create.ts writes).
 */
import { createHash } from 'node:crypto'
import { realpath } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Bead } from '@shared/domain/alignment'
import type { Language, TextDocument } from '@shared/domain/document'
import { CalqueFailure } from '@shared/domain/errors'
import type { EncodingName, ImportWarning } from '@shared/import/types'
import {
  PROJECT_FORMAT_VERSION,
  type AlignmentFile,
  type Manifest,
  type ManifestSide
} from '@shared/project/format'
import type { BilingualFile, ImportedFile, MonolingualFile } from './import-file'
import {
  performImport,
  type ImportJobRequest,
  type ImportJobResult,
  type UserRulesByLanguage
} from './import-job'

/** Recorded in alignment.json, so an article remembers what made its rows. */
export const ALIGNER_ID = 'calque-gale-church-anchors-v2'

type Side = 'source' | 'target'

/**
 * How the reading, segmenting and aligning run: the app runs them in a worker thread (`runImportJob`:
 * the window stays responsive, the user can cancel, a hostile file exhausts only the worker); tests and
 * tools may run them in this thread.
 */
export type ImportRunner = (request: ImportJobRequest) => Promise<ImportJobResult>

export const importInThisThread: ImportRunner = (request) => performImport(request)

export interface BuiltArticle {
  readonly name: string
  /** What makes two builds the same article: the real paths of the files it came from. */
  readonly identity: string
  readonly pairing: Manifest['pairing']
  readonly source: TextDocument
  readonly target: TextDocument
  readonly beads: readonly Bead[]
  readonly sides: { readonly source: ManifestSide; readonly target: ManifestSide }
  /** File name in the article folder -> the original bytes. */
  readonly copies: ReadonlyMap<string, Uint8Array>
}

export interface PairRequest {
  readonly sourcePath: string
  readonly targetPath: string
  /** The user's sentence rules (`loadUserRules`); the built-in rules otherwise. */
  readonly userRules?: UserRulesByLanguage
  readonly sourceEncoding?: EncodingName
  readonly targetEncoding?: EncodingName
  /** Paths recorded as the originals (re-encoding reads the article's own copies). */
  readonly originalPaths?: { readonly source: string; readonly target: string }
  readonly run?: ImportRunner
}

export async function buildPairArticle(request: PairRequest): Promise<BuiltArticle> {
  const [sourceReal, targetReal] = await Promise.all([
    realpathFor(request.sourcePath, 'source'),
    realpathFor(request.targetPath, 'target')
  ])
  if (sourceReal === targetReal) {
    throw new CalqueFailure({ code: 'pair-same-file', path: request.sourcePath })
  }
  const result = await (request.run ?? importInThisThread)({
    kind: 'pair',
    sourcePath: sourceReal,
    targetPath: targetReal,
    ...(request.sourceEncoding ? { sourceEncoding: request.sourceEncoding } : {}),
    ...(request.targetEncoding ? { targetEncoding: request.targetEncoding } : {}),
    ...(request.userRules ? { userRules: request.userRules } : {})
  })
  if (result.kind !== 'pair') throw new CalqueFailure({ code: 'internal', detail: 'not a pair' })
  const originals = request.originalPaths ?? { source: sourceReal, target: targetReal }
  return buildPair(result.source, result.target, result.beads, originals.source, originals.target)
}

export async function buildBilingualArticle(
  path: string,
  options: {
    readonly encoding?: EncodingName
    readonly originalPath?: string
    readonly run?: ImportRunner
  } = {}
): Promise<BuiltArticle> {
  const real = await realpathFor(path)
  const result = await (options.run ?? importInThisThread)({
    kind: 'bilingual',
    path: real,
    ...(options.encoding ? { encoding: options.encoding } : {})
  })
  if (result.kind !== 'bilingual') throw new CalqueFailure({ code: 'not-bilingual', path })
  return buildBilingual(result.file, result.beads, options.originalPath ?? real)
}

/**
 * The article's files read again with another encoding for one side (from the article's own copies;
 * the other side keeps a user's earlier choice).
 */
export function rebuildWithEncoding(
  articleDir: string,
  manifest: Manifest,
  side: Side,
  encoding: EncodingName,
  userRules: UserRulesByLanguage,
  run?: ImportRunner
): Promise<BuiltArticle> {
  if (manifest.pairing === 'paired') {
    return buildBilingualArticle(join(articleDir, manifest.source.file), {
      encoding,
      originalPath: manifest.source.originalPath,
      ...(run ? { run } : {})
    })
  }
  const chosen = (s: Side): EncodingName | undefined =>
    s === side
      ? encoding
      : manifest[s].encoding.source === 'user'
        ? manifest[s].encoding.name
        : undefined
  const sourceEncoding = chosen('source')
  const targetEncoding = chosen('target')
  return buildPairArticle({
    sourcePath: join(articleDir, manifest.source.file),
    targetPath: join(articleDir, manifest.target.file),
    userRules,
    ...(sourceEncoding ? { sourceEncoding } : {}),
    ...(targetEncoding ? { targetEncoding } : {}),
    originalPaths: { source: manifest.source.originalPath, target: manifest.target.originalPath },
    ...(run ? { run } : {})
  })
}

function buildPair(
  source: MonolingualFile,
  target: MonolingualFile,
  beads: readonly Bead[],
  sourcePath: string,
  targetPath: string
): BuiltArticle {
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
    name: articleName(target.document, targetPath),
    identity: `${sourcePath}\0${targetPath}`,
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

function buildBilingual(
  imported: BilingualFile,
  beads: readonly Bead[],
  path: string
): BuiltArticle {
  const side = (s: Side, language: Language): ManifestSide => ({
    ...manifestSide('bilingual', imported, path, language, []),
    warnings: imported.warnings.filter((w) => w.side === undefined || w.side === s)
  })
  return {
    name: articleName(imported.target, path),
    identity: `bilingual\0${path}`,
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

/** What alignment.json holds for this article (written by `writeAlignmentFile`). */
export function alignmentFileOf(built: BuiltArticle): AlignmentFile {
  return {
    formatVersion: PROJECT_FORMAT_VERSION,
    aligner: built.pairing === 'paired' ? 'bilingual-file' : ALIGNER_ID,
    source: { segments: [...built.source.segments] },
    target: { segments: [...built.target.segments] },
    beads: built.beads.map((b) => ({ ...b, source: [...b.source], target: [...b.target] }))
  }
}

export function manifestJson(id: string, built: BuiltArticle, createdAt: string): string {
  const manifest: Manifest = {
    formatVersion: PROJECT_FORMAT_VERSION,
    app: 'calque',
    id,
    name: built.name,
    createdAt,
    pairing: built.pairing,
    source: built.sides.source,
    target: built.sides.target
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}

async function realpathFor(path: string, side?: Side): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const missing = code === 'ENOENT' || code === 'ENOTDIR'
    throw new CalqueFailure({
      code: missing
        ? 'file-missing'
        : code === 'ELOOP'
          ? 'path-loop'
          : code === 'ENAMETOOLONG'
            ? 'path-too-long'
            : 'file-unreadable',
      path,
      ...(side ? { side } : {}),
      ...(missing || code === 'ELOOP' || code === 'ENAMETOOLONG'
        ? {}
        : { detail: (error as Error).message })
    })
  }
}

/** The English headline (first target segment) names the article; the file name if there is none. */
function articleName(target: TextDocument, path: string): string {
  const first = target.segments[0]?.text.trim() ?? ''
  const name = first.length > 0 ? first : basename(path, extname(path))
  return name.length > 80 ? `${name.slice(0, 79)}…` : name
}
