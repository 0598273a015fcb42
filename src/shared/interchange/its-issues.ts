/**
 * ITS 2.0 Localization Quality Issues as other tools (and Calque) write them: local attributes on a
 * mark, or a reference (`its:locQualityIssuesRef`) to a stand-off `<its:locQualityIssues>` group in the
 * same unit. XLIFF 2.1 writes the reference as `#its=ID`, Okapi's XLIFF 1.2 as `#ID`; both are read.
 * And the way back for issues that come without Calque's own data: the first category of the
 * typology with that ITS type, and the severity whose ITS value is nearest.
 */
import type { Severity } from '../domain/review'
import { ITS_NS } from '../export/its'
import { attr, childElements, XML_NS, type XmlElement, type XmlStart } from '../import/readers/xml'
import { flattenTypology, type Typology } from '../typology/profile'

export interface ReadIssue {
  readonly type?: string
  readonly comment?: string
  readonly severity?: number
  readonly enabled: boolean
}

/** Stand-off groups of one unit, by `xml:id`. */
export type StandOffIndex = ReadonlyMap<string, readonly ReadIssue[]>

/** `'none'`: the mark carries no quality issue; `'dangling'`: it points to a group that is not there. */
export type MarkIssues = readonly ReadIssue[] | 'none' | 'dangling'

export function standOffGroup(element: XmlElement): { id: string; issues: ReadIssue[] } | null {
  const id = attr(element, 'id', XML_NS)
  if (id === undefined) return null
  const issues = childElements(element)
    .filter((child) => child.local === 'locQualityIssue' && child.uri === ITS_NS)
    .map((child) => issueFrom(child, ''))
  return { id, issues }
}

/** The issues on a mark (or on a whole `<source>`/`<target>`, as Okapi writes one issue there). */
export function markIssues(mark: XmlStart, standOff: StandOffIndex): MarkIssues {
  const ref = attr(mark, 'locQualityIssuesRef', ITS_NS)
  if (ref !== undefined) {
    const id = ref.replace(/^#/, '').replace(/^its=/, '')
    return standOff.get(id) ?? 'dangling'
  }
  if (
    attr(mark, 'locQualityIssueType', ITS_NS) === undefined &&
    attr(mark, 'locQualityIssueComment', ITS_NS) === undefined
  )
    return 'none'
  return [issueFrom(mark, ITS_NS)]
}

/** Local attributes are in the ITS namespace; a stand-off `<its:locQualityIssue>`'s are unprefixed. */
function issueFrom(element: XmlStart, uri: string): ReadIssue {
  const value = (name: string): string | undefined =>
    attr(element, name, uri) ?? (uri === '' ? undefined : attr(element, name, ''))
  const severity = Number.parseFloat(value('locQualityIssueSeverity') ?? '')
  const type = value('locQualityIssueType')
  const comment = value('locQualityIssueComment')
  return {
    ...(type === undefined ? {} : { type }),
    ...(comment === undefined ? {} : { comment }),
    ...(Number.isFinite(severity) ? { severity } : {}),
    enabled: value('locQualityIssueEnabled') !== 'no'
  }
}

/**
 * The typology category for an ITS type: the category named like the type (`omission` ->
 * `accuracy/omission`, `terminology`), else the first error type mapped to it (`typographical` ->
 * `linguistic-conventions/punctuation`), else a dimension mapped to it. ITS `other`, and types the
 * typology does not use, stay as they are: no category would say the same.
 */
export function categoryForIts(typology: Typology, type: string | undefined): string {
  if (type === undefined || type === 'other') return 'other'
  const categories = flattenTypology(typology)
  const found =
    categories.find((c) => c.its === type && c.id.split('/').at(-1) === type) ??
    categories.find((c) => c.its === type && c.depth === 1) ??
    categories.find((c) => c.its === type)
  return found?.id ?? type
}

/** The profile severity whose ITS value is closest (ties go to the more severe). */
export function severityForIts(typology: Typology, severity: number | undefined): Severity {
  if (severity === undefined) return 'minor'
  let best = typology.severities[0]!
  for (const candidate of typology.severities) {
    if (Math.abs(candidate.its - severity) <= Math.abs(best.its - severity)) best = candidate
  }
  return best.id
}
