/**
 * The flag tracker's rows: every flag of a project (from its reviewed articles) or every annotation of
 * an imported MQM evaluation, in one flat shape the tracker sorts, filters and groups, and the report
 * lists. Built in project order (article by article, row by row, oldest flag first), which is also the
 * order ties keep when sorting.
 */
import type { ReviewedArticle } from '../domain/article'
import type { Flag, FlagComment, FlagResolution, FlagStatus, Side } from '../domain/review'
import { mqmAnnotationsOf } from '../mqm-tsv/annotations'
import type { MqmTsvRecord } from '../mqm-tsv/read'
import { mqmCoreCategoryOf } from '../scoring/categories'
import { spanContext, type SpanContext } from './span-context'

export interface TrackerItem {
  /** Unique in its list: `<article id>/<flag id>`, or `line:<n>` for an imported annotation. */
  readonly key: string
  /** The flag (project items): what status events name. */
  readonly flagId: string | null
  /** The article the flag is on (project items): where "jump to row" goes. */
  readonly articleId: string | null
  /** Position of the article (or the document's first appearance) in the input, for grouping. */
  readonly articleOrder: number
  /** The article's name, or the evaluation's document. */
  readonly article: string
  /** The MT system (imported evaluations); null in a project. */
  readonly system: string | null
  /** Row (bead) id in the article; null for imported annotations. */
  readonly row: string | null
  /** 1-based row number in the article, or the document segment number. */
  readonly rowNumber: number
  /** Where the span is; null when an annotation marks no span (a whole-segment error). */
  readonly side: Side | null
  readonly context: SpanContext
  /** The category as the data names it (`accuracy/mistranslation`, `Fluency/Punctuation`). */
  readonly category: string
  /** Its MQM Core counterpart, null when none fits. */
  readonly coreCategory: string | null
  /** Lower case: `minor`, `major`, … or another tool's (`trivial`). */
  readonly severity: string
  /** null: an imported annotation, which has no lifecycle here. */
  readonly status: FlagStatus | null
  /** `reviewer`, `check:<id>`, `import`, or `rater` for an evaluation's annotation. */
  readonly origin: string
  /** Who flagged it (the rater for an evaluation). */
  readonly author: string
  readonly createdAt: string | null
  readonly updatedAt: string | null
  /** The flag's comment, or the annotation's note. */
  readonly comment: string
  readonly thread: readonly FlagComment[]
  readonly resolution: FlagResolution | null
  /** The row's texts (source, MT), for the detail view. */
  readonly source: string
  readonly target: string
}

/** Every flag of the articles, article by article, row by row, oldest first on a row. */
export function trackerItemsFromArticles(articles: readonly ReviewedArticle[]): TrackerItem[] {
  const items: TrackerItem[] = []
  articles.forEach((article, articleOrder) => {
    for (const row of article.rows) {
      for (const flag of row.flags) {
        items.push(flagItem(article, articleOrder, row.index + 1, row.source, row.target, flag))
      }
    }
  })
  return items
}

function flagItem(
  article: ReviewedArticle,
  articleOrder: number,
  rowNumber: number,
  source: string,
  target: string,
  flag: Flag
): TrackerItem {
  return {
    key: `${article.id}/${flag.id}`,
    flagId: flag.id,
    articleId: article.id,
    articleOrder,
    article: article.name,
    system: null,
    row: flag.row,
    rowNumber,
    side: flag.side,
    context: spanContext(flag.side === 'source' ? source : target, flag.span),
    category: flag.category,
    coreCategory: mqmCoreCategoryOf(flag.category),
    severity: flag.severity,
    status: flag.status,
    origin: flag.origin,
    author: flag.author,
    createdAt: flag.createdAt,
    updatedAt: flag.updatedAt,
    comment: flag.comment,
    thread: flag.thread ?? [],
    resolution: flag.resolution ?? null,
    source,
    target
  }
}

const STATUSES: readonly string[] = ['open', 'resolved', 'rejected']

/**
 * Every error line of an MQM evaluation (No-error lines and attention checks are not annotations).
 * A file Calque wrote carries each flag's status in its metadata; other files have none.
 */
export function trackerItemsFromMqm(records: readonly MqmTsvRecord[]): TrackerItem[] {
  const byLine = new Map(records.map((r) => [r.line, r]))
  const docOrder = new Map<string, number>()
  for (const r of records) if (!docOrder.has(r.doc)) docOrder.set(r.doc, docOrder.size)
  return mqmAnnotationsOf(records).map((a) => {
    const record = byLine.get(a.line)!
    const status = a.metadata?.status
    const text = a.side === 'source' ? record.source : record.target
    return {
      key: `line:${a.line}`,
      flagId: null,
      articleId: null,
      articleOrder: docOrder.get(a.doc) ?? 0,
      article: a.doc,
      system: a.system,
      row: null,
      rowNumber: positiveInteger(a.docSegId),
      side: a.side,
      context: spanContext(text, a.span),
      category: a.category,
      coreCategory: a.coreCategory,
      severity: a.severity,
      status:
        typeof status === 'string' && STATUSES.includes(status) ? (status as FlagStatus) : null,
      origin: 'rater',
      author: a.author ?? a.rater,
      createdAt: null,
      updatedAt: null,
      comment: a.note,
      thread: [],
      resolution: null,
      source: record.source,
      target: record.target
    }
  })
}

function positiveInteger(value: string): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : 0
}
