/**
 * Segmentation against real news: WMT21-23 ru-en test documents, one (mostly) sentence per row. Each
 * document's rows are joined with spaces per `para_idx` paragraph, segmented, and the row boundaries
 * are compared with the segment boundaries. Not every row boundary is a sentence boundary: headlines
 * have no final period and are glued to the next row, poems are split by line, and some rows hold two
 * sentences, so 100% is out of reach by design. `punctuated recall` counts only the row boundaries
 * after sentence punctuation, the ones a segmenter can see.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/domain/document'
import { buildDocument } from '@shared/segment/document'
import { corporaDir, hasCorpora, SKIP_NO_CORPORA } from '../../../helpers/paths'

const corpusFile = join(corporaDir, 'wmt_ruen_docs/wmt21-23_ru-en_docs.tsv')
const hasWmt = hasCorpora && existsSync(corpusFile)

/** Rows of each paragraph of each document, in file order. */
function readParagraphs(): Map<string, Record<string, string>[]> {
  const [headerLine, ...lines] = readFileSync(corpusFile, 'utf8').split('\n')
  const header = headerLine!.split('\t')
  const paragraphs = new Map<string, Record<string, string>[]>()
  for (const line of lines) {
    if (line === '') continue
    const fields = line.split('\t')
    const row = Object.fromEntries(header.map((name, k) => [name, fields[k] ?? '']))
    const key = `${row['doc_id']}#${row['para_idx']}`
    paragraphs.set(key, [...(paragraphs.get(key) ?? []), row])
  }
  return paragraphs
}

interface Score {
  readonly precision: number
  readonly recall: number
  readonly punctuatedRecall: number
  readonly boundaries: number
  readonly milliseconds: number
}

const SENTENCE_END = /[.!?…]["'»”’)\]]*$/

function score(paragraphs: Map<string, Record<string, string>[]>, language: Language): Score {
  let truePositives = 0
  let predicted = 0
  let gold = 0
  let punctuated = 0
  let punctuatedFound = 0
  let milliseconds = 0
  for (const rows of paragraphs.values()) {
    const sentences = rows.map((row) => row[language]!.trim()).filter((text) => text !== '')
    const text = sentences.join(' ')
    const goldStarts = new Map<number, boolean>()
    let offset = 0
    sentences.forEach((sentence, k) => {
      if (k > 0) goldStarts.set(offset, SENTENCE_END.test(sentences[k - 1]!))
      offset += sentence.length + 1
    })
    const started = performance.now()
    const document = buildDocument(text, language)
    milliseconds += performance.now() - started
    const predictedStarts = new Set(document.segments.slice(1).map((segment) => segment.start))

    predicted += predictedStarts.size
    gold += goldStarts.size
    for (const [start, afterPunctuation] of goldStarts) {
      const found = predictedStarts.has(start)
      if (found) truePositives++
      if (afterPunctuation) {
        punctuated++
        if (found) punctuatedFound++
      }
    }
  }
  return {
    precision: truePositives / predicted,
    recall: truePositives / gold,
    punctuatedRecall: punctuatedFound / punctuated,
    boundaries: gold,
    milliseconds
  }
}

const title = `segmentation on WMT21-23 ru-en news (${hasWmt ? 'wmt21-23_ru-en_docs.tsv' : SKIP_NO_CORPORA})`

describe.skipIf(!hasWmt)(title, () => {
  const paragraphs = hasWmt ? readParagraphs() : new Map()

  it.each<[Language, { precision: number; recall: number; punctuatedRecall: number }]>([
    // Measured: ru P 0.990 R 0.918 (after punctuation 0.998); en P 0.980 R 0.919 (0.998).
    ['ru', { precision: 0.985, recall: 0.91, punctuatedRecall: 0.99 }],
    ['en', { precision: 0.975, recall: 0.91, punctuatedRecall: 0.99 }]
  ])('recovers the row boundaries of the %s side', (language, floor) => {
    const result = score(paragraphs, language)
    console.log(
      `WMT ${language}: ${result.boundaries} row boundaries, precision ${result.precision.toFixed(4)}, ` +
        `recall ${result.recall.toFixed(4)}, recall after sentence punctuation ` +
        `${result.punctuatedRecall.toFixed(4)}; segmented in ${result.milliseconds.toFixed(0)} ms`
    )
    expect(result.boundaries).toBeGreaterThan(3500)
    expect(result.precision).toBeGreaterThanOrEqual(floor.precision)
    expect(result.recall).toBeGreaterThanOrEqual(floor.recall)
    expect(result.punctuatedRecall).toBeGreaterThanOrEqual(floor.punctuatedRecall)
  })
})
