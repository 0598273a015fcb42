/**
 * The real sample pair (resources/samples/belarus-usa-ambassadors), imported and aligned by the app's
 * own pipeline, with a review a translator could have done: the calque of «утром стулья — вечером
 * деньги» flagged and post-edited, flags that overlap and cross it, an omission flagged on the Russian
 * side, resolved and rejected flags, a discussion thread, and XML-special characters in comments.
 */
import { readFileSync } from 'node:fs'
import { alignDocuments } from '@shared/align'
import type { ReviewedArticle } from '@shared/domain/article'
import type { Flag, Severity } from '@shared/domain/review'
import { buildReviewedArticle } from '@shared/export/reviewed-article'
import { importFile } from '@shared/import'
import { rowText } from '@shared/review/row-text'
import { sampleEn, sampleRu } from '../../../helpers/paths'

function monolingual(path: string, language: 'ru' | 'en') {
  const imported = importFile(new Uint8Array(readFileSync(path)), path, { language })
  if (imported.kind !== 'monolingual') throw new Error(`${path} is not monolingual`)
  return imported.document
}

export const sampleSource = monolingual(sampleRu, 'ru')
export const sampleTarget = monolingual(sampleEn, 'en')
export const sampleBeads = alignDocuments(sampleSource, sampleTarget)

/** Row text of one side of a sample row, as flag spans index it. */
export function sampleRowText(row: string, side: 'source' | 'target'): string {
  const bead = sampleBeads.find((b) => b.id === row)
  if (!bead) throw new Error(`no row ${row}`)
  return side === 'source'
    ? rowText(sampleSource.segments, bead.source)
    : rowText(sampleTarget.segments, bead.target)
}

/** `[start, end)` of `needle` in a row's text (the `nth` occurrence); fails loudly if absent. */
export function spanIn(
  row: string,
  side: 'source' | 'target',
  needle: string,
  nth = 0
): [number, number] {
  const text = sampleRowText(row, side)
  let at = -1
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) throw new Error(`"${needle}" not in ${row} ${side}: ${text}`)
  }
  return [at, at + needle.length]
}

let clock = Date.parse('2026-11-27T10:00:00.000Z')
function flag(
  id: string,
  row: string,
  side: 'source' | 'target',
  span: [number, number],
  category: string,
  severity: Severity,
  comment: string,
  extra: Partial<Flag> = {}
): Flag {
  clock += 7000
  const at = new Date(clock).toISOString()
  return {
    id,
    row,
    side,
    span,
    category,
    severity,
    comment,
    status: 'open',
    origin: 'reviewer',
    author: 'anna',
    createdAt: at,
    updatedAt: at,
    ...extra
  }
}

const CALQUE = 'morning chairs –money in the evening'

export const sampleFlags: readonly Flag[] = [
  flag(
    'f-calque',
    'b25',
    'target',
    spanIn('b25', 'target', CALQUE),
    'accuracy/mistranslation',
    'major',
    'Idiom calqued word for word: «утром стулья — вечером деньги» means "deliver first & get paid later" <not chairs>'
  ),
  // Same span, second opinion: the two share one mark (stand-off issues).
  flag(
    'f-calque-style',
    'b25',
    'target',
    spanIn('b25', 'target', CALQUE),
    'style/unidiomatic',
    'minor',
    'Reads as nonsense to an English reader',
    {
      status: 'rejected',
      author: 'boris',
      resolution: {
        note: 'Covered by the mistranslation flag',
        by: 'anna',
        at: '2026-11-28T09:00:00.000Z'
      }
    }
  ),
  // Crosses the calque span: starts before it, ends inside it.
  flag(
    'f-quote',
    'b25',
    'target',
    spanIn('b25', 'target', 'states: "morning'),
    'linguistic-conventions/punctuation',
    'minor',
    'Straight quotes inside guillemets'
  ),
  // Nested inside the calque span: the dash glued to the next word.
  flag(
    'f-dash',
    'b25',
    'target',
    spanIn('b25', 'target', '–money'),
    'linguistic-conventions/punctuation',
    'minor',
    'Spaced en dash lost its space'
  ),
  flag(
    'f-period',
    'b3',
    'target',
    spanIn('b3', 'target', '..'),
    'linguistic-conventions/punctuation',
    'minor',
    'Doubled period',
    {
      status: 'resolved',
      resolution: { note: 'Fixed in the post-edit', by: 'anna', at: '2026-11-28T09:05:00.000Z' }
    }
  ),
  flag(
    'f-omission',
    'b34',
    'source',
    spanIn('b34', 'source', 'настроен'),
    'accuracy/omission',
    'major',
    'The MT dropped the verb: "Statkevich much more skeptical"'
  ),
  flag(
    'f-voices',
    'b19',
    'target',
    spanIn('b19', 'target', '«Voices of America: «'),
    'linguistic-conventions/punctuation',
    'minor',
    'Unbalanced guillemets',
    {
      thread: [
        {
          id: 'c1',
          author: 'boris',
          at: '2026-11-28T10:00:00.000Z',
          text: 'Voice or Voices?\nRFE uses "Voice".'
        },
        {
          id: 'c2',
          author: 'anna',
          at: '2026-11-28T10:02:00.000Z',
          text: 'Voice of America — fix both.'
        }
      ]
    }
  ),
  flag(
    'f-name',
    'b26',
    'target',
    spanIn('b26', 'target', 'Lukashenka'),
    'terminology/inconsistent-use',
    'minor',
    'Lukashenko elsewhere',
    { origin: 'check:names' }
  ),
  flag(
    'f-boilerplate',
    'b49',
    'target',
    [0, sampleRowText('b49', 'target').length],
    'accuracy/addition',
    'critical',
    'Page boilerplate, not part of the article'
  )
]

export const sampleEdits: Readonly<Record<string, string>> = {
  b3: 'This became known following the visit of US Under Secretary of State for Political Affairs David Hale to Belarus, which ended on September 17.',
  b8: '“I am pleased to take part in the announcement of readiness for an exchange of ambassadors as the next step to normalize our relations,” he said.',
  b25: 'To the Belarusian opposition politician, this combination seems right: “In plain, simple language, Washington is saying: ‘deliver first, get paid later.’',
  b49: ''
}

export const sampleArticle: ReviewedArticle = buildReviewedArticle({
  id: 'belarus-usa-ambassadors-3f2a9c1d',
  name: 'USA and Belarus ready to restore relations at the level of ambassadors',
  sourceLanguage: 'ru',
  targetLanguage: 'en',
  sourceFile: 'ru.txt',
  targetFile: 'en.txt',
  sourceSegments: sampleSource.segments,
  targetSegments: sampleTarget.segments,
  beads: sampleBeads,
  flags: sampleFlags,
  statuses: {
    ...Object.fromEntries(sampleBeads.slice(0, 11).map((b) => [b.id, 'reviewed' as const])),
    b3: 'confirmed',
    b8: 'confirmed',
    b25: 'confirmed',
    b34: 'needs-work',
    b49: 'reviewed'
  },
  edits: sampleEdits,
  // The headline and the "Commentary from politicians" subheading.
  headingParagraphs: new Set([0, 11])
})

export function sampleRow(id: string) {
  const row = sampleArticle.rows.find((r) => r.id === id)
  if (!row) throw new Error(`no row ${id}`)
  return row
}
