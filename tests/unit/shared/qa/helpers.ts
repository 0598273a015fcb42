/** Rows for the checks: the real sample pair through the real text engine, and hand-made rows. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { alignDocuments } from '@shared/align'
import type { Bead } from '@shared/domain/alignment'
import type { TextDocument } from '@shared/domain/document'
import {
  createSpeller,
  runChecks,
  type CheckId,
  type Finding,
  type QaOptions,
  type QaRow,
  type Speller
} from '@shared/qa'
import { alignedRows } from '@shared/review/reviewed-article'
import { buildDocument } from '@shared/segment/document'
import { sampleEn, sampleRu } from '../../../helpers/paths'

export function rowsOf(
  source: TextDocument,
  target: TextDocument,
  beads: readonly Bead[]
): QaRow[] {
  return alignedRows(beads, { source: source.segments, target: target.segments })
}

let sample: QaRow[] | undefined

/** The sample article's 50 rows, aligned as the app aligns them. */
export function sampleRows(): QaRow[] {
  if (!sample) {
    const source = buildDocument(readFileSync(sampleRu, 'utf8'), 'ru')
    const target = buildDocument(readFileSync(sampleEn, 'utf8'), 'en')
    sample = rowsOf(source, target, alignDocuments(source, target))
  }
  return sample
}

/** One-to-one rows from pairs of texts (one paragraph each). */
export function rows(...pairs: readonly (readonly [string, string])[]): QaRow[] {
  return pairs.map(([source, target], index) => ({
    id: `b${index}`,
    index,
    source,
    target,
    sourceSegments: source === '' ? [] : [index],
    targetSegments: target === '' ? [] : [index],
    confidence: 1,
    sourceParagraph: source === '' ? null : index,
    targetParagraph: target === '' ? null : index
  }))
}

/** The findings of one check. */
export function check(id: CheckId, input: readonly QaRow[], options: QaOptions = {}): Finding[] {
  return runChecks(input, { ...options, enabled: [id] })
}

let speller: Speller | undefined

/** The en-US Hunspell speller of the dictionary-en package (read from its folder, as main does). */
export function englishSpeller(): Speller {
  if (!speller) {
    const folder = dirname(createRequire(__filename).resolve('dictionary-en'))
    speller = createSpeller(
      readFileSync(join(folder, 'index.aff'), 'utf8'),
      readFileSync(join(folder, 'index.dic'), 'utf8')
    )
  }
  return speller
}
