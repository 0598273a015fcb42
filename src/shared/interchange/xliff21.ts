/**
 * XLIFF 2.x (2.0 and 2.1 share one namespace) back into reviewed articles, with the flags its ITS marks
 * carry. Calque's own export (src/shared/export/xliff21.ts) comes back exactly; another tool's file
 * gives rows with its text and states, and a flag per ITS issue (categories and severities from the
 * typology's ITS mapping).
 *
 * - `<file>` -> article (Calque's `mda:metaGroup category="calque:article"` names it);
 * - `<segment>` -> row; the unit id is the row id when the unit has one segment and looks like `b12`;
 * - an `<mtc:match origin="calque:mt">` for the segment holds the MT and its marks, and the segment's
 *   `<target>` is the post-edit; without one, the segment's `<target>` is the MT;
 * - marks (`<mrk>`, `<sm>`/`<em>`) with `its:locQualityIssue*` or `its:locQualityIssuesRef` -> flags;
 *   marks on a post-edit are left out (flags judge the MT) and counted in a notice.
 *
 * Refused, with the reason: not XML or unsafe XML (the shared safe reader), a root that is not an
 * XLIFF 2 `<xliff>` in its namespace, languages other than Russian and English.
 */
import type { Side } from '../domain/review'
import {
  META,
  MDA_NS,
  MTC_NS,
  MT_MATCH_ORIGIN,
  statusFromXliff2,
  XLIFF2_NS
} from '../export/vocabulary'
import { ITS_NS } from '../export/its'
import { CalqueFailure } from '../domain/errors'
import {
  attr,
  childElements,
  parseXml,
  XML_NS,
  type XmlElement,
  type XmlStart
} from '../import/readers/xml'
import { MQM_CORE } from '../typology/profile'
import {
  finishArticle,
  type ArticleMeta,
  type PendingArticle,
  type PendingRow,
  type RowMeta
} from './assemble'
import { rawIssuesOf, type FlagData, type RawIssue } from './flags'
import { readInline, type InlineContent } from './inline'
import { markIssues, standOffGroup, type ReadIssue, type StandOffIndex } from './its-issues'
import { NoticeCounter, type InterchangeResult } from './types'
import type { InterchangeReadOptions } from './options'

export function readXliff21Interchange(
  text: string,
  options: InterchangeReadOptions = {}
): InterchangeResult {
  const notices = new NoticeCounter()
  const pending: PendingArticle[] = []
  let root: XmlStart | undefined
  let current: PendingArticle | undefined
  let unitsInFile = 0

  parseXml(text, {
    format: 'XLIFF',
    limits: options.limits ?? {},
    onOpen: (element, ancestors) => {
      if (ancestors.length === 0) {
        checkRoot(element)
        root = element
        return
      }
      if (element.uri === XLIFF2_NS && element.local === 'file') {
        current = {
          meta: {},
          ...optional('original', attr(element, 'original')),
          ...optional('sourceLanguage', attr(root!, 'srcLang')),
          ...optional('targetLanguage', attr(root!, 'trgLang')),
          rows: []
        }
        pending.push(current)
        unitsInFile = 0
        return
      }
      const parent = ancestors[ancestors.length - 1]!
      if (element.uri === MDA_NS && element.local === 'metadata' && parent.local === 'file')
        return 'capture'
      if (element.uri === XLIFF2_NS && element.local === 'unit') return 'capture'
      return undefined
    },
    onElement: (element, ancestors) => {
      if (!current) return
      if (element.local === 'metadata') {
        Object.assign(current.meta, groupValues(element, META.article) as ArticleMeta)
        return
      }
      const preserve = spacePreserved([...ancestors, element])
      for (const row of unitRows(element, preserve, unitsInFile, notices)) current.rows.push(row)
      unitsInFile++
    }
  })

  const typology = options.typology ?? MQM_CORE
  const now = (options.now ?? new Date()).toISOString()
  const articles = pending.map((article, k) =>
    finishArticle(article, k, { typology, now, notices }, 'XLIFF')
  )
  return { format: 'xliff21', articles, notices: notices.list() }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>)
}

function checkRoot(root: XmlStart): void {
  if (root.local !== 'xliff') {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'XLIFF',
      detail: `the root element is <${root.local}>, not <xliff>`
    })
  }
  if (root.uri !== XLIFF2_NS) {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'XLIFF',
      detail: `the <xliff> root is in the namespace "${root.uri}", not XLIFF 2's "${XLIFF2_NS}"`
    })
  }
}

/** `xml:space` is inherited: the nearest element that states it decides. */
export function spacePreserved(chain: readonly XmlStart[]): boolean {
  for (let k = chain.length - 1; k >= 0; k--) {
    const value = attr(chain[k]!, 'space', XML_NS)
    if (value !== undefined) return value === 'preserve'
  }
  return false
}

function unitRows(
  unit: XmlElement,
  preserve: boolean,
  unitNumber: number,
  notices: NoticeCounter
): PendingRow[] {
  const children = childElements(unit)
  const standOff = new Map<string, readonly ReadIssue[]>()
  for (const child of children) {
    if (child.uri === ITS_NS && child.local === 'locQualityIssues') {
      const group = standOffGroup(child)
      if (group) standOff.set(group.id, group.issues)
    }
  }
  const metadata = children.find((c) => c.uri === MDA_NS && c.local === 'metadata')
  const groups = metadata ? childElements(metadata).filter((c) => c.local === 'metaGroup') : []
  const rowGroup = groups.find((g) => attr(g, 'category') === META.row)
  const flagData = new Map<string, FlagData>()
  for (const group of groups.filter((g) => attr(g, 'category') === META.flag)) {
    const values = metaValues(group)
    if (values.mark === undefined) continue
    flagData.set(`${values.mark}#${values.issue ?? ''}`, flagDataOf(values, group))
  }
  const matches = children
    .filter((c) => c.uri === MTC_NS && c.local === 'matches')
    .flatMap((m) =>
      childElements(m).filter((c) => c.local === 'match' && attr(c, 'origin') === MT_MATCH_ORIGIN)
    )

  const segments = children.filter((c) => c.uri === XLIFF2_NS && c.local === 'segment')
  const unitId = attr(unit, 'id')
  return segments.map((segment): PendingRow => {
    const inSegment = [...childElements(segment)]
    const content = (local: 'source' | 'target', from: XmlElement[]): InlineContent => {
      const element = from.find((c) => c.uri === XLIFF2_NS && c.local === local)
      if (!element) return { text: '', marks: [] }
      return readInline(element, 'xliff2', spacePreservedOn(element, preserve))
    }
    const segmentId = attr(segment, 'id')
    const match = matches.find(
      (m) => segmentId !== undefined && attr(m, 'ref')?.replace(/^#/, '') === segmentId
    )
    const source = content('source', inSegment)
    const target = content('target', inSegment)
    const mt = match ? content('target', childElements(match)) : target
    if (match) notices.add('editMarksIgnored', itsMarks(target, standOff).length)
    const raws = [
      ...rawIssues(source, 'source', standOff, notices),
      ...rawIssues(mt, 'target', standOff, notices)
    ]
    return {
      ...(segments.length === 1 && unitId !== undefined ? { proposedId: unitId } : {}),
      source: source.text,
      target: mt.text,
      edit: match ? target.text : null,
      status: statusFromXliff2(attr(segment, 'state'), attr(segment, 'subState')),
      raws,
      flagData: segments.length === 1 ? flagData : new Map(),
      meta: rowGroup && segments.length === 1 ? (metaValues(rowGroup) as RowMeta) : null,
      unit: unitNumber
    }
  })
}

function spacePreservedOn(element: XmlElement, inherited: boolean): boolean {
  const own = attr(element, 'space', XML_NS)
  return own === undefined ? inherited : own === 'preserve'
}

function itsMarks(content: InlineContent, standOff: StandOffIndex) {
  return content.marks.filter((mark) => markIssues(mark.element, standOff) !== 'none')
}

function rawIssues(
  content: InlineContent,
  side: Side,
  standOff: StandOffIndex,
  notices: NoticeCounter
): RawIssue[] {
  // A flag's key is its mark's id, with the issue's place when the mark refers to a stand-off group.
  return rawIssuesOf(content, side, standOff, notices, (mark, k) => {
    if (mark.id === undefined) return undefined
    const byReference = attr(mark.element, 'locQualityIssuesRef', ITS_NS) !== undefined
    return `${mark.id}#${byReference ? k : ''}`
  })
}

/** `type -> text` of a metaGroup's direct `<mda:meta>` children. */
function metaValues(group: XmlElement): Record<string, string> {
  const values: Record<string, string> = {}
  for (const meta of childElements(group)) {
    if (meta.local !== 'meta') continue
    const type = attr(meta, 'type')
    if (type !== undefined) values[type] = textOf(meta)
  }
  return values
}

function groupValues(metadata: XmlElement, category: string): Record<string, string> {
  const group = childElements(metadata).find(
    (g) => g.local === 'metaGroup' && attr(g, 'category') === category
  )
  return group ? metaValues(group) : {}
}

function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}

function flagDataOf(values: Record<string, string>, group: XmlElement): FlagData {
  const thread = childElements(group).find(
    (g) => g.local === 'metaGroup' && attr(g, 'category') === META.thread
  )
  const hasResolution =
    values.resolutionNote !== undefined ||
    values.resolutionBy !== undefined ||
    values.resolutionAt !== undefined
  return {
    ...pick(values, [
      'id',
      'category',
      'severity',
      'status',
      'origin',
      'author',
      'createdAt',
      'updatedAt'
    ]),
    ...(hasResolution
      ? {
          resolution: {
            note: values.resolutionNote ?? '',
            by: values.resolutionBy ?? '',
            at: values.resolutionAt ?? ''
          }
        }
      : {}),
    ...(thread
      ? {
          thread: childElements(thread)
            .filter((g) => g.local === 'metaGroup' && attr(g, 'category') === META.comment)
            .map((g) => metaValues(g))
        }
      : {})
  }
}

function pick(values: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]!]))
}
