/**
 * Every check, in the order a reviewer would want them listed: the mechanical ones first, then
 * consistency across the document, then meaning. Add a check here (and its `check.<id>` name and
 * description in the `qa` i18n namespace).
 */
import { boilerplateCheck } from './checks/boilerplate'
import { calque } from './checks/calque'
import { inconsistentSource, inconsistentTarget } from './checks/consistency'
import { doubledPunctuation } from './checks/doubled-punctuation'
import { endPunctuation } from './checks/end-punctuation'
import { glossaryCheck } from './checks/glossary'
import { lengthRatio } from './checks/length-ratio'
import { nameConsistency } from './checks/name-consistency'
import { numbers } from './checks/numbers'
import { nearRepetition, repeatedWord } from './checks/repetition'
import { runOn } from './checks/run-on'
import { russianTypography } from './checks/russian-typography'
import { spelling } from './checks/spelling'
import { unbalancedPairs } from './checks/unbalanced-pairs'
import { unpaired } from './checks/unpaired'
import { untranslated } from './checks/untranslated'
import { whitespace } from './checks/whitespace'
import { CHECK_IDS, type CheckId, type QaCheck, type RegisteredCheck } from './types'

const CHECKS: Readonly<Record<CheckId, QaCheck>> = {
  numbers,
  'end-punctuation': endPunctuation,
  'doubled-punctuation': doubledPunctuation,
  'russian-typography': russianTypography,
  'unbalanced-pairs': unbalancedPairs,
  whitespace,
  'repeated-word': repeatedWord,
  'near-repetition': nearRepetition,
  untranslated,
  'run-on': runOn,
  'length-ratio': lengthRatio,
  unpaired,
  'inconsistent-target': inconsistentTarget,
  'inconsistent-source': inconsistentSource,
  'name-consistency': nameConsistency,
  calque,
  glossary: glossaryCheck,
  spelling,
  boilerplate: boilerplateCheck
}

export const QA_CHECKS: readonly RegisteredCheck[] = CHECK_IDS.map((id) => ({
  ...CHECKS[id],
  name: `check.${id}.name`,
  description: `check.${id}.description`
}))

const BY_ID = new Map(QA_CHECKS.map((check) => [check.id as string, check]))

export function checkById(id: string): RegisteredCheck | undefined {
  return BY_ID.get(id)
}

export function isCheckId(id: string): id is CheckId {
  return (CHECK_IDS as readonly string[]).includes(id)
}
