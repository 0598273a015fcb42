/// <reference types="node" />
/**
 * A ProjectView built from the real sample pair (resources/samples/belarus-usa-ambassadors), with
 * beads made by hand: paragraph i of the Russian pairs with paragraph i of the English (the README
 * guarantees the same 26 paragraphs in the same order); sentence by sentence (1-1) where both sides
 * split into the same number of sentences, otherwise one many-to-many row with a low confidence.
 * Deliberately independent of src/shared/segment and src/shared/align, so these UI tests do not move
 * when the aligner improves.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Bead } from '@shared/domain/alignment'
import type { Language, Segment } from '@shared/domain/document'
import type { ProjectView, SideView } from '@shared/ipc/contract'
import { initialReviewState } from '@shared/review/replay'

export const SAMPLE_DIR = resolve(
  __dirname,
  '../../../../resources/samples/belarus-usa-ambassadors'
)

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

export function sampleProject(overrides: Partial<ProjectView> = {}): ProjectView {
  const ru = readSide('ru.txt')
  const en = readSide('en.txt')
  const beads: Bead[] = []
  let s = 0
  let t = 0
  ru.paragraphs.forEach((sourceSentences, p) => {
    const targetSentences = en.paragraphs[p] ?? []
    const range = (from: number, count: number): number[] =>
      Array.from({ length: count }, (_, i) => from + i)
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
  const view: ProjectView = {
    id: 'belarus-usa-ambassadors',
    name: 'USA and Belarus ready to restore relations',
    dir: '/home/reviewer/Calque/belarus-usa-ambassadors',
    source: sideView('ru.txt', 'ru', ru),
    target: sideView('en.txt', 'en', en),
    pairing: 'aligned',
    beads,
    review: initialReviewState(beads),
    notices: [],
    ...overrides
  }
  // The review state holds the current rows: made from the final beads unless given.
  return overrides.review ? view : { ...view, review: initialReviewState(view.beads) }
}

/**
 * Splits a 1-1 row into an omission (1-0) and an addition (0-1), as an aligner does when it cannot
 * pair two sentences: both texts stay real, and the row ids are renumbered in order.
 */
export function withUnpairedRow(project: ProjectView, beadId: string): ProjectView {
  const beads = project.beads.flatMap((bead): Bead[] =>
    bead.id === beadId
      ? [
          { ...bead, target: [], confidence: 0.2 },
          { ...bead, id: `${bead.id}x`, source: [], confidence: 0.2 }
        ]
      : [bead]
  )
  const renumbered = beads.map((bead, index) => ({ ...bead, id: `b${index}` }))
  return { ...project, beads: renumbered, review: initialReviewState(renumbered) }
}
