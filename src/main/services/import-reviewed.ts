/**
 * A reviewed bilingual file (Calque JSON, XLIFF 2.1/1.2 with ITS marks, TMX) brought into a project:
 * each article it holds becomes an article of the project — its rows as the file pairs them, the file
 * kept byte for byte — and its review (statuses, post-edits, flags with their exact spans, resolved
 * and rejected ones included) is recorded in the new article's log as ordinary review events, so it
 * is undoable and auditable like anything a reviewer did. Nothing is written unless the whole file
 * reads cleanly.
 */
import { createHash, randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { ReviewedArticle } from '@shared/domain/article'
import type { Bead } from '@shared/domain/alignment'
import type { Segment, TextDocument } from '@shared/domain/document'
import { CalqueFailure } from '@shared/domain/errors'
import type { ProjectNotice } from '@shared/domain/project'
import type { ImportFormat } from '@shared/import/types'
import type { InterchangeFormat } from '@shared/interchange/types'
import type { ReviewEvent } from '@shared/review/events'
import type { BuiltArticle } from './article-build'
import { readInterchangeFile } from './export/read-interchange-file'
import type { FsPort } from './fs-port'
import { addArticle } from './project-create'
import type { ProjectSession } from './project-session'

const FORMAT: Record<InterchangeFormat, ImportFormat> = {
  xliff21: 'xliff2',
  xliff12: 'xliff12',
  tmx: 'tmx',
  json: 'json'
}

/** Flag and comment ids must look like ids (`__proto__` and friends never do). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

export async function importReviewedFile(
  session: ProjectSession,
  path: string,
  author: string,
  now: () => Date,
  fs?: FsPort
): Promise<ProjectNotice[]> {
  const read = await readInterchangeFile(path)
  if (read.articles.length === 0) throw new CalqueFailure({ code: 'file-no-text', path, detail: 'no article' })
  const bytes = new Uint8Array(await readFile(path))
  let skipped = 0
  for (const article of read.articles) {
    const built = builtFrom(article, path, bytes, FORMAT[read.format])
    const entry = await addArticle(session, built, now, fs)
    const opened = await session.article(entry.id, true)
    const writer = opened.log.writer
    // Already imported before (the same file): its review is in its log already.
    if (!writer || writer.recordCount > 0) continue
    for (const event of reviewEvents(article, built.rowIds)) {
      try {
        await writer.append(event, author, now())
      } catch (error) {
        // A flag the file holds twice, or on text its row does not have: skipped, and said.
        if (error instanceof CalqueFailure && error.error.code === 'invalid-request') skipped++
        else throw error
      }
    }
  }
  return skipped > 0 ? [{ kind: 'review-not-imported', count: skipped }] : []
}

interface BuiltFromFile extends BuiltArticle {
  /** The file's row id -> the new article's row id. */
  readonly rowIds: ReadonlyMap<string, string>
}

/** Each row of the file is one row of the article, holding its source and target text whole. */
function builtFrom(article: ReviewedArticle, path: string, bytes: Uint8Array, format: ImportFormat): BuiltFromFile {
  const sourceSegments: Segment[] = []
  const targetSegments: Segment[] = []
  const beads: Bead[] = []
  const rowIds = new Map<string, string>()
  let sourceText = ''
  let targetText = ''
  const add = (list: Segment[], text: string, paragraph: number, doc: string): [Segment, string] => {
    const start = doc.length === 0 ? 0 : doc.length + 2
    const segment = { text, start, end: start + text.length, paragraph }
    list.push(segment)
    return [segment, doc.length === 0 ? text : `${doc}\n\n${text}`]
  }
  article.rows.forEach((row, i) => {
    const id = `b${i}`
    rowIds.set(row.id, id)
    const source: number[] = []
    const target: number[] = []
    if (row.source.length > 0) {
      ;[, sourceText] = add(sourceSegments, row.source, row.sourceParagraph ?? i, sourceText)
      source.push(sourceSegments.length - 1)
    }
    if (row.target.length > 0) {
      ;[, targetText] = add(targetSegments, row.target, row.targetParagraph ?? i, targetText)
      target.push(targetSegments.length - 1)
    }
    beads.push({ id, source, target, confidence: row.confidence, origin: row.origin })
  })
  const doc = (language: 'ru' | 'en', text: string, segments: Segment[]): TextDocument => ({
    language,
    text,
    paragraphs: segments.map((s) => ({ start: s.start, end: s.end })),
    segments
  })
  const ext = extname(path).slice(1).toLowerCase()
  const file = `bilingual.${/^[a-z0-9]{1,8}$/.test(ext) ? ext : 'xml'}`
  const side = (language: 'ru' | 'en') => ({
    file,
    originalPath: path,
    fileName: basename(path),
    language,
    format,
    encoding: { name: 'utf-8' as const, source: 'declared' as const, confidence: 1 },
    byteLength: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    warnings: []
  })
  return {
    name: article.name,
    identity: `reviewed\0${path}\0${article.id}`,
    pairing: 'paired',
    source: doc('ru', sourceText, sourceSegments),
    target: doc('en', targetText, targetSegments),
    beads,
    sides: { source: side('ru'), target: side('en') },
    copies: new Map([[file, bytes]]),
    rowIds
  }
}

/** The review the file carries, as the events a reviewer would have recorded. */
function reviewEvents(article: ReviewedArticle, rowIds: ReadonlyMap<string, string>): ReviewEvent[] {
  const events: ReviewEvent[] = []
  for (const row of article.rows) {
    const id = rowIds.get(row.id)!
    if (row.edit !== null && row.edit !== row.target) events.push({ type: 'edit.set', row: id, text: row.edit })
    if (row.status !== 'unreviewed') events.push({ type: 'status.set', row: id, status: row.status })
    for (const flag of row.flags) {
      const flagId = ID.test(flag.id) ? flag.id : randomUUID()
      events.push({
        type: 'flag.add',
        flag: {
          id: flagId,
          row: id,
          side: flag.side,
          span: [flag.span[0], flag.span[1]],
          category: flag.category,
          severity: flag.severity,
          comment: flag.comment,
          status: 'open',
          origin: /^(reviewer|import|check:[a-z0-9-]{1,60})$/.test(flag.origin) ? flag.origin : 'import',
          author: flag.author,
          createdAt: flag.createdAt,
          updatedAt: flag.updatedAt
        }
      })
      for (const comment of flag.thread ?? []) {
        events.push({
          type: 'flag.comment',
          id: flagId,
          comment: { id: ID.test(comment.id) ? comment.id : randomUUID(), text: comment.text }
        })
      }
      if (flag.status !== 'open') {
        events.push({ type: 'flag.status', ids: [flagId], status: flag.status, note: flag.resolution?.note ?? '' })
      }
    }
  }
  return events
}
