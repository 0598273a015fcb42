/**
 * A user's glossary (termbase): concepts with Russian and English terms, each preferred, admitted or
 * forbidden (TBX's administrative status). Read from CSV or TBX by `parseGlossary`.
 */
export type TermStatus = 'preferred' | 'admitted' | 'forbidden'

export interface GlossaryTerm {
  readonly text: string
  readonly status: TermStatus
}

export interface GlossaryEntry {
  readonly id: string
  readonly source: readonly GlossaryTerm[]
  readonly target: readonly GlossaryTerm[]
  readonly note?: string
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[]
}

/** "deprecatedTerm-admn-sts", "do not use", "Forbidden" -> forbidden; "admitted…" -> admitted. */
export function termStatus(value: string | undefined): TermStatus {
  const v = (value ?? '').toLowerCase()
  if (/deprecat|supersed|forbid|do.?not|don.?t|avoid|reject|wrong|banned|запрещ|нельзя/.test(v))
    return 'forbidden'
  if (/admit|allow|accept|допуст/.test(v)) return 'admitted'
  return 'preferred'
}
