/// <reference types="node" />
/**
 * The real sample pair (resources/samples/belarus-usa-ambassadors) as main hands it to the window: an
 * `ArticleView` (both sides, the rows as aligned, the review log's records) inside an `OpenedProject`.
 * The beads are made by hand: paragraph i of the Russian pairs with paragraph i of the English (the
 * sample's README guarantees the same 26 paragraphs in the same order); sentence by sentence (1-1)
 * where both sides split into the same number of sentences, otherwise one many-to-many row with a low
 * confidence. Deliberately independent of src/shared/segment and src/shared/align, so these UI tests do
 * not move when the aligner improves.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Bead } from '@shared/domain/alignment'
import type { Language, Segment } from '@shared/domain/document'
import type { ArticleSummary, ArticleView, ProjectView, SideView } from '@shared/domain/project'
import type { OpenedProject } from '@shared/ipc/contract'
import { DEFAULT_PROJECT_SETTINGS } from '@shared/project/format'
import { replay } from '@shared/review/apply'
import { REVIEW_LOG_FORMAT_VERSION, type LogRecord, type ReviewEvent } from '@shared/review/events'
import { beadTexts } from '@shared/review/row-text'
import { MQM_CORE } from '@shared/typology/profile'

export const SAMPLE_DIR = resolve(
  __dirname,
  '../../../../resources/samples/belarus-usa-ambassadors'
)
export const PROJECT_ID = 'belarus-usa-ambassadors'
export const ARTICLE_ID = 'usa-belarus-ambassadors'

interface SampleSide {
  readonly text: string
  /** Sentence segments, grouped by paragraph. */
  readonly paragraphs: readonly Segment[][]
}

/** Sentence ends: `.`, `!`, `?` or `…` (doubled too, as the MT writes `..`), then a space and a capital or «. */
const SENTENCE_BREAK = /(?<=[.!?…]+[»"]?)\s+(?=[«"A-ZА-ЯЁ])/gu

function readSide(file: string): SampleSide {
  const text = readFileSync(join(SAMPLE_DIR, file), 'utf8')
  const paragraphs: Segment[][] = []
  const blocks = /[^\n]+(?:\n[^\n]+)*/g
  for (const block of text.matchAll(blocks)) {
    const start = block.index
    const sentences: Segment[] = []
    let from = 0
    for (const cut of block[0].matchAll(SENTENCE_BREAK)) {
      sentences.push(segment(text, start + from, start + cut.index, paragraphs.length))
      from = cut.index + cut[0].length
    }
    sentences.push(segment(text, start + from, start + block[0].length, paragraphs.length))
    paragraphs.push(sentences)
  }
  return { text, paragraphs }
}

function segment(text: string, start: number, end: number, paragraph: number): Segment {
  return { text: text.slice(start, end), start, end, paragraph }
}

function sideView(file: string, language: Language, side: SampleSide): SideView {
  return {
    originalPath: join(SAMPLE_DIR, file),
    fileName: file,
    language,
    format: 'txt',
    encoding: { name: 'utf-8', source: 'detected', confidence: 1 },
    segments: side.paragraphs.flat(),
    warnings: []
  }
}

function sampleBeads(ru: SampleSide, en: SampleSide): Bead[] {
  const beads: Bead[] = []
  let s = 0
  let t = 0
  const range = (from: number, count: number): number[] =>
    Array.from({ length: count }, (_, i) => from + i)
  ru.paragraphs.forEach((sourceSentences, p) => {
    const targetSentences = en.paragraphs[p] ?? []
    if (sourceSentences.length === targetSentences.length) {
      sourceSentences.forEach((_, i) =>
        beads.push({
          id: `b${beads.length}`,
          source: [s + i],
          target: [t + i],
          confidence: 0.92,
          origin: 'auto'
        })
      )
    } else {
      beads.push({
        id: `b${beads.length}`,
        source: range(s, sourceSentences.length),
        target: range(t, targetSentences.length),
        confidence: 0.31,
        origin: 'auto'
      })
    }
    s += sourceSentences.length
    t += targetSentences.length
  })
  return beads
}

/** The sample article with an empty review log, as `openArticle` returns it. */
export function sampleArticle(overrides: Partial<ArticleView> = {}): ArticleView {
  const ru = readSide('ru.txt')
  const en = readSide('en.txt')
  return {
    projectId: PROJECT_ID,
    id: ARTICLE_ID,
    name: 'USA and Belarus ready to restore relations',
    source: sideView('ru.txt', 'ru', ru),
    target: sideView('en.txt', 'en', en),
    pairing: 'aligned',
    beads: sampleBeads(ru, en),
    records: [],
    notices: [],
    readOnly: null,
    typology: MQM_CORE,
    ...overrides
  }
}

/** The project holding `articles` (the sample by default), as `currentProject`/`openSample` return it. */
export function openedProject(
  articles: readonly ArticleView[] = [sampleArticle()],
  overrides: Partial<ProjectView> = {},
  place: OpenedProject['place'] = null
): OpenedProject {
  return {
    project: {
      id: articles[0]?.projectId ?? PROJECT_ID,
      name: 'Belarus and the USA',
      dir: `/home/reviewer/Calque/${PROJECT_ID}`,
      readOnly: null,
      settings: DEFAULT_PROJECT_SETTINGS,
      articles: articles.map(summaryOf),
      notices: [],
      ...overrides
    },
    place
  }
}

/** The project panel's line for an article, counted the way main counts it (from the replayed log). */
export function summaryOf(article: ArticleView): ArticleSummary {
  const state = replay(article.records, baseOf(article))
  const flags = [...state.flags.values()]
  return {
    id: article.id,
    name: article.name,
    sourceFile: article.source.fileName,
    targetFile: article.target.fileName,
    pairing: article.pairing,
    rows: state.beads.length,
    reviewedRows: state.beads.filter((b) =>
      ['reviewed', 'confirmed'].includes(state.notes.get(b.id)?.status ?? '')
    ).length,
    editedRows: state.beads.filter((b) => state.notes.get(b.id)?.edit !== undefined).length,
    flags: flags.length,
    openFlags: flags.filter((f) => f.status === 'open').length,
    sourceWords: 0
  }
}

export function baseOf(article: ArticleView) {
  return { beads: article.beads, source: article.source.segments, target: article.target.segments }
}

/** Events as the log holds them after earlier sessions: stamped by main with seq, time and author. */
export function recorded(
  events: readonly ReviewEvent[],
  author = 'anna',
  at = '2026-11-20T10:00:00.000Z'
): LogRecord[] {
  return events.map((event, seq) => ({
    formatVersion: REVIEW_LOG_FORMAT_VERSION,
    seq,
    at,
    author,
    event
  }))
}

/** The article with earlier review work in its log. */
export function withReview(article: ArticleView, events: readonly ReviewEvent[]): ArticleView {
  return { ...article, records: recorded(events) }
}

/** The texts of a row, as flags index them (segments joined by one space). */
export function textsOf(article: ArticleView, bead: Bead) {
  return beadTexts(bead, article.source.segments, article.target.segments)
}

/** The first row whose English contains `phrase`: its 0-based index, bead and texts. */
export function rowWith(article: ArticleView, phrase: string) {
  const index = article.beads.findIndex((b) => textsOf(article, b).target.includes(phrase))
  if (index === -1) throw new Error(`no row of the sample has "${phrase}" in its English`)
  const bead = article.beads[index]!
  return { index, bead, texts: textsOf(article, bead) }
}

/**
 * Splits a 1-1 row into an omission (1-0) and an addition (0-1), as an aligner does when it cannot
 * pair two sentences: both texts stay real, and the row ids are renumbered in order.
 */
export function withUnpairedRow(article: ArticleView, beadId: string): ArticleView {
  const beads = article.beads.flatMap((bead): Bead[] =>
    bead.id === beadId
      ? [
          { ...bead, target: [], confidence: 0.2 },
          { ...bead, id: `${bead.id}x`, source: [], confidence: 0.2 }
        ]
      : [bead]
  )
  return { ...article, beads: beads.map((bead, index) => ({ ...bead, id: `b${index}` })) }
}
