/**
 * The built-in rule sets, validated when first loaded: a broken regex in `ru.json` or `en.json` fails
 * every test at once instead of silently splitting nothing.
 */
import type { Language } from '../../domain/document'
import enJson from './en.json'
import ruJson from './ru.json'
import { segmentationRulesSchema, type SegmentationRules } from './schema'

export const builtInRules: Readonly<Record<Language, SegmentationRules>> = {
  ru: segmentationRulesSchema.parse(ruJson),
  en: segmentationRulesSchema.parse(enJson)
}

export { BUILT_IN_ONLY, compileRuleSet, formatIssue, SegmentationRulesError } from './compile'
export type { CompiledRule, CompiledRuleSet, RuleIssue, RuleProvenance } from './compile'
export { appliesTo, mergeRules, userProvenance } from './merge'
export { USER_RULE_REACH } from './linear-rule'
export {
  issuesFromZod,
  RULES_FORMAT_VERSION,
  segmentationRulesSchema,
  userRulesSchema,
  type SegmentationRule,
  type SegmentationRules,
  type UserRules,
  type UserRulesInput
} from './schema'
