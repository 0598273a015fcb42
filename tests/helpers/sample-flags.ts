/**
 * Flags on real errors of the sample's MT (resources/samples/belarus-usa-ambassadors/en.txt),
 * appended through the real backend's `appendReview` as a reviewer's earlier work, so the dashboard
 * opens on a reviewed project. Used by the dashboard's component tests and its end-to-end test.
 */
import type { Handlers } from '@shared/ipc/contract'
import { rowText } from '@shared/review/row-text'

export interface SampleFlag {
  /** Words of the MT to flag, in the `occurrence`-th row that has them (0-based). */
  readonly phrase: string
  readonly occurrence?: number
  readonly category: string
  readonly severity: 'minor' | 'major' | 'critical'
  readonly comment?: string
}

export const SAMPLE_FLAGS: readonly SampleFlag[] = [
  { phrase: 'September 17..', category: 'linguistic-conventions/punctuation', severity: 'minor' },
  {
    phrase: 'morning chairs –money in the evening',
    category: 'style/unidiomatic',
    severity: 'major',
    comment: 'Word-for-word calque of «утром стулья — вечером деньги»'
  },
  {
    phrase: 'Lukashenka',
    category: 'terminology/inconsistent-use',
    severity: 'minor',
    comment: 'Lukashenko elsewhere in the article'
  },
  { phrase: 'chargé d’affaires', category: 'accuracy/mistranslation', severity: 'major' },
  { phrase: 'relations..', category: 'linguistic-conventions/punctuation', severity: 'minor' },
  {
    phrase: 'Lukashenka',
    occurrence: 2,
    category: 'terminology/inconsistent-use',
    severity: 'minor'
  },
  {
    phrase: '«Voices of America»',
    category: 'accuracy/mistranslation',
    severity: 'critical',
    comment: 'The broadcaster is Voice of America'
  }
]

export interface SeededSample {
  readonly projectId: string
  readonly articleId: string
  /** 1-based row of each flag, in `flags` order. */
  readonly rows: readonly number[]
  /** Flag ids, in `flags` order (`seed-0`, …). */
  readonly ids: readonly string[]
}

/** Opens the sample through the backend and flags it; `flags: []` leaves it unflagged. */
export async function seedSample(
  handlers: Handlers,
  flags: readonly SampleFlag[] = SAMPLE_FLAGS
): Promise<SeededSample> {
  const opened = await handlers.openSample({})
  if (!opened.ok) throw new Error(`the sample did not open: ${opened.error.code}`)
  const projectId = opened.value.project.id
  const articleId = opened.value.project.articles[0]!.id
  const article = await handlers.openArticle({ projectId, articleId })
  if (!article.ok) throw new Error(`the sample article did not open: ${article.error.code}`)
  const { beads, target } = article.value
  const texts = beads.map((b) => rowText(target.segments, b.target))
  const rows: number[] = []
  const ids: string[] = []
  for (const [i, spec] of flags.entries()) {
    const matching = texts.flatMap((text, row) => (text.includes(spec.phrase) ? [row] : []))
    const row = matching[spec.occurrence ?? 0]
    if (row === undefined) throw new Error(`"${spec.phrase}" is not in the sample's MT`)
    const start = texts[row]!.indexOf(spec.phrase)
    const at = new Date().toISOString()
    const id = `seed-${i}`
    const result = await handlers.appendReview({
      projectId,
      articleId,
      event: {
        type: 'flag.add',
        flag: {
          id,
          row: beads[row]!.id,
          side: 'target',
          span: [start, start + spec.phrase.length],
          category: spec.category,
          severity: spec.severity,
          comment: spec.comment ?? '',
          status: 'open',
          origin: 'reviewer',
          author: '',
          createdAt: at,
          updatedAt: at
        }
      }
    })
    if (!result.ok) throw new Error(`flag ${i} was refused: ${result.error.code}`)
    rows.push(row + 1)
    ids.push(id)
  }
  return { projectId, articleId, rows, ids }
}
