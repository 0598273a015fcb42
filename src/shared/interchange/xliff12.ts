/**
 * XLIFF 1.2 back into reviewed articles, with the flags its ITS marks carry: Calque's own export
 * (src/shared/export/xliff12.ts, `its` profile) comes back exactly; Okapi's (and other tools') ITS
 * markup becomes flags with defaults for what ITS does not say.
 *
 * - `<file>` -> article (`calque:id`, `calque:name`, `calque:targetFile` name it; `original` else);
 * - `<trans-unit>` -> row (its id when it looks like `b12`), `calque:*` attributes give its structure;
 * - an `<alt-trans origin="calque:mt">` holds the MT and its marks, the `<target>` is then the
 *   post-edit; without one the `<target>` is the MT;
 * - `<mrk mtype="x-its">` (any `<mrk>` with ITS attributes) with local `its:locQualityIssue*` or
 *   `its:locQualityIssuesRef="#id"` -> flags; `calque:flags="f1 f2"` joins a flag's pieces and finds
 *   its `<calque:flag key="f1">`; ITS attributes on a whole `<source>`/`<target>` (as Okapi writes a
 *   single issue) flag the whole text;
 * - `state` and `approved` -> status.
 *
 * Refused, with the reason: malformed or unsafe XML, a root that is not `<xliff>` in the XLIFF 1.2
 * namespace (no namespace is accepted with `version="1.2"`, as old tools write it), other languages.
 */
import type { Side } from '../domain/review'
import { ITS_NS } from '../export/its'
import { CALQUE_NS, MT_MATCH_ORIGIN, statusFromXliff12, XLIFF12_NS } from '../export/vocabulary'
import { CalqueFailure } from '../domain/errors'
import {
  attr,
  childElements,
  parseXml,
  type XmlElement,
  type XmlStart
} from '../import/readers/xml'
import { MQM_CORE } from '../typology/profile'
import { finishArticle, type PendingArticle, type PendingRow, type RowMeta } from './assemble'
import { rawIssuesOf, type FlagData, type RawIssue } from './flags'
import { readInline, type InlineContent } from './inline'
import { markIssues, standOffGroup, type ReadIssue, type StandOffIndex } from './its-issues'
import type { InterchangeReadOptions } from './options'
import { NoticeCounter, type InterchangeResult } from './types'
import { spacePreserved } from './xliff21'

const ROW_ATTRIBUTES = [
  'sourceSegments',
  'targetSegments',
  'confidence',
  'origin',
  'sourceParagraph',
  'targetParagraph',
  'heading'
] as const

export function readXliff12Interchange(
  text: string,
  options: InterchangeReadOptions = {}
): InterchangeResult {
  const notices = new NoticeCounter()
  const pending: PendingArticle[] = []
  let namespace = XLIFF12_NS
  let current: PendingArticle | undefined
  let unitsInFile = 0

  parseXml(text, {
    format: 'XLIFF',
    limits: options.limits ?? {},
    onOpen: (element, ancestors) => {
      if (ancestors.length === 0) {
        namespace = checkRoot(element)
        return
      }
      if (element.uri !== namespace) return undefined
      if (element.local === 'file') {
        const calque = (name: string): Record<string, string> => {
          const value = attr(element, name, CALQUE_NS)
          return value === undefined ? {} : { [name]: value }
        }
        const original = attr(element, 'original')
        const sourceLanguage = attr(element, 'source-language')
        const targetLanguage = attr(element, 'target-language')
        current = {
          meta: {
            ...calque('id'),
            ...calque('name'),
            ...calque('targetFile'),
            ...(original === undefined ? {} : { sourceFile: original })
          },
          ...(original === undefined ? {} : { original }),
          ...(sourceLanguage === undefined ? {} : { sourceLanguage }),
          ...(targetLanguage === undefined ? {} : { targetLanguage }),
          rows: []
        }
        pending.push(current)
        unitsInFile = 0
        return undefined
      }
      return element.local === 'trans-unit' ? 'capture' : undefined
    },
    onElement: (unit, ancestors) => {
      if (!current) return
      current.rows.push(
        transUnitRow(unit, namespace, spacePreserved([...ancestors, unit]), unitsInFile++, notices)
      )
    }
  })

  const typology = options.typology ?? MQM_CORE
  const now = (options.now ?? new Date()).toISOString()
  const articles = pending.map((article, k) =>
    finishArticle(article, k, { typology, now, notices }, 'XLIFF')
  )
  return { format: 'xliff12', articles, notices: notices.list() }
}

function checkRoot(root: XmlStart): string {
  if (root.local !== 'xliff') {
    throw new CalqueFailure({
      code: 'file-format-unsupported',
      format: 'XLIFF',
      detail: `the root element is <${root.local}>, not <xliff>`
    })
  }
  if (root.uri === XLIFF12_NS) return root.uri
  if (root.uri === '' && /^1\.[0-2]$/.test(attr(root, 'version') ?? '')) return ''
  throw new CalqueFailure({
    code: 'file-format-unsupported',
    format: 'XLIFF',
    detail: `the <xliff> root is in the namespace "${root.uri}", not XLIFF 1.2's "${XLIFF12_NS}"`
  })
}

function transUnitRow(
  unit: XmlElement,
  ns: string,
  preserve: boolean,
  unitNumber: number,
  notices: NoticeCounter
): PendingRow {
  const children = childElements(unit)
  const find = (local: string, from: readonly XmlElement[] = children): XmlElement | undefined =>
    from.find((c) => c.uri === ns && c.local === local)
  const standOff = new Map<string, readonly ReadIssue[]>()
  for (const child of children) {
    if (child.uri === ITS_NS && child.local === 'locQualityIssues') {
      const group = standOffGroup(child)
      if (group) standOff.set(group.id, group.issues)
    }
  }
  const flagData = new Map<string, FlagData>()
  for (const child of children) {
    if (child.uri !== CALQUE_NS || child.local !== 'flag') continue
    const key = attr(child, 'key')
    if (key !== undefined) flagData.set(key, flagDataOf(child))
  }
  const altTrans = children.find(
    (c) => c.uri === ns && c.local === 'alt-trans' && attr(c, 'origin') === MT_MATCH_ORIGIN
  )

  const read = (element: XmlElement | undefined): InlineContent => {
    if (!element) return { text: '', marks: [] }
    const own = attr(element, 'space', 'http://www.w3.org/XML/1998/namespace')
    return readInline(element, 'xliff12', own === undefined ? preserve : own === 'preserve')
  }
  const sourceElement = find('source')
  const targetElement = find('target')
  const mtElement = altTrans ? find('target', childElements(altTrans)) : targetElement
  const source = read(sourceElement)
  const target = read(targetElement)
  const mt = altTrans ? read(mtElement) : target
  if (altTrans) {
    notices.add(
      'editMarksIgnored',
      target.marks.filter((m) => markIssues(m.element, standOff) !== 'none').length
    )
  }
  const raws = [
    ...wholeIssues(sourceElement, source, 'source', standOff),
    ...rawIssues(source, 'source', standOff, notices),
    ...wholeIssues(mtElement, mt, 'target', standOff),
    ...rawIssues(mt, 'target', standOff, notices)
  ]
  const meta: RowMeta = {}
  for (const name of ROW_ATTRIBUTES) {
    const value = attr(unit, name, CALQUE_NS)
    if (value !== undefined) meta[name] = value
  }
  const id = attr(unit, 'id')
  return {
    ...(id === undefined ? {} : { proposedId: id }),
    source: source.text,
    target: mt.text,
    edit: altTrans ? target.text : null,
    status: statusFromXliff12(
      targetElement ? attr(targetElement, 'state') : undefined,
      attr(unit, 'approved') === 'yes'
    ),
    raws,
    flagData,
    meta: Object.keys(meta).length === 0 ? null : meta,
    unit: unitNumber
  }
}

/** Okapi puts a single issue for a whole text on the `<source>`/`<target>` element itself. */
function wholeIssues(
  element: XmlElement | undefined,
  content: InlineContent,
  side: Side,
  standOff: StandOffIndex
): RawIssue[] {
  if (!element) return []
  const issues = markIssues(element, standOff)
  if (issues === 'none' || issues === 'dangling') return []
  return issues.map((issue) => ({ side, span: [0, content.text.length] as const, issue }))
}

function rawIssues(
  content: InlineContent,
  side: Side,
  standOff: StandOffIndex,
  notices: NoticeCounter
): RawIssue[] {
  // Calque writes its flags' keys on the mark, one per issue, in order.
  return rawIssuesOf(content, side, standOff, notices, (mark, k, count) => {
    const keys = (attr(mark.element, 'flags', CALQUE_NS) ?? '').split(/\s+/).filter((x) => x !== '')
    return keys.length === count ? keys[k] : undefined
  })
}

function flagDataOf(element: XmlElement): FlagData {
  const value = (name: string): Record<string, string> => {
    const v = attr(element, name)
    return v === undefined ? {} : { [name]: v }
  }
  const children = childElements(element)
  const resolution = children.find((c) => c.uri === CALQUE_NS && c.local === 'resolution')
  const thread = children.find((c) => c.uri === CALQUE_NS && c.local === 'thread')
  return {
    ...value('id'),
    ...value('category'),
    ...value('severity'),
    ...value('status'),
    ...value('origin'),
    ...value('author'),
    ...value('createdAt'),
    ...value('updatedAt'),
    ...(resolution
      ? {
          resolution: {
            note: attr(resolution, 'note') ?? '',
            by: attr(resolution, 'by') ?? '',
            at: attr(resolution, 'at') ?? ''
          }
        }
      : {}),
    ...(thread
      ? {
          thread: childElements(thread)
            .filter((c) => c.uri === CALQUE_NS && c.local === 'comment')
            .map((c) => ({
              ...(attr(c, 'id') === undefined ? {} : { id: attr(c, 'id')! }),
              author: attr(c, 'author') ?? '',
              at: attr(c, 'at') ?? '',
              text: c.children.filter((x): x is string => typeof x === 'string').join('')
            }))
        }
      : {})
  }
}
