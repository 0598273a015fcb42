/** Severity names as annotation tools write them (`Major`, `minor`, `No-error`, `no_error`, `HOTW-test`). */
import { SEVERITIES, type Severity } from '../domain/review'

/** Lower case, trimmed, runs of spaces and underscores as one hyphen: `No error` -> `no-error`. */
export function normaliseSeverity(severity: string): string {
  return severity
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
}

/** A line that says the segment was rated and had no error. */
export function isNoError(severity: string): boolean {
  const s = normaliseSeverity(severity)
  return s === 'no-error' || s === 'noerror'
}

/** Anthea's hands-on-the-wheel test lines: attention checks, not ratings of the MT. */
export function isAttentionCheck(severity: string): boolean {
  return normaliseSeverity(severity) === 'hotw-test'
}

/** Calque's own severity, or null for another tool's (`trivial`). */
export function calqueSeverityOf(severity: string): Severity | null {
  const s = normaliseSeverity(severity)
  return (SEVERITIES as readonly string[]).includes(s) ? (s as Severity) : null
}

/** `minor` -> `Minor`, as Google's files write severities. */
export function displaySeverity(severity: string): string {
  return severity.charAt(0).toUpperCase() + severity.slice(1)
}
