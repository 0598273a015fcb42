/**
 * One article of a project on disk: its manifest, its alignment (validated: rows cover every segment
 * once, in order) and its review log, opened with the log's writer (or read-only).
 */
import { join } from 'node:path'
import type { CalqueError } from '@shared/domain/errors'
import type { ArticleSummary, ArticleView, SideView } from '@shared/domain/project'
import {
  ALIGNMENT_FILE,
  PROJECT_FORMAT_VERSION,
  REVIEW_LOG_FILE,
  alignmentFileSchema,
  type AlignmentFile,
  type ArticleEntry,
  type Manifest,
  type ManifestSide
} from '@shared/project/format'
import { countWords } from '@shared/metrics/word-count'
import { reviewBase, type ReviewBase } from '@shared/review/apply'
import { flagList, statusOf } from '@shared/review/state'
import type { Typology } from '@shared/typology/profile'
import type { FsPort } from './fs-port'
import { readArticleManifest, readProjectJson } from './project-files'
import { openReviewLog, type OpenedLog } from './review-log'

export interface OpenArticle {
  readonly entry: ArticleEntry
  /** Absolute folder of the article's files. */
  readonly dir: string
  readonly manifest: Manifest
  readonly alignment: AlignmentFile
  readonly base: ReviewBase
  readonly log: OpenedLog
}

export interface ArticleEnv {
  readonly fs: FsPort
  readonly now: () => Date
  readonly typology: Typology
  readonly readOnly: CalqueError | null
  readonly assertLock?: () => Promise<void>
  /** A just-made article: its empty log is expected. */
  readonly fresh?: boolean
}

export async function openArticle(
  projectDir: string,
  entry: ArticleEntry,
  env: ArticleEnv
): Promise<OpenArticle> {
  const dir = join(projectDir, entry.dir)
  const manifest = await readArticleManifest(env.fs, dir)
  const alignment = await readProjectJson(
    env.fs,
    dir,
    ALIGNMENT_FILE,
    alignmentFileSchema,
    PROJECT_FORMAT_VERSION
  )
  const base = reviewBase(alignment)
  const log = await openReviewLog(join(dir, REVIEW_LOG_FILE), {
    fs: env.fs,
    now: env.now,
    base,
    typology: env.typology,
    ...(env.readOnly ? { readOnly: env.readOnly } : {}),
    ...(env.fresh ? { expectNew: true } : {}),
    ...(env.assertLock ? { assertLock: env.assertLock } : {})
  })
  return { entry, dir, manifest, alignment, base, log }
}

/** The review state now: the writer's if the article is writable, else the state it opened with. */
export function currentState(article: OpenArticle): OpenedLog['state'] {
  return article.log.writer?.state ?? article.log.state
}

/** The article's source words, counted once per opened article (its alignment does not change). */
const sourceWordCounts = new WeakMap<OpenArticle['alignment'], number>()
function sourceWordsOf(article: OpenArticle): number {
  let words = sourceWordCounts.get(article.alignment)
  if (words === undefined) {
    words = 0
    for (const segment of article.alignment.source.segments) words += countWords(segment.text)
    sourceWordCounts.set(article.alignment, words)
  }
  return words
}

export function summarise(article: OpenArticle): ArticleSummary {
  const state = currentState(article)
  let reviewedRows = 0
  let editedRows = 0
  for (const bead of state.beads) {
    const status = statusOf(state, bead.id)
    if (status === 'reviewed' || status === 'confirmed') reviewedRows++
    if (state.notes.get(bead.id)?.edit !== undefined) editedRows++
  }
  const flags = flagList(state)
  const sourceWords = sourceWordsOf(article)
  return {
    id: article.entry.id,
    name: article.entry.name,
    sourceFile: article.manifest.source.fileName,
    targetFile: article.manifest.target.fileName,
    pairing: article.manifest.pairing,
    rows: state.beads.length,
    reviewedRows,
    editedRows,
    flags: flags.length,
    openFlags: flags.filter((f) => f.status === 'open').length,
    sourceWords
  }
}

/**
 * What the renderer needs to show the article: both sides, the rows as first aligned and the log
 * records to replay — those read on opening plus every one acknowledged since, so a reloaded window
 * sees all saved work.
 */
export function articleView(
  projectId: string,
  article: OpenArticle,
  typology: Typology,
  readOnly: CalqueError | null
): ArticleView {
  const { manifest, alignment } = article
  const records = [...article.log.records, ...(article.log.writer?.appended ?? [])]
  return {
    projectId,
    id: article.entry.id,
    name: article.entry.name,
    source: sideView(manifest.source, alignment.source.segments),
    target: sideView(manifest.target, alignment.target.segments),
    pairing: manifest.pairing,
    beads: alignment.beads,
    records,
    notices: article.log.notices,
    readOnly: readOnly ?? article.log.readOnly ?? null,
    typology
  }
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
