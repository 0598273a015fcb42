/**
 * TMX 1.4 (and the older `lang` attribute of TMX 1.1) -> already paired units, one per `tu`.
 *
 * Of each `tu`, the first Russian variant and the first English variant are used, matched by primary
 * language subtag (`ru`, `ru-RU`, `RU_ru`, `rus`; `en`, `en-US`, `en-GB`, `eng`); `sourceLanguage` says
 * which of the two is the source. Variants in other languages are ignored, and a `tu` with neither
 * language is skipped and counted in a `content-skipped` warning. A `tu` with only one of the two keeps
 * its place with an empty list on the missing side: a missing target counts in `empty-targets`, a
 * missing source in an `empty-targets` warning with `side: 'source'`.
 *
 * `seg` inline markup: `hi` keeps its text; `bpt`, `ept`, `ph`, `it`, `ut` hold native codes and give
 * nothing (and so does the `sub` inside them). `header srclang` is reported as the source language when
 * it names one; otherwise the first variant's `xml:lang` is.
 *
 * Refused: a root other than `<tmx>`, a `tuv` without a language (`file-malformed` at the `tuv`: its
 * text could belong to either side), a file whose units have no Russian or English text.
 */
import { CalqueFailure } from '../../domain/errors'
import { tooManySegments } from '../limits'
import type { Unit, UnitsResult } from './types'
import { attr, childElements, elementFailure, parseXml, XML_NS, type XmlElement } from './xml'
import { emptySideWarnings, hasText, unitOf } from './xml-units'

type Language = 'ru' | 'en'

/** Elements of a `seg` that stand for native codes, not text. */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub'])

/** `maxSegments`: as for `readXliff`. */
export function readTmx(
  text: string,
  sourceLanguage: Language,
  maxSegments = Infinity
): UnitsResult {
  const targetLanguage: Language = sourceLanguage === 'ru' ? 'en' : 'ru'
  const declared: Partial<Record<Language, string>> = {}
  const units: Unit[] = []
  let otherLanguagesOnly = 0

  parseXml(text, {
    format: 'TMX',
    onOpen: (element, ancestors) => {
      if (ancestors.length === 0) {
        if (element.local !== 'tmx') {
          throw new CalqueFailure({
            code: 'file-format-unsupported',
            format: 'TMX',
            detail: `the root element is <${element.local}>, not <tmx>`
          })
        }
        return
      }
      if (element.local === 'header') {
        const srclang = attr(element, 'srclang') ?? ''
        const language = languageOf(srclang)
        if (language) declared[language] = srclang
        return
      }
      return element.local === 'tu' ? 'capture' : undefined
    },
    onElement: (tu) => {
      const variants: Partial<Record<Language, string>> = {}
      for (const tuv of childElements(tu).filter((child) => child.local === 'tuv')) {
        const lang = attr(tuv, 'lang', XML_NS) ?? attr(tuv, 'lang')
        if (lang === undefined || lang.trim() === '') {
          throw elementFailure(text, tuv, 'TMX', 'a <tuv> without xml:lang')
        }
        const language = languageOf(lang)
        if (!language || variants[language] !== undefined) continue
        declared[language] ??= lang
        const seg = childElements(tuv).find((child) => child.local === 'seg')
        variants[language] = seg ? segText(seg) : ''
      }
      if (variants.ru === undefined && variants.en === undefined) {
        otherLanguagesOnly++
        return
      }
      const source = variants[sourceLanguage]
      const target = variants[targetLanguage]
      const unit = unitOf(
        attr(tu, 'tuid'),
        source === undefined ? [] : [source],
        target === undefined ? [] : [target]
      )
      if (hasText(unit)) units.push(unit)
      if (units.length > 2 * maxSegments) throw tooManySegments(maxSegments)
    }
  })

  if (units.length === 0) {
    throw new CalqueFailure({
      code: 'file-no-text',
      format: 'TMX',
      detail: 'no translation unit has Russian or English text'
    })
  }
  const warnings = emptySideWarnings(units)
  if (otherLanguagesOnly > 0) {
    warnings.push({
      code: 'content-skipped',
      detail: 'other-language',
      count: otherLanguagesOnly
    })
  }
  return {
    format: 'tmx',
    ...(declared[sourceLanguage] ? { sourceLanguage: declared[sourceLanguage] } : {}),
    ...(declared[targetLanguage] ? { targetLanguage: declared[targetLanguage] } : {}),
    units,
    warnings
  }
}

/** `ru`, `ru-RU`, `RU_ru`, `rus` -> 'ru'; `en`, `en-GB`, `eng` -> 'en'; anything else -> undefined. */
export function languageOf(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  if (primary === 'ru' || primary === 'rus') return 'ru'
  if (primary === 'en' || primary === 'eng') return 'en'
  return undefined
}

function segText(element: XmlElement): string {
  let text = ''
  for (const child of element.children) {
    if (typeof child === 'string') text += child
    else if (!CODES.has(child.local)) text += segText(child)
  }
  return text
}
