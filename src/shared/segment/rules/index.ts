import type { Language } from '../../domain/document'
import { enRules } from './en'
import { ruRules } from './ru'
import type { SentenceRules } from './types'

export type { SentenceRules } from './types'

export const sentenceRules: Readonly<Record<Language, SentenceRules>> = { ru: ruRules, en: enRules }
