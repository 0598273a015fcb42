/**
 * A flag as a W3C ITS 2.0 Localization Quality Issue (w3.org/TR/its20, "Localization Quality Issue"):
 * type from the typology's category -> ITS mapping, severity 0-100 from the profile, the comment, and
 * `enabled`: an open flag is an issue to act on ("yes"); a resolved or rejected one is kept for the
 * record but switched off ("no"), which is what ITS's `locQualityIssueEnabled` is for.
 */
import type { Flag } from '../domain/review'
import { itsSeverityOf, itsTypeOf, type ItsIssueType, type Typology } from '../typology/profile'

/** The W3C ITS namespace: every `locQualityIssue*` attribute lives here (not in XLIFF's `itsm`). */
export const ITS_NS = 'http://www.w3.org/2005/11/its'

export interface ItsIssue {
  readonly type: ItsIssueType
  /** Absent when the flag has no comment (ITS needs a type or a comment; Calque always has a type). */
  readonly comment?: string
  readonly severity: number
  readonly enabled: boolean
}

export function itsIssueOf(flag: Flag, typology: Typology): ItsIssue {
  return {
    type: itsTypeOf(typology, flag.category),
    ...(flag.comment === '' ? {} : { comment: flag.comment }),
    severity: itsSeverityOf(typology, flag.severity),
    enabled: flag.status === 'open'
  }
}

/** The issue's attributes, unprefixed (stand-off `<its:locQualityIssue>`) or with a prefix (`its:`). */
export function itsIssueAttributes(
  issue: ItsIssue,
  prefix: '' | 'its:'
): Record<string, string | undefined> {
  return {
    [`${prefix}locQualityIssueType`]: issue.type,
    [`${prefix}locQualityIssueComment`]: issue.comment,
    [`${prefix}locQualityIssueSeverity`]: formatSeverity(issue.severity),
    [`${prefix}locQualityIssueEnabled`]: issue.enabled ? 'yes' : 'no'
  }
}

/** ITS severities are decimals 0-100: no exponent, no trailing zeros. */
export function formatSeverity(severity: number): string {
  const clamped = Math.min(100, Math.max(0, severity))
  return Number.isInteger(clamped) ? String(clamped) : clamped.toFixed(2).replace(/\.?0+$/, '')
}
