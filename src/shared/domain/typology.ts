/**
 * MQM Core top-level categories (MQM 2.0, themqm.org). The picker offers these; subtypes come with the
 * typology profiles of a later issue. Labels are i18n keys (`typology.<id>`), never hard-coded text.
 */
export const MQM_TOP_LEVEL = [
  'terminology',
  'accuracy',
  'linguistic-conventions',
  'style',
  'locale-conventions',
  'audience-appropriateness',
  'design-and-markup'
] as const

export type MqmTopLevel = (typeof MQM_TOP_LEVEL)[number]

/** Severities offered by the flag picker, with the MQM multipliers (Neutral 0, Minor 1, Major 5, Critical 25). */
export const SEVERITY_WEIGHTS = { neutral: 0, minor: 1, major: 5, critical: 25 } as const
