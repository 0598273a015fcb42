/**
 * What the flag tracker shows of its items: filtered (a value per column, plus free text over every
 * column), sorted (any column, either way, ties kept in project order) and optionally grouped (by
 * article, category, system, severity or status) into the flat list of lines a virtualised table
 * draws, group headings included. Pure, so the same query gives the same lines anywhere.
 */
import type { TrackerItem } from './tracker-items'

export const TRACKER_COLUMNS = [
  'article',
  'system',
  'row',
  'side',
  'text',
  'category',
  'severity',
  'status',
  'origin',
  'author',
  'createdAt',
  'updatedAt',
  'comment'
] as const
export type TrackerColumn = (typeof TRACKER_COLUMNS)[number]

/** Columns filtered by picking one of their values; the others by the text they contain. */
export const VALUE_COLUMNS: readonly TrackerColumn[] = [
  'article',
  'system',
  'side',
  'category',
  'severity',
  'status',
  'origin',
  'author'
]

export const GROUPINGS = ['none', 'article', 'category', 'system', 'severity', 'status'] as const
export type Grouping = (typeof GROUPINGS)[number]

export interface SortOrder {
  readonly column: TrackerColumn
  readonly direction: 'asc' | 'desc'
}

export interface TrackerQuery {
  /** Free text: every word must occur in some column (case does not matter). */
  readonly text: string
  /** Per column: a value (value columns) or a piece of text (the others); absent or '' = any. */
  readonly filters: Readonly<Partial<Record<TrackerColumn, string>>>
  /** null: project order (article, row, oldest flag first). */
  readonly sort: SortOrder | null
  readonly groupBy: Grouping
}

export const DEFAULT_TRACKER_QUERY: TrackerQuery = {
  text: '',
  filters: {},
  sort: null,
  groupBy: 'none'
}

/** The status an imported annotation has in filters: none (it has no lifecycle). */
export const NO_STATUS = 'none'

/** The value an item has in a value column (what filters match and groups collect). */
export function columnValue(item: TrackerItem, column: TrackerColumn): string {
  switch (column) {
    case 'article':
      return item.article
    case 'system':
      return item.system ?? ''
    case 'row':
      return String(item.rowNumber)
    case 'side':
      return item.side ?? ''
    case 'text':
      return item.context.before + item.context.text + item.context.after
    case 'category':
      return item.category
    case 'severity':
      return item.severity
    case 'status':
      return item.status ?? NO_STATUS
    case 'origin':
      return originKind(item.origin)
    case 'author':
      return item.author
    case 'createdAt':
      return item.createdAt ?? ''
    case 'updatedAt':
      return item.updatedAt ?? ''
    case 'comment':
      return [item.comment, item.resolution?.note ?? '', ...item.thread.map((c) => c.text)]
        .filter((s) => s !== '')
        .join('\n')
  }
}

/** `check:spelling` -> `check:spelling`; everything is its own kind, but an empty origin is a reviewer's. */
function originKind(origin: string): string {
  return origin === '' ? 'reviewer' : origin
}

/**
 * Extra words an item is found by in free text: what the user sees for it (translated category,
 * severity and status labels). The tracker passes its labels; plain data works without.
 */
export type ItemWords = (item: TrackerItem) => readonly string[]

export function matchesQuery(
  item: TrackerItem,
  query: Pick<TrackerQuery, 'text' | 'filters'>,
  words?: ItemWords
): boolean {
  for (const column of TRACKER_COLUMNS) {
    const wanted = query.filters[column]
    if (wanted === undefined || wanted === '') continue
    if (!matchesColumn(item, column, wanted)) return false
  }
  const needles = fold(query.text).split(/\s+/u).filter(Boolean)
  if (needles.length === 0) return true
  const haystack = fold(
    [
      ...TRACKER_COLUMNS.map((c) => columnValue(item, c)),
      item.coreCategory ?? '',
      ...(words?.(item) ?? [])
    ].join('\n')
  )
  return needles.every((needle) => haystack.includes(needle))
}

function matchesColumn(item: TrackerItem, column: TrackerColumn, wanted: string): boolean {
  if (column === 'category') {
    // A dimension (`accuracy`) keeps everything under it, in the data's names or in MQM Core's.
    const under = (category: string | null): boolean =>
      category !== null &&
      (fold(category) === fold(wanted) || fold(category).startsWith(`${fold(wanted)}/`))
    return under(item.category) || under(item.coreCategory)
  }
  const value = columnValue(item, column)
  if (VALUE_COLUMNS.includes(column)) return value === wanted
  return fold(value).includes(fold(wanted))
}

/** Case and `ё` do not matter in a search. */
function fold(text: string): string {
  return text.toLocaleLowerCase().replace(/ё/gu, 'е')
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

const SEVERITY_RANK: Readonly<Record<string, number>> = {
  neutral: 1,
  minor: 2,
  major: 3,
  critical: 4
}
const STATUS_RANK: Readonly<Record<string, number>> = {
  open: 0,
  resolved: 1,
  rejected: 2,
  [NO_STATUS]: 3
}

export function severityRank(severity: string): number {
  return SEVERITY_RANK[severity] ?? 0
}

function compareBy(column: TrackerColumn): (a: TrackerItem, b: TrackerItem) => number {
  switch (column) {
    case 'row':
      return (a, b) => a.articleOrder - b.articleOrder || a.rowNumber - b.rowNumber
    case 'severity':
      return (a, b) => severityRank(a.severity) - severityRank(b.severity)
    case 'status':
      return (a, b) =>
        STATUS_RANK[columnValue(a, 'status')]! - STATUS_RANK[columnValue(b, 'status')]!
    case 'text':
      return (a, b) => collator.compare(a.context.text, b.context.text)
    case 'createdAt':
    case 'updatedAt':
      // ISO 8601 strings sort as times; items without a date go last either way (see sortItems).
      return (a, b) => {
        const x = columnValue(a, column)
        const y = columnValue(b, column)
        return x < y ? -1 : x > y ? 1 : 0
      }
    default:
      return (a, b) => collator.compare(columnValue(a, column), columnValue(b, column))
  }
}

/** Sorted copy; ties (and `sort: null`) keep the input order, which is project order. */
export function sortItems(items: readonly TrackerItem[], sort: SortOrder | null): TrackerItem[] {
  if (!sort) return [...items]
  const compare = compareBy(sort.column)
  const sign = sort.direction === 'asc' ? 1 : -1
  const empty = (item: TrackerItem): boolean => columnValue(item, sort.column) === ''
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      // Items with nothing in the column (no date, no system) go last in both directions.
      const ea = empty(a.item)
      const eb = empty(b.item)
      if (ea !== eb) return ea ? 1 : -1
      return sign * compare(a.item, b.item) || a.index - b.index
    })
    .map(({ item }) => item)
}

export type TrackerLine =
  | {
      readonly kind: 'group'
      /** `group:<grouping>:<value>`: unique among the lines. */
      readonly key: string
      readonly grouping: Exclude<Grouping, 'none'>
      /** The value the group collects (an article name, a category…); the UI makes its label. */
      readonly value: string
      /** Items in the group after filtering (shown or collapsed). */
      readonly itemKeys: readonly string[]
      readonly collapsed: boolean
    }
  | { readonly kind: 'item'; readonly key: string; readonly item: TrackerItem }

export interface ArrangedTracker {
  readonly lines: readonly TrackerLine[]
  /** Every item the filters keep, in display order (collapsed groups included). */
  readonly matched: readonly TrackerItem[]
}

/** Filter, sort, group: the lines to draw. `collapsed` holds the keys of closed group lines. */
export function arrangeTracker(
  items: readonly TrackerItem[],
  query: TrackerQuery,
  collapsed: ReadonlySet<string> = new Set(),
  words?: ItemWords
): ArrangedTracker {
  const kept = items.filter((item) => matchesQuery(item, query, words))
  const sorted = sortItems(kept, query.sort)
  if (query.groupBy === 'none') {
    return {
      lines: sorted.map((item) => ({ kind: 'item', key: item.key, item })),
      matched: sorted
    }
  }
  const grouping = query.groupBy
  const groups = new Map<string, TrackerItem[]>()
  for (const item of sorted) {
    const value = columnValue(item, grouping)
    const list = groups.get(value)
    if (list) list.push(item)
    else groups.set(value, [item])
  }
  const ordered = [...groups].sort(groupOrder(grouping))
  const lines: TrackerLine[] = []
  const matched: TrackerItem[] = []
  for (const [value, members] of ordered) {
    const key = `group:${grouping}:${value}`
    const closed = collapsed.has(key)
    lines.push({
      kind: 'group',
      key,
      grouping,
      value,
      itemKeys: members.map((m) => m.key),
      collapsed: closed
    })
    matched.push(...members)
    if (!closed) for (const item of members) lines.push({ kind: 'item', key: item.key, item })
  }
  return { lines, matched }
}

type Group = [string, TrackerItem[]]

function groupOrder(grouping: Exclude<Grouping, 'none'>): (a: Group, b: Group) => number {
  switch (grouping) {
    case 'article':
      return (a, b) => a[1][0]!.articleOrder - b[1][0]!.articleOrder
    case 'category':
      // The most frequent problems first.
      return (a, b) => b[1].length - a[1].length || collator.compare(a[0], b[0])
    case 'severity':
      return (a, b) => severityRank(b[0]) - severityRank(a[0]) || collator.compare(a[0], b[0])
    case 'status':
      return (a, b) => STATUS_RANK[a[0]]! - STATUS_RANK[b[0]]!
    case 'system':
      return (a, b) => collator.compare(a[0], b[0])
  }
}

/** The values a value column takes among the items, for its filter's choices (sorted). */
export function columnValues(items: readonly TrackerItem[], column: TrackerColumn): string[] {
  const values = new Set<string>()
  for (const item of items) {
    const value = columnValue(item, column)
    if (value !== '') values.add(value)
  }
  const list = [...values]
  if (column === 'severity') return list.sort((a, b) => severityRank(b) - severityRank(a))
  if (column === 'status') return list.sort((a, b) => STATUS_RANK[a]! - STATUS_RANK[b]!)
  return list.sort(collator.compare)
}

/** Category filter choices: every category present and the dimensions above them (MQM Core or the data's). */
export function categoryChoices(items: readonly TrackerItem[]): string[] {
  const values = new Set<string>()
  for (const item of items) {
    values.add(item.category)
    const slash = item.category.indexOf('/')
    if (slash > 0) values.add(item.category.slice(0, slash))
  }
  return [...values].sort(collator.compare)
}
