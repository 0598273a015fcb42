/**
 * XLIFF 1.2 for older tools, in two profiles (docs/architecture.md, "Exports and interchange"):
 *
 * - `its` (default): ITS 2.0 Localization Quality Issue the way Okapi writes it — `<mrk mtype="x-its">`
 *   with local `its:locQualityIssue*` attributes, or `its:locQualityIssuesRef="#id"` to a stand-off
 *   `<its:locQualityIssues xml:id="id">` inside the trans-unit for several issues on one span;
 *   `its:version="2.0"` on the root. XLIFF 1.2 has no marker pairs, so a flag that crosses another is
 *   cut into adjacent marks. Calque's own data rides along in the `urn:calque:review:1` namespace
 *   (`calque:flags` on each mark, `calque:*` row attributes on the trans-unit, one `<calque:flag>` per
 *   flag). The strict XLIFF 1.2 schema refuses every foreign attribute (`processContents="strict"`),
 *   so this profile is valid against the transitional schema, like Okapi's own output.
 * - `strict`: core XLIFF 1.2 only, valid against the strict schema: texts, the MT as an `alt-trans`,
 *   states, and each flag as a `<note>`; no marks, so it is not read back into flags.
 *
 * Both: one `<file>` per article, one `<trans-unit>` per row (id = row id), the post-edit (or the MT)
 * in `<target>` with `state` from the review status (vocabulary.ts), `approved="yes"` for confirmed
 * rows, and the MT beside a post-edit as `<alt-trans alttranstype="previous-version"
 * origin="calque:mt">` (its target carries the target-side marks: flags judge the MT).
 */
import type { ReviewedArticle, ReviewedRow } from '../domain/article'
import type { Flag } from '../domain/review'
import { MQM_CORE, type Typology } from '../typology/profile'
import { ITS_NS, itsIssueAttributes } from './its'
import { snapSpan } from './mark-layout'
import {
  markedText,
  type FlagPlacement,
  type MarkContext,
  type MarkWriter,
  sideFlags,
  type StandOffGroup
} from './row-marks'
import type { XliffExportOptions } from './xliff21'
import { CALQUE_NS, MT_MATCH_ORIGIN, XLIFF12_NS, XLIFF12_STATE } from './vocabulary'
import { attrs, element, escapeText, XML_DECLARATION } from './xml'

export type Xliff12Profile = 'its' | 'strict'

export interface Xliff12ExportOptions extends XliffExportOptions {
  readonly profile?: Xliff12Profile
  /** Written in `<tool tool-version>`. */
  readonly toolVersion?: string
}

/** Note priority (1 = highest) by severity. */
const NOTE_PRIORITY = { critical: 1, major: 2, minor: 3, neutral: 5 } as const

export function writeXliff12(
  articles: readonly ReviewedArticle[],
  options: Xliff12ExportOptions = {}
): string {
  const its = (options.profile ?? 'its') === 'its'
  const typology = options.typology ?? MQM_CORE
  const root = attrs({
    version: '1.2',
    xmlns: XLIFF12_NS,
    ...(its ? { 'xmlns:its': ITS_NS, 'xmlns:calque': CALQUE_NS, 'its:version': '2.0' } : {})
  })
  const files = articles.map((article, k) =>
    file(article, k + 1, { its, typology, toolVersion: options.toolVersion ?? '0.0.0' })
  )
  return `${XML_DECLARATION}<xliff${root}>\n${files.join('')}</xliff>\n`
}

interface Settings {
  readonly its: boolean
  readonly typology: Typology
  readonly toolVersion: string
}

function file(article: ReviewedArticle, fileNumber: number, settings: Settings): string {
  const calque = settings.its
    ? {
        'calque:id': article.id,
        'calque:name': article.name,
        'calque:targetFile': article.targetFile
      }
    : {}
  const head = attrs({
    original: article.sourceFile,
    'source-language': article.sourceLanguage,
    'target-language': article.targetLanguage,
    datatype: 'plaintext',
    ...calque
  })
  const tool = element('tool', {
    'tool-id': 'calque',
    'tool-name': 'Calque',
    'tool-version': settings.toolVersion
  })
  const units = article.rows.map((row) => transUnit(row, fileNumber, article, settings)).join('')
  return `  <file${head}>\n    <header>${tool}</header>\n    <body>\n${units}    </body>\n  </file>\n`
}

function transUnit(
  row: ReviewedRow,
  fileNumber: number,
  article: ReviewedArticle,
  settings: Settings
): string {
  const keyOf = new Map(row.flags.map((flag, k) => [flag, `f${k + 1}`]))
  let groups = 0
  const standOff: StandOffGroup[] = []
  const context: MarkContext = {
    typology: settings.typology,
    // XLIFF 1.2 marks carry no id (`mid` belongs to segmentation): `calque:flags` names their flags.
    nextMarkId: () => '',
    nextStandOffId: () => `lqi-f${fileNumber}-${row.id}-${++groups}`,
    standOff,
    placements: new Map<Flag, FlagPlacement>()
  }
  const writer: MarkWriter = {
    layout: 'splits',
    open: (mark) => {
      const its = mark.issue
        ? itsIssueAttributes(mark.issue, 'its:')
        : { 'its:locQualityIssuesRef': `#${mark.standOff}` }
      const keys = mark.flags.map((flag) => keyOf.get(flag)).join(' ')
      return `<mrk${attrs({ mtype: 'x-its', ...its, 'calque:flags': keys })}>`
    },
    close: () => '</mrk>'
  }
  const marked = (text: string, side: Flag['side']): string =>
    settings.its ? markedText(text, sideFlags(row, side), context, writer) : escapeText(text)
  const source = marked(row.source, 'source')
  const mt = marked(row.target, 'target')
  const target = row.edit === null ? mt : escapeText(row.edit)
  const { sourceLanguage, targetLanguage } = article

  const head = attrs({
    id: row.id,
    'xml:space': 'preserve',
    approved: row.status === 'confirmed' ? 'yes' : undefined,
    ...(settings.its ? rowAttributes(row) : {})
  })
  const altTrans =
    row.edit === null
      ? ''
      : `        <alt-trans${attrs({ alttranstype: 'previous-version', origin: MT_MATCH_ORIGIN })}>` +
        `<target${attrs({ 'xml:lang': targetLanguage })}>${mt}</target></alt-trans>\n`
  const notes = row.flags.map((flag) => `        ${flagNote(flag, row)}\n`).join('')
  const extensions = settings.its
    ? standOff.map((group) => `        ${standOffGroup(group)}\n`).join('') +
      row.flags.map((flag) => `        ${flagElement(flag, keyOf.get(flag)!)}\n`).join('')
    : ''
  return (
    `      <trans-unit${head}>\n` +
    `        <source${attrs({ 'xml:lang': sourceLanguage })}>${source}</source>\n` +
    `        <target${attrs({ 'xml:lang': targetLanguage, state: XLIFF12_STATE[row.status] })}>${target}</target>\n` +
    altTrans +
    notes +
    extensions +
    '      </trans-unit>\n'
  )
}

function rowAttributes(row: ReviewedRow): Record<string, string | number | undefined> {
  return {
    'calque:sourceSegments': row.sourceSegments.join(' '),
    'calque:targetSegments': row.targetSegments.join(' '),
    'calque:confidence': row.confidence,
    'calque:origin': row.origin,
    'calque:sourceParagraph': row.sourceParagraph ?? undefined,
    'calque:targetParagraph': row.targetParagraph ?? undefined,
    'calque:heading': row.heading ? 'yes' : 'no'
  }
}

function standOffGroup(group: StandOffGroup): string {
  const issues = group.issues
    .map((issue) => `<its:locQualityIssue${attrs(itsIssueAttributes(issue, ''))}/>`)
    .join('')
  return `<its:locQualityIssues${attrs({ 'xml:id': group.id })}>${issues}</its:locQualityIssues>`
}

/** What ITS has no word for: the flag's identity, MQM category, people, dates and discussion. */
function flagElement(flag: Flag, key: string): string {
  const head = attrs({
    key,
    id: flag.id,
    side: flag.side,
    category: flag.category,
    severity: flag.severity,
    status: flag.status,
    origin: flag.origin,
    author: flag.author,
    createdAt: flag.createdAt,
    updatedAt: flag.updatedAt
  })
  const resolution = flag.resolution
    ? `<calque:resolution${attrs({ note: flag.resolution.note, by: flag.resolution.by, at: flag.resolution.at })}/>`
    : ''
  const thread =
    flag.thread === undefined
      ? ''
      : `<calque:thread>${flag.thread
          .map(
            (c) =>
              `<calque:comment${attrs({ id: c.id, author: c.author, at: c.at })}>${escapeText(c.text)}</calque:comment>`
          )
          .join('')}</calque:thread>`
  return `<calque:flag${head}>${resolution}${thread}</calque:flag>`
}

/**
 * A flag for people reading the file in any tool: `category · severity · status: «text» — comment`.
 * Data words only (category ids, severity and status names), so the note needs no translation.
 */
function flagNote(flag: Flag, row: ReviewedRow): string {
  const text = flag.side === 'source' ? row.source : row.target
  const [start, end] = snapSpan(text, flag.span)
  const quoted = start === end ? '' : ` «${text.slice(start, end)}»`
  const comment = flag.comment === '' ? '' : ` — ${flag.comment}`
  return element(
    'note',
    { from: 'calque', annotates: flag.side, priority: NOTE_PRIORITY[flag.severity] },
    `${flag.category} · ${flag.severity} · ${flag.status}:${quoted}${comment}`
  )
}
