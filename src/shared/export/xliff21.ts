/**
 * XLIFF 2.1 with ITS 2.0 Localization Quality Issue marks (docs/architecture.md, "Exports and
 * interchange"). One `<file>` per article, one `<unit>` per row (the row id is the unit id), one
 * `<segment>`:
 *
 * - `<source>`: the Russian, with source-side flags as marks;
 * - `<target>`: the post-edit when there is one, else the MT with the target-side flags as marks;
 * - the MT beside a post-edit: `<mtc:match type="mt" origin="calque:mt">`, its `<target>` carrying the
 *   marks (flags judge the MT, and their spans index it);
 * - marks: `<mrk type="its:generic">` with local `its:locQualityIssue*` attributes; several flags on one
 *   span share a mark with `its:locQualityIssuesRef` to a stand-off `<its:locQualityIssues>` in the
 *   unit; flags that cross another become `<sm/>`…`<em/>` pairs;
 * - segment `state`/`subState` from the row's status (vocabulary.ts);
 * - everything ITS has no word for (flag id, MQM category, author, dates, status, resolution, thread;
 *   row segments, paragraphs, heading…) in the Metadata module (`mda:metaGroup category="calque:*"`), so the
 *   file stays valid for every validator and Calque reads it back losslessly.
 */
import type { ReviewedArticle, ReviewedRow } from '../domain/article'
import type { Flag } from '../domain/review'
import { MQM_CORE, type Typology } from '../typology/profile'
import { ITS_NS, itsIssueAttributes } from './its'
import {
  markedText,
  type FlagPlacement,
  type MarkContext,
  type MarkWriter,
  sideFlags,
  type StandOffGroup
} from './row-marks'
import { MDA_NS, META, MTC_NS, MT_MATCH_ORIGIN, XLIFF2_NS, XLIFF2_STATE } from './vocabulary'
import { attrs, element, escapeText, XML_DECLARATION } from './xml'

export interface XliffExportOptions {
  readonly typology?: Typology
}

/** The one segment of a Calque unit; the MT match points at it. */
const SEGMENT_ID = 's1'

export function writeXliff21(
  articles: readonly ReviewedArticle[],
  options: XliffExportOptions = {}
): string {
  const typology = options.typology ?? MQM_CORE
  const first = articles[0]
  const root = attrs({
    xmlns: XLIFF2_NS,
    'xmlns:mtc': MTC_NS,
    'xmlns:mda': MDA_NS,
    'xmlns:its': ITS_NS,
    'its:version': '2.0',
    version: '2.1',
    srcLang: first?.sourceLanguage ?? 'ru',
    trgLang: first?.targetLanguage ?? 'en'
  })
  const files = articles.map((article, k) => file(article, `f${k + 1}`, typology))
  return `${XML_DECLARATION}<xliff${root}>\n${files.join('')}</xliff>\n`
}

function file(article: ReviewedArticle, fileId: string, typology: Typology): string {
  const meta = metaGroup(META.article, [
    ['id', article.id],
    ['name', article.name],
    ['sourceLanguage', article.sourceLanguage],
    ['targetLanguage', article.targetLanguage],
    ['sourceFile', article.sourceFile],
    ['targetFile', article.targetFile]
  ])
  // A <file> needs a unit or a group: an article with no rows keeps its place as an empty group.
  const units =
    article.rows.length === 0
      ? '    <group id="empty"/>\n'
      : article.rows.map((row) => unit(row, fileId, typology)).join('')
  return (
    `  <file${attrs({ id: fileId, original: article.sourceFile, 'xml:space': 'preserve' })}>\n` +
    `    <mda:metadata>${meta}</mda:metadata>\n${units}  </file>\n`
  )
}

function unit(row: ReviewedRow, fileId: string, typology: Typology): string {
  let marks = 0
  let groups = 0
  const standOff: StandOffGroup[] = []
  const context: MarkContext = {
    typology,
    nextMarkId: () => `m${++marks}`,
    nextStandOffId: () => `lqi-${fileId}-${row.id}-${++groups}`,
    standOff,
    placements: new Map<Flag, FlagPlacement>()
  }
  const writer: MarkWriter = {
    layout: 'markers',
    open: (mark, nested) => {
      const its = mark.issue
        ? itsIssueAttributes(mark.issue, 'its:')
        : { 'its:locQualityIssuesRef': `#its=${mark.standOff}` }
      const tag = nested ? 'mrk' : 'sm'
      return `<${tag}${attrs({ id: mark.id, type: 'its:generic', ...its })}${nested ? '>' : '/>'}`
    },
    close: (mark, nested) => (nested ? '</mrk>' : `<em${attrs({ startRef: mark.id })}/>`)
  }
  const source = markedText(row.source, sideFlags(row, 'source'), context, writer)
  const mt = markedText(row.target, sideFlags(row, 'target'), context, writer)
  const target = row.edit === null ? mt : escapeText(row.edit)
  const { state, subState } = XLIFF2_STATE[row.status]

  const metadata = [rowMeta(row), ...row.flags.map((flag) => flagMeta(flag, context.placements))]
  const match =
    row.edit === null
      ? ''
      : `      <mtc:matches><mtc:match${attrs({ ref: `#${SEGMENT_ID}`, type: 'mt', origin: MT_MATCH_ORIGIN })}>` +
        `<source>${escapeText(row.source)}</source><target>${mt}</target></mtc:match></mtc:matches>\n`
  const issues = standOff
    .map(
      (group) =>
        `      <its:locQualityIssues${attrs({ 'xml:id': group.id })}>` +
        group.issues
          .map((issue) => `<its:locQualityIssue${attrs(itsIssueAttributes(issue, ''))}/>`)
          .join('') +
        '</its:locQualityIssues>\n'
    )
    .join('')
  return (
    `    <unit${attrs({ id: row.id })}>\n` +
    `      <mda:metadata>\n${metadata.map((group) => `        ${group}\n`).join('')}      </mda:metadata>\n` +
    match +
    issues +
    `      <segment${attrs({ id: SEGMENT_ID, state, subState })}>\n` +
    `        <source>${source}</source>\n` +
    `        <target>${target}</target>\n` +
    '      </segment>\n' +
    '    </unit>\n'
  )
}

type Meta = readonly [type: string, value: string | number | boolean | null | undefined]

/** `<mda:metaGroup category="…">` with one `<mda:meta type="…">` per defined value (null/undefined skipped). */
function metaGroup(category: string, entries: readonly Meta[], nested = ''): string {
  const metas = entries
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([type, value]) => element('mda:meta', { type }, metaValue(value!)))
    .join('')
  return `<mda:metaGroup${attrs({ category })}>${metas}${nested}</mda:metaGroup>`
}

function metaValue(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

function rowMeta(row: ReviewedRow): string {
  return metaGroup(META.row, [
    ['sourceSegments', row.sourceSegments.join(' ')],
    ['targetSegments', row.targetSegments.join(' ')],
    ['confidence', row.confidence],
    ['origin', row.origin],
    ['sourceParagraph', row.sourceParagraph],
    ['targetParagraph', row.targetParagraph],
    ['heading', row.heading]
  ])
}

function flagMeta(flag: Flag, placements: ReadonlyMap<Flag, FlagPlacement>): string {
  const placement = placements.get(flag)
  const thread =
    flag.thread === undefined
      ? ''
      : metaGroup(
          META.thread,
          [['count', flag.thread.length]],
          flag.thread
            .map((c) =>
              metaGroup(META.comment, [
                ['id', c.id],
                ['author', c.author],
                ['at', c.at],
                ['text', c.text]
              ])
            )
            .join('')
        )
  return metaGroup(
    META.flag,
    [
      ['id', flag.id],
      ['side', flag.side],
      ['mark', placement?.marks[0]],
      ['issue', placement?.issue],
      ['category', flag.category],
      ['severity', flag.severity],
      ['status', flag.status],
      ['origin', flag.origin],
      ['author', flag.author],
      ['createdAt', flag.createdAt],
      ['updatedAt', flag.updatedAt],
      ['resolutionNote', flag.resolution?.note],
      ['resolutionBy', flag.resolution?.by],
      ['resolutionAt', flag.resolution?.at]
    ],
    thread
  )
}
